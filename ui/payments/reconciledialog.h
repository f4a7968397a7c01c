// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tessera {

class ConsoleContext;
class ReconciliationService;
struct ReconciliationEntry;

// The "to reconcile" list for the counter: each payment whose outcome is
// unknown (order, time, method, amount, why, how often the provider was
// asked) and what became of it. "Check now" asks the provider; a supervisor
// who has seen the truth on the provider's own portal can mark a payment as
// paid or not paid by hand, with the provider's reference.
class ReconcileDialog : public QDialog
{
    Q_OBJECT

public:
    ReconcileDialog(ReconciliationService &service, ConsoleContext &context,
                    QWidget *parent = nullptr);

    // The payment of the selected row (0: none).
    qint64 selectedPayment() const;
    void selectPayment(qint64 paymentId);

public slots:
    void refresh();
    void markPaid();
    void markNotPaid();

private:
    void fillRow(int row, const ReconciliationEntry &entry);
    void updateButtons();
    void confirm(bool paid);
    void showStatus(const QString &text);

    ReconciliationService &m_service;
    ConsoleContext &m_context;
    QLabel *m_count = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_manual = nullptr;
    QLabel *m_manualHint = nullptr;
    QLineEdit *m_reference = nullptr;
    QPushButton *m_markPaid = nullptr;
    QPushButton *m_markNotPaid = nullptr;
    QPushButton *m_checkNow = nullptr;
};

} // namespace tessera
