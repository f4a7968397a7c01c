// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

class SqliteDb;

// Reads events as the Sell list and Manage ▸ Events show them, and what
// cancelling one would undo; on a reader's own connection.
class EventQueries
{
public:
    explicit EventQueries(SqliteDb &db)
        : m_db(db)
    {}

    // An event on the Sell list: what is left of it.
    struct Sellable
    {
        qint64 id = 0;
        QString name;
        QString venue;
        QString timezone;
        qint64 startsAtMs = 0;
        qint64 endsAtMs = 0;
        qint64 seatsFree = 0;
        qint64 seats = 0;
        qint64 standingLeft = -1; // -1: no GA quota
    };
    // Events not cancelled that have not ended by `nowMs`, soonest first.
    Result<QList<Sellable>> sellable(qint64 nowMs);

    // An event on Manage ▸ Events, with sold and left figures (seats and
    // standing places together).
    struct Managed
    {
        qint64 id = 0;
        QString name;
        qint64 venueId = 0;
        QString venue;
        QString timezone;
        qint64 startsAtMs = 0;
        qint64 saleEndsAtMs = 0; // 0: no bound
        QString currency;
        qint64 sold = 0;
        qint64 left = 0;
        qint64 cancelledAtMs = 0; // 0: not cancelled
    };
    Result<QList<Managed>> managed();

    // The venue's seat category names, in plan order.
    Result<QStringList> categoryNames(qint64 venueId);

    // What cancel_event would refund, cancel and release.
    struct CancelPreview
    {
        QString currency;
        qint64 paidOrders = 0;
        qint64 tickets = 0;      // of paid orders, scanned ones included
        qint64 amount = 0;       // those tickets plus what pending orders paid
        qint64 unpaidOrders = 0; // pending orders with nothing paid: cancelled
        // Pending orders paid in part: cancelled, and what they had paid
        // (part of `amount`) refunded.
        qint64 partPaidOrders = 0;
        qint64 partPaidAmount = 0;
        qint64 holds = 0;
    };
    Result<CancelPreview> cancelPreview(qint64 eventId);

    // An order's payment state, for a sale waiting on it: 0 pending, 1 paid,
    // 2 cancelled (3, 4 refunded); NotFound when there is no such order.
    struct OrderStatus
    {
        int state = 0;
        qint64 paid = 0;
        QString cancelReason;
    };
    Result<OrderStatus> orderStatus(qint64 orderId);

private:
    SqliteDb &m_db;
};

} // namespace tessera
