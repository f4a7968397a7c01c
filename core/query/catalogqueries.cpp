// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/catalogqueries.h"

#include "engine/inventory.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tessera {

namespace {

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString seatStateName(int state)
{
    switch (SeatState(state)) {
    case SeatState::Available:
        return QStringLiteral("available");
    case SeatState::Held:
        return QStringLiteral("held");
    case SeatState::Sold:
        return QStringLiteral("sold");
    case SeatState::Blocked:
        return QStringLiteral("blocked");
    case SeatState::Elsewhere:
        return QStringLiteral("elsewhere");
    }
    return QStringLiteral("unknown");
}

// Runs `sql` with the bound integer and calls `row` for each result row.
template<typename Row>
Result<void> eachRow(SqliteDb &db, const char *sql, qint64 bound, Row &&row)
{
    auto stmt = db.prepare(QString::fromUtf8(sql));
    if (!stmt)
        return stmt.error();
    if (bound)
        stmt->bind(1, bound);
    return stmt->forEachRow(row);
}

Error notFound(const char *what, qint64 id)
{
    return fail(ErrorCode::NotFound,
                QCoreApplication::translate("tessera::CatalogQueries", what).arg(id));
}

} // namespace

Result<QJsonArray> CatalogQueries::venues()
{
    QJsonArray out;
    auto r = eachRow(m_db,
                     "SELECT v.id, v.name, v.timezone, (SELECT COUNT(*) FROM seats s WHERE "
                     "s.venue_id = v.id) FROM venues v ORDER BY v.id",
                     0, [&](SqliteStatement &s) {
                         out.push_back(QJsonObject{{QStringLiteral("venue"), s.columnInt(0)},
                                                   {QStringLiteral("name"), s.columnText(1)},
                                                   {QStringLiteral("timezone"), s.columnText(2)},
                                                   {QStringLiteral("seats"), s.columnInt(3)}});
                     });
    if (!r)
        return r.error();
    return out;
}

Result<QByteArray> CatalogQueries::exportPlan(qint64 venueId)
{
    QByteArray plan;
    bool found = false;
    auto r =
        eachRow(m_db, "SELECT plan FROM venues WHERE id = ?", venueId, [&](SqliteStatement &s) {
            plan = s.columnBlob(0);
            found = true;
        });
    if (!r)
        return r.error();
    if (!found)
        return notFound(QT_TRANSLATE_NOOP("tessera::CatalogQueries", "There is no venue %1."),
                        venueId);
    return plan;
}

Result<QJsonArray> CatalogQueries::events()
{
    QJsonArray out;
    auto r = eachRow(m_db,
                     "SELECT e.id, e.name, e.venue_id, v.name, e.starts_at, e.currency, "
                     "e.sale_starts_at, e.sale_ends_at, v.timezone FROM events e "
                     "JOIN venues v ON v.id = e.venue_id ORDER BY e.starts_at, e.id",
                     0, [&](SqliteStatement &s) {
                         QJsonObject o{{QStringLiteral("event"), s.columnInt(0)},
                                       {QStringLiteral("name"), s.columnText(1)},
                                       {QStringLiteral("venue"), s.columnInt(2)},
                                       {QStringLiteral("venue_name"), s.columnText(3)},
                                       {QStringLiteral("starts_at"), isoTime(s.columnInt(4))},
                                       {QStringLiteral("currency"), s.columnText(5)},
                                       {QStringLiteral("venue_timezone"), s.columnText(8)}};
                         if (s.columnInt(6))
                             o.insert(QStringLiteral("sale_starts_at"), isoTime(s.columnInt(6)));
                         if (s.columnInt(7))
                             o.insert(QStringLiteral("sale_ends_at"), isoTime(s.columnInt(7)));
                         out.push_back(o);
                     });
    if (!r)
        return r.error();
    return out;
}

Result<QJsonObject> CatalogQueries::event(qint64 eventId)
{
    QJsonObject event;
    auto r =
        eachRow(m_db,
                "SELECT e.name, e.venue_id, v.name, v.timezone, e.starts_at, e.ends_at, "
                "e.sale_starts_at, e.sale_ends_at, e.currency FROM events e "
                "JOIN venues v ON v.id = e.venue_id WHERE e.id = ?",
                eventId, [&](SqliteStatement &s) {
                    event = QJsonObject{{QStringLiteral("event"), eventId},
                                        {QStringLiteral("name"), s.columnText(0)},
                                        {QStringLiteral("venue"), s.columnInt(1)},
                                        {QStringLiteral("venue_name"), s.columnText(2)},
                                        {QStringLiteral("timezone"), s.columnText(3)},
                                        {QStringLiteral("starts_at"), isoTime(s.columnInt(4))},
                                        {QStringLiteral("currency"), s.columnText(8)}};
                    if (s.columnInt(5))
                        event.insert(QStringLiteral("ends_at"), isoTime(s.columnInt(5)));
                    if (s.columnInt(6))
                        event.insert(QStringLiteral("sale_starts_at"), isoTime(s.columnInt(6)));
                    if (s.columnInt(7))
                        event.insert(QStringLiteral("sale_ends_at"), isoTime(s.columnInt(7)));
                });
    if (!r)
        return r.error();
    if (event.isEmpty())
        return notFound(QT_TRANSLATE_NOOP("tessera::CatalogQueries", "There is no event %1."),
                        eventId);
    QJsonArray types;
    r = eachRow(m_db, "SELECT code, name FROM ticket_types WHERE event_id = ? ORDER BY id", eventId,
                [&](SqliteStatement &s) {
                    types.push_back(QJsonObject{{QStringLiteral("code"), s.columnText(0)},
                                                {QStringLiteral("name"), s.columnText(1)}});
                });
    if (!r)
        return r.error();
    QJsonArray prices;
    r = eachRow(m_db,
                "SELECT c.name, t.code, p.amount FROM seat_prices p "
                "JOIN categories c ON c.id = p.category_id "
                "JOIN ticket_types t ON t.id = p.ticket_type_id WHERE p.event_id = ? "
                "ORDER BY c.id, t.id",
                eventId, [&](SqliteStatement &s) {
                    prices.push_back(QJsonObject{{QStringLiteral("category"), s.columnText(0)},
                                                 {QStringLiteral("ticket_type"), s.columnText(1)},
                                                 {QStringLiteral("amount"), s.columnInt(2)}});
                });
    if (!r)
        return r.error();
    QJsonArray quotas;
    r = eachRow(m_db,
                "SELECT q.id, q.name, q.capacity, t.code, p.amount FROM ga_quotas q "
                "LEFT JOIN ga_prices p ON p.quota_id = q.id "
                "LEFT JOIN ticket_types t ON t.id = p.ticket_type_id WHERE q.event_id = ? "
                "ORDER BY q.id, t.id",
                eventId, [&](SqliteStatement &s) {
                    if (quotas.isEmpty() ||
                        quotas.last()[QStringLiteral("ga")].toInteger() != s.columnInt(0))
                        quotas.push_back(QJsonObject{{QStringLiteral("ga"), s.columnInt(0)},
                                                     {QStringLiteral("name"), s.columnText(1)},
                                                     {QStringLiteral("capacity"), s.columnInt(2)},
                                                     {QStringLiteral("prices"), QJsonArray()}});
                    QJsonObject q = quotas.last().toObject();
                    QJsonArray qp = q[QStringLiteral("prices")].toArray();
                    qp.push_back(QJsonObject{{QStringLiteral("ticket_type"), s.columnText(3)},
                                             {QStringLiteral("amount"), s.columnInt(4)}});
                    q[QStringLiteral("prices")] = qp;
                    quotas[quotas.size() - 1] = q;
                });
    if (!r)
        return r.error();
    event.insert(QStringLiteral("ticket_types"), types);
    event.insert(QStringLiteral("prices"), prices);
    event.insert(QStringLiteral("ga"), quotas);
    return event;
}

Result<QJsonObject> CatalogQueries::availability(qint64 eventId)
{
    auto header = event(eventId);
    if (!header)
        return header.error();
    QJsonObject categories;
    qint64 totals[5] = {0, 0, 0, 0, 0};
    auto r = eachRow(m_db,
                     "SELECT c.name, es.state, COUNT(*) FROM event_seats es "
                     "JOIN seats s ON s.id = es.seat_id JOIN categories c ON c.id = s.category_id "
                     "WHERE es.event_id = ? GROUP BY c.name, es.state",
                     eventId, [&](SqliteStatement &s) {
                         QJsonObject c = categories[s.columnText(0)].toObject();
                         c[seatStateName(int(s.columnInt(1)))] = s.columnInt(2);
                         categories[s.columnText(0)] = c;
                         totals[qBound(0, int(s.columnInt(1)), 4)] += s.columnInt(2);
                     });
    if (!r)
        return r.error();
    QJsonArray quotas;
    r = eachRow(
        m_db,
        "SELECT id, name, capacity, sold, held, allocated FROM ga_quotas WHERE event_id = ? "
        "ORDER BY id",
        eventId, [&](SqliteStatement &s) {
            quotas.push_back(
                QJsonObject{{QStringLiteral("ga"), s.columnInt(0)},
                            {QStringLiteral("name"), s.columnText(1)},
                            {QStringLiteral("capacity"), s.columnInt(2)},
                            {QStringLiteral("sold"), s.columnInt(3)},
                            {QStringLiteral("held"), s.columnInt(4)},
                            // a terminal's allocation, when the central server gave it one
                            {QStringLiteral("allocated"),
                             s.columnIsNull(5) ? QJsonValue() : QJsonValue(s.columnInt(5))},
                            {QStringLiteral("available"),
                             std::max<qint64>(0, (s.columnIsNull(5)
                                                      ? s.columnInt(2)
                                                      : std::min(s.columnInt(2), s.columnInt(5))) -
                                                     s.columnInt(3) - s.columnInt(4))}});
        });
    if (!r)
        return r.error();
    return QJsonObject{
        {QStringLiteral("event"), eventId},
        {QStringLiteral("name"), (*header)[QStringLiteral("name")]},
        {QStringLiteral("seats"), QJsonObject{{QStringLiteral("available"), totals[0]},
                                              {QStringLiteral("held"), totals[1]},
                                              {QStringLiteral("sold"), totals[2]},
                                              {QStringLiteral("blocked"), totals[3]},
                                              {QStringLiteral("elsewhere"), totals[4]},
                                              {QStringLiteral("by_category"), categories}}},
        {QStringLiteral("ga"), quotas}};
}

Result<QJsonArray> CatalogQueries::seats(qint64 eventId)
{
    QJsonArray out;
    auto r = eachRow(m_db,
                     "SELECT s.guid, s.zone, s.row_number, s.seat_number, s.x, s.y, c.name, "
                     "es.state FROM event_seats es JOIN seats s ON s.id = es.seat_id "
                     "JOIN categories c ON c.id = s.category_id WHERE es.event_id = ? "
                     "ORDER BY s.id",
                     eventId, [&](SqliteStatement &s) {
                         out.push_back(QJsonObject{
                             {QStringLiteral("seat"), s.columnText(0)},
                             {QStringLiteral("zone"), s.columnText(1)},
                             {QStringLiteral("row"), s.columnText(2)},
                             {QStringLiteral("number"), s.columnText(3)},
                             {QStringLiteral("x"), s.columnDouble(4)},
                             {QStringLiteral("y"), s.columnDouble(5)},
                             {QStringLiteral("category"), s.columnText(6)},
                             {QStringLiteral("state"), seatStateName(int(s.columnInt(7)))}});
                     });
    if (!r)
        return r.error();
    return out;
}

Result<QJsonArray> CatalogQueries::cardProducts()
{
    QJsonArray out;
    auto r =
        eachRow(m_db,
                "SELECT p.id, p.name, p.price, p.currency, "
                "(SELECT COUNT(*) FROM card_codes c WHERE c.product_id = p.id AND c.state = 0), "
                "(SELECT COUNT(*) FROM card_codes c WHERE c.product_id = p.id AND c.state = 2) "
                "FROM card_products p ORDER BY p.id",
                0, [&](SqliteStatement &s) {
                    out.push_back(QJsonObject{{QStringLiteral("product"), s.columnInt(0)},
                                              {QStringLiteral("name"), s.columnText(1)},
                                              {QStringLiteral("price"), s.columnInt(2)},
                                              {QStringLiteral("currency"), s.columnText(3)},
                                              {QStringLiteral("available"), s.columnInt(4)},
                                              {QStringLiteral("sold"), s.columnInt(5)}});
                });
    if (!r)
        return r.error();
    return out;
}

} // namespace tessera
