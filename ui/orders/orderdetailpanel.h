// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/venuetime.h"
#include "orderdetails.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tessera {

// The right half of the Orders screen: one order's header, lines (seat, GA
// or card key, ticket type, price, state), payments and refunds, the
// actions that apply to it, and what the last action said.
class OrderDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailPanel(QWidget *parent = nullptr);

    // Shows `details`, times in `time`'s zone (the box office's); the line
    // selection is kept when it is the same order.
    void showOrder(const OrderDetails &details, const VenueTime &time);
    // No order open: `text` says what to do.
    void showPlaceholder(const QString &text);
    bool hasOrder() const { return m_hasOrder; }
    const OrderDetails &order() const { return m_details; }
    // The line selected in the lines table, or 0.
    qint64 selectedLine() const;
    // What the member of staff may start here (buttons of other actions hide).
    void setAllowed(bool refundAndExchange, bool cancel);

    void showError(const QString &message);
    void showMessage(const QString &message);
    void clearMessage();
    // While an action runs, its buttons are disabled.
    void setBusy(bool busy);

signals:
    void refundRequested();
    void exchangeRequested();
    void reprintRequested();
    void cancelRequested();

private:
    void updateButtons();
    void fillLines();
    void fillPayments();
    void fillRefunds();

    OrderDetails m_details;
    std::optional<VenueTime> m_time;
    bool m_hasOrder = false;
    bool m_busy = false;
    bool m_mayRefund = true;
    bool m_mayCancel = true;
    QWidget *m_body = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_totals = nullptr;
    QTreeWidget *m_lines = nullptr;
    QTreeWidget *m_payments = nullptr;
    QLabel *m_refundsTitle = nullptr;
    QTreeWidget *m_refunds = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_exchange = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace tessera
