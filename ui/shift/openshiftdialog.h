// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;

// "Open a shift first": offered where a payment or refund needs an open
// shift and none is (Sell, Orders). The cashier types the float and presses
// Enter; the shift opens through the engine and the dialog is accepted, so
// the payment goes on. A refusal stays in the dialog.
class OpenShiftDialog : public QDialog
{
    Q_OBJECT
public:
    OpenShiftDialog(ConsoleContext &context, const QString &why, const QString &currency,
                    QWidget *parent = nullptr);

private:
    void submit();
    void showError(const QString &message);

    ConsoleContext &m_context;
    QString m_currency;
    QLineEdit *m_float = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_open = nullptr;
    bool m_busy = false;
};

} // namespace tessera
