// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/eventqueries.h"

#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace tessera {

Result<QList<EventQueries::Sellable>> EventQueries::sellable(qint64 nowMs)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.name, v.name, v.timezone, e.starts_at, COALESCE(e.ends_at, e.starts_at), "
        "(SELECT COUNT(*) FROM event_seats s WHERE s.event_id = e.id AND s.state = 0), "
        "(SELECT COUNT(*) FROM event_seats s WHERE s.event_id = e.id), "
        "(SELECT SUM(MAX(0, MIN(capacity, COALESCE(allocated, capacity)) - sold - held)) FROM "
        "ga_quotas q WHERE q.event_id = e.id) "
        "FROM events e JOIN venues v ON v.id = e.venue_id "
        "WHERE COALESCE(e.ends_at, e.starts_at) >= ? AND e.cancelled_at IS NULL "
        "ORDER BY e.starts_at, e.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, nowMs);
    QList<Sellable> rows;
    auto done = stmt->forEachRow([&rows](SqliteStatement &s) {
        Sellable row;
        row.id = s.columnInt(0);
        row.name = s.columnText(1);
        row.venue = s.columnText(2);
        row.timezone = s.columnText(3);
        row.startsAtMs = s.columnInt(4);
        row.endsAtMs = s.columnInt(5);
        row.seatsFree = s.columnInt(6);
        row.seats = s.columnInt(7);
        row.standingLeft = s.columnIsNull(8) ? -1 : s.columnInt(8);
        rows.push_back(row);
    });
    if (!done)
        return done.error();
    return rows;
}

Result<QList<EventQueries::Managed>> EventQueries::managed()
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.name, e.venue_id, v.name, v.timezone, e.starts_at, "
        "COALESCE(e.sale_ends_at, 0), e.currency, "
        "(SELECT COUNT(*) FROM event_seats s WHERE s.event_id = e.id AND s.state = 2) + "
        "COALESCE((SELECT SUM(sold) FROM ga_quotas q WHERE q.event_id = e.id), 0), "
        "(SELECT COUNT(*) FROM event_seats s WHERE s.event_id = e.id AND s.state = 0) + "
        "COALESCE((SELECT SUM(MAX(0, MIN(capacity, COALESCE(allocated, capacity)) - sold - held)) "
        "FROM ga_quotas q WHERE q.event_id = e.id), "
        "0), COALESCE(e.cancelled_at, 0) "
        "FROM events e JOIN venues v ON v.id = e.venue_id ORDER BY e.starts_at, e.id"));
    if (!stmt)
        return stmt.error();
    QList<Managed> rows;
    auto done = stmt->forEachRow([&rows](SqliteStatement &s) {
        Managed row;
        row.id = s.columnInt(0);
        row.name = s.columnText(1);
        row.venueId = s.columnInt(2);
        row.venue = s.columnText(3);
        row.timezone = s.columnText(4);
        row.startsAtMs = s.columnInt(5);
        row.saleEndsAtMs = s.columnInt(6);
        row.currency = s.columnText(7);
        row.sold = s.columnInt(8);
        row.left = s.columnInt(9);
        row.cancelledAtMs = s.columnInt(10);
        rows.push_back(row);
    });
    if (!done)
        return done.error();
    return rows;
}

Result<QStringList> EventQueries::categoryNames(qint64 venueId)
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT name FROM categories WHERE venue_id = ? ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, venueId);
    QStringList names;
    auto done = stmt->forEachRow([&](SqliteStatement &s) { names.push_back(s.columnText(0)); });
    if (!done)
        return done.error();
    return names;
}

Result<EventQueries::CancelPreview> EventQueries::cancelPreview(qint64 eventId)
{
    // What cancel_event refunds: active lines of paid orders, scanned or not,
    // and what pending orders for the event had paid so far.
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT e.currency, "
        "(SELECT COUNT(DISTINCT o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id "
        " WHERE l.event_id = e.id AND l.state = 0 AND o.state IN (1, 4)), "
        "(SELECT COUNT(*) FROM orders o JOIN order_lines l ON l.order_id = o.id "
        " WHERE l.event_id = e.id AND l.state = 0 AND o.state IN (1, 4)), "
        "(SELECT COALESCE(SUM(l.price), 0) FROM orders o JOIN order_lines l ON "
        " l.order_id = o.id WHERE l.event_id = e.id AND l.state = 0 AND o.state IN (1, 4)) + "
        "(SELECT COALESCE(SUM(o.paid - o.refunded), 0) FROM orders o WHERE o.state = 0 AND "
        " EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.event_id = e.id)), "
        "(SELECT COUNT(DISTINCT o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id "
        " WHERE l.event_id = e.id AND o.state = 0 AND o.paid - o.refunded <= 0), "
        "(SELECT COUNT(*) FROM orders o WHERE o.state = 0 AND o.paid - o.refunded > 0 AND "
        " EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.event_id = e.id)), "
        "(SELECT COALESCE(SUM(o.paid - o.refunded), 0) FROM orders o WHERE o.state = 0 AND "
        " o.paid - o.refunded > 0 AND "
        " EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.event_id = e.id)), "
        "(SELECT COUNT(DISTINCT h.id) FROM holds h JOIN hold_items i ON i.hold_id = h.id "
        " WHERE h.state = 0 AND i.kind IN (0, 1) AND i.scope_id = e.id) "
        "FROM events e WHERE e.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, eventId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::EventQueries", "There is no event %1.")
                        .arg(eventId),
                    QStringLiteral("event"));
    CancelPreview out;
    out.currency = stmt->columnText(0);
    out.paidOrders = stmt->columnInt(1);
    out.tickets = stmt->columnInt(2);
    out.amount = stmt->columnInt(3);
    out.unpaidOrders = stmt->columnInt(4);
    out.partPaidOrders = stmt->columnInt(5);
    out.partPaidAmount = stmt->columnInt(6);
    out.holds = stmt->columnInt(7);
    stmt->reset();
    return out;
}

Result<EventQueries::OrderStatus> EventQueries::orderStatus(qint64 orderId)
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT state, paid, cancel_reason FROM orders WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, orderId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::EventQueries", "There is no order %1.")
                        .arg(orderId),
                    QStringLiteral("order"));
    OrderStatus out;
    out.state = int(stmt->columnInt(0));
    out.paid = stmt->columnInt(1);
    out.cancelReason = stmt->columnText(2);
    stmt->reset();
    return out;
}

} // namespace tessera
