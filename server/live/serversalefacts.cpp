// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/serversalefacts.h"

#include "dashboard/dashboardfigures.h"
#include "storage/sqlitedb.h"

#include <QHash>

namespace tessera {

namespace {

// Tickets the terminals hold for each event's stock: active lines of orders
// not cancelled, by (event, stock).
Result<QHash<QPair<qint64, QString>, qint64>> soldByStock(SqliteDb &db)
{
    QHash<QPair<qint64, QString>, qint64> sold;
    auto r =
        selectRows(db,
                   "SELECT l.event_id, l.stock, COUNT(*) FROM sales_lines l JOIN sales_orders o "
                   "ON o.terminal_id = l.terminal_id AND o.order_id = l.order_id WHERE l.kind IN "
                   "(0, 1) AND l.state = 0 AND o.state <> 2 GROUP BY l.event_id, l.stock",
                   {}, [&](SqliteStatement &s) {
                       sold.insert({s.columnInt(0), s.columnText(1)}, s.columnInt(2));
                   });
    if (!r)
        return r.error();
    return sold;
}

Result<void> readStock(SqliteDb &db, SaleFacts &facts)
{
    auto sold = soldByStock(db);
    if (!sold)
        return sold.error();
    const auto stock = [&](SqliteStatement &s) {
        const qint64 event = s.columnInt(0);
        const QString name = s.columnText(2);
        facts.stock.push_back(
            StockFact{event, s.columnText(1), name, s.columnInt(3), sold->value({event, name}), 0});
    };
    if (auto r =
            selectRows(db,
                       "SELECT es.event_id, e.name, c.name, SUM(es.state <> 3) FROM event_seats "
                       "es JOIN events e ON e.id = es.event_id JOIN seats s ON s.id = es.seat_id "
                       "JOIN categories c ON c.id = s.category_id WHERE e.cancelled_at IS NULL "
                       "GROUP BY es.event_id, c.id ORDER BY es.event_id, c.name",
                       {}, stock);
        !r)
        return r;
    return selectRows(
        db,
        "SELECT q.event_id, e.name, q.name, q.capacity FROM ga_quotas q JOIN events e "
        "ON e.id = q.event_id WHERE e.cancelled_at IS NULL ORDER BY q.event_id, q.name",
        {}, stock);
}

Result<void> readAll(SqliteDb &db, qint64 from, qint64 to, qint64 now, SaleFacts &facts)
{
    if (auto r = selectRows(
            db,
            "SELECT t.name, o.order_id, o.event_id, o.channel, o.currency, o.state, o.total, "
            "o.created_at FROM sales_orders o JOIN server_terminals t ON t.id = o.terminal_id "
            "WHERE (o.created_at >= ?1 AND o.created_at < ?2) OR EXISTS(SELECT 1 FROM "
            "sales_payments p WHERE p.terminal_id = o.terminal_id AND p.order_id = o.order_id "
            "AND p.created_at >= ?1 AND p.created_at < ?2) OR EXISTS(SELECT 1 FROM sales_refunds "
            "r WHERE r.terminal_id = o.terminal_id AND r.order_id = o.order_id AND "
            "r.created_at >= ?1 AND r.created_at < ?2)",
            {from, to},
            [&](SqliteStatement &s) {
                facts.orders.push_back(OrderFact{
                    s.columnText(0), s.columnInt(1), s.columnInt(2), s.columnText(3),
                    s.columnText(4), int(s.columnInt(5)), s.columnInt(6), s.columnInt(7)});
            });
        !r)
        return r;
    if (auto r =
            selectRows(db,
                       "SELECT t.name, p.payment_id, p.order_id, p.method, p.state, "
                       "p.error_code, p.amount, p.created_at FROM sales_payments p JOIN "
                       "server_terminals t ON t.id = p.terminal_id WHERE p.created_at >= ?1 AND "
                       "p.created_at < ?2",
                       {from, to},
                       [&](SqliteStatement &s) {
                           const QString method = s.columnText(3);
                           facts.payments.push_back(
                               PaymentFact{s.columnText(0), s.columnInt(1), s.columnInt(2), method,
                                           paymentProviderOf(method), int(s.columnInt(4)),
                                           s.columnText(5), s.columnInt(6), s.columnInt(7)});
                       });
        !r)
        return r;
    if (auto r = selectRows(db,
                            "SELECT t.name, r.order_id, r.amount, r.reason, r.created_at FROM "
                            "sales_refunds r JOIN server_terminals t ON t.id = r.terminal_id WHERE "
                            "r.created_at >= ?1 AND r.created_at < ?2",
                            {from, to},
                            [&](SqliteStatement &s) {
                                facts.refunds.push_back(RefundFact{s.columnText(0), s.columnInt(1),
                                                                   s.columnInt(2), s.columnText(3),
                                                                   s.columnInt(4)});
                            });
        !r)
        return r;
    if (auto r =
            selectRows(db,
                       "SELECT l.event_id, l.stock, l.state, o.created_at FROM sales_lines l "
                       "JOIN sales_orders o ON o.terminal_id = l.terminal_id AND o.order_id = "
                       "l.order_id WHERE l.kind IN (0, 1) AND o.created_at >= ?1 AND "
                       "o.created_at <= ?2",
                       {now - DashboardFigures::kRateWindowMs, now},
                       [&](SqliteStatement &s) {
                           facts.lines.push_back(LineFact{s.columnInt(0), s.columnText(1),
                                                          int(s.columnInt(2)), s.columnInt(3)});
                       });
        !r)
        return r;
    return readStock(db, facts);
}

} // namespace

Result<SaleFacts> ServerSaleFacts::read(SqliteDb &db, qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    if (auto r = db.exec(QStringLiteral("BEGIN")); !r)
        return r.error();
    SaleFacts facts;
    const qint64 to = toMs > 0 ? toMs : nowMs + 1;
    auto venues = readEventVenues(db);
    if (venues)
        facts.eventVenues = *venues;
    auto r = venues ? readAll(db, fromMs, to, nowMs, facts) : Result<void>(venues.error());
    (void)db.exec(QStringLiteral("COMMIT"));
    if (!r)
        return r.error();
    return facts;
}

} // namespace tessera
