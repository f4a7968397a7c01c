// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tessera {

// Cash in or cash out of the drawer: the amount and why. Checks what it can
// before the engine does (an amount, a reason, no more out than expected).
class CashMovementDialog : public QDialog
{
    Q_OBJECT
public:
    CashMovementDialog(bool out, const QString &currency, qint64 expected,
                       QWidget *parent = nullptr);

    bool isOut() const { return m_out; }
    qint64 amount() const { return m_amount; }
    QString reason() const;

    void accept() override;

private:
    void showError(const QString &message);

    bool m_out;
    QString m_currency;
    qint64 m_expected;
    qint64 m_amount = 0;
    QLineEdit *m_amountEdit = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tessera
