// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/orderlabelqueries.h"

#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace tessera {

Result<EventHeading> OrderLabelQueries::event(qint64 eventId)
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT e.name, e.starts_at, v.timezone, v.name FROM events e "
                                    "JOIN venues v ON v.id = e.venue_id WHERE e.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, eventId);
    std::optional<EventHeading> found;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
            found = EventHeading{s.columnText(0), s.columnInt(1), s.columnText(2), s.columnText(3)};
        });
        !r)
        return r.error();
    if (!found)
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("tessera::OrderLabelQueries", "There is no event %1.")
                .arg(eventId),
            QStringLiteral("event"));
    return *found;
}

Result<QHash<QString, QString>> OrderLabelQueries::ticketTypes(qint64 eventId)
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT code, name FROM ticket_types WHERE event_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, eventId);
    QHash<QString, QString> out;
    if (auto r = stmt->forEachRow(
            [&](SqliteStatement &s) { out.insert(s.columnText(0), s.columnText(1)); });
        !r)
        return r.error();
    return out;
}

Result<std::optional<SeatPosition>> OrderLabelQueries::seat(qint64 eventId, const QString &guid)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT s.zone, s.row_number, s.seat_number FROM seats s "
                       "JOIN events e ON e.venue_id = s.venue_id WHERE e.id = ? AND s.guid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, eventId).bind(2, guid);
    std::optional<SeatPosition> out;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
            out = SeatPosition{s.columnText(0), s.columnText(1), s.columnText(2)};
        });
        !r)
        return r.error();
    return out;
}

} // namespace tessera
