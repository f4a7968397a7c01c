// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orderdetails.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace tessera {

// Asks what to refund on an order: the whole order or the ticked lines, and
// why (a reason from the list, or "Other…" with free text), showing the
// amount that goes back to the customer.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    // `preselectedLine` starts the dialog with only that line ticked.
    RefundDialog(const OrderDetails &order, qint64 preselectedLine, QWidget *parent = nullptr);

    // The lines to refund; empty means the whole order.
    QList<qint64> lines() const;
    // The reason as stored (list reasons untranslated, free text as typed).
    QString reason() const;
    qint64 amount() const;

private:
    void update();

    OrderDetails m_order;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_some = nullptr;
    QTreeWidget *m_lines = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_otherReason = nullptr;
    QLabel *m_amount = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace tessera
