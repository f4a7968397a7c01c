// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/localsalefacts.h"

#include "dashboard/dashboardfigures.h"
#include "storage/sqlitedb.h"

namespace tessera {

namespace {

Result<void> readAll(SqliteDb &db, const QString &terminal, qint64 from, qint64 to, qint64 now,
                     SaleFacts &facts)
{
    auto venues = readEventVenues(db);
    if (!venues)
        return venues.error();
    facts.eventVenues = *venues;
    if (auto r = selectRows(
            db,
            "SELECT o.id, COALESCE((SELECT l.event_id FROM order_lines l WHERE l.order_id = o.id "
            "AND l.event_id IS NOT NULL LIMIT 1), 0), o.channel, o.currency, o.state, o.total, "
            "o.created_at FROM orders o WHERE (o.created_at >= ?1 AND o.created_at < ?2) OR o.id "
            "IN (SELECT order_id FROM payments WHERE created_at >= ?1 AND created_at < ?2) OR o.id "
            "IN (SELECT order_id FROM refunds WHERE created_at >= ?1 AND created_at < ?2)",
            {from, to},
            [&](SqliteStatement &s) {
                facts.orders.push_back(OrderFact{
                    terminal, s.columnInt(0), s.columnInt(1), s.columnText(2), s.columnText(3),
                    int(s.columnInt(4)), s.columnInt(5), s.columnInt(6)});
            });
        !r)
        return r.error();
    if (auto r = selectRows(db,
                            "SELECT id, order_id, method, state, COALESCE(error_code, ''), amount, "
                            "created_at FROM payments WHERE created_at >= ?1 AND created_at < ?2",
                            {from, to},
                            [&](SqliteStatement &s) {
                                const QString method = s.columnText(2);
                                facts.payments.push_back(
                                    PaymentFact{terminal, s.columnInt(0), s.columnInt(1), method,
                                                paymentProviderOf(method), int(s.columnInt(3)),
                                                s.columnText(4), s.columnInt(5), s.columnInt(6)});
                            });
        !r)
        return r.error();
    if (auto r = selectRows(db,
                            "SELECT order_id, amount, reason, created_at FROM refunds WHERE "
                            "created_at >= ?1 AND created_at < ?2",
                            {from, to},
                            [&](SqliteStatement &s) {
                                facts.refunds.push_back(RefundFact{terminal, s.columnInt(0),
                                                                   s.columnInt(1), s.columnText(2),
                                                                   s.columnInt(3)});
                            });
        !r)
        return r.error();
    if (auto r = selectRows(
            db,
            "SELECT l.event_id, COALESCE(c.name, q.name, ''), l.state, o.created_at FROM "
            "order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN seats s ON l.kind = 0 AND "
            "s.id = l.ref_id LEFT JOIN categories c ON c.id = s.category_id LEFT JOIN ga_quotas q "
            "ON l.kind = 1 AND q.id = l.ref_id WHERE l.kind IN (0, 1) AND o.created_at >= ?1 AND "
            "o.created_at <= ?2",
            {now - DashboardFigures::kRateWindowMs, now},
            [&](SqliteStatement &s) {
                facts.lines.push_back(
                    LineFact{s.columnInt(0), s.columnText(1), int(s.columnInt(2)), s.columnInt(3)});
            });
        !r)
        return r.error();
    const auto stock = [&](SqliteStatement &s) {
        facts.stock.push_back(StockFact{s.columnInt(0), s.columnText(1), s.columnText(2),
                                        s.columnInt(3), s.columnInt(4), s.columnInt(5)});
    };
    // Seats by category (blocked seats and another counter's are not for
    // sale here), then GA quotas (their allocation when they have one).
    if (auto r =
            selectRows(db,
                       "SELECT es.event_id, e.name, c.name, SUM(es.state IN (0, 1, 2)), "
                       "SUM(es.state = 2), SUM(es.state = 1) FROM event_seats es JOIN events e "
                       "ON e.id = es.event_id JOIN seats s ON s.id = es.seat_id JOIN categories "
                       "c ON c.id = s.category_id WHERE e.cancelled_at IS NULL GROUP BY "
                       " es.event_id, c.id ORDER BY es.event_id, c.name",
                       {}, stock);
        !r)
        return r.error();
    return selectRows(
        db,
        "SELECT q.event_id, e.name, q.name, COALESCE(q.allocated, q.capacity), q.sold, "
        "q.held FROM ga_quotas q JOIN events e ON e.id = q.event_id WHERE "
        "e.cancelled_at IS NULL ORDER BY q.event_id, q.name",
        {}, stock);
}

} // namespace

Result<QHash<qint64, qint64>> readEventVenues(SqliteDb &db)
{
    QHash<qint64, qint64> venues;
    if (auto r =
            selectRows(db, "SELECT id, venue_id FROM events", {},
                       [&](SqliteStatement &s) { venues.insert(s.columnInt(0), s.columnInt(1)); });
        !r)
        return r.error();
    return venues;
}

Result<SaleFacts> LocalSaleFacts::read(SqliteDb &db, const QString &terminalId, qint64 fromMs,
                                       qint64 toMs, qint64 nowMs)
{
    if (auto r = db.exec(QStringLiteral("BEGIN")); !r)
        return r.error();
    SaleFacts facts;
    const qint64 to = toMs > 0 ? toMs : nowMs + 1;
    auto r = readAll(db, terminalId, fromMs, to, nowMs, facts);
    (void)db.exec(QStringLiteral("COMMIT"));
    if (!r)
        return r.error();
    return facts;
}

} // namespace tessera
