// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/seatmapqueries.h"

#include "storage/sqlitedb.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tessera {

namespace {

QString textOf(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, col)) : QString();
}

SeatState stateOf(qint64 value)
{
    return SeatState(qBound(qint64(0), value, qint64(4)));
}

} // namespace

Result<SeatMapQueries::Venue> SeatMapQueries::venue(qint64 eventId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT v.id, v.name, v.width, v.height, v.plan, e.currency FROM events e "
                       "JOIN venues v ON v.id = e.venue_id WHERE e.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, eventId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::SeatMapReader", "There is no event %1.")
                        .arg(eventId),
                    QStringLiteral("event"));
    Venue out;
    out.id = stmt->columnInt(0);
    out.name = stmt->columnText(1);
    out.size = QSizeF(double(stmt->columnInt(2)), double(stmt->columnInt(3)));
    out.planJson = stmt->columnBlob(4);
    out.currency = stmt->columnText(5);
    stmt->reset();
    return out;
}

Result<QList<SeatMapQueries::Category>> SeatMapQueries::categories(qint64 eventId, qint64 venueId)
{
    QList<Category> out;
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT id, name, color FROM categories WHERE venue_id = ? ORDER BY id"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, venueId);
        auto r = stmt->forEachRow([&](SqliteStatement &s) {
            out.push_back({s.columnInt(0), s.columnText(1), s.columnText(2), {}});
        });
        if (!r)
            return r.error();
    }
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT p.category_id, t.code, t.name, p.amount FROM seat_prices p "
                       "JOIN ticket_types t ON t.id = p.ticket_type_id WHERE p.event_id = ? "
                       "ORDER BY t.code <> 'adult', t.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, eventId);
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        const qint64 category = s.columnInt(0);
        for (Category &c : out) {
            if (c.id == category)
                c.prices.push_back({s.columnText(1), s.columnText(2), s.columnInt(3)});
        }
    });
    if (!r)
        return r.error();
    return out;
}

Result<void> SeatMapQueries::forEachSeat(qint64 eventId,
                                         const std::function<void(const Seat &)> &visit)
{
    // The raw statement: 80 000 rows, where each column read through the
    // wrapper's QString/QByteArray copies would show.
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(),
                           "SELECT s.guid, s.zone, s.row_number, s.seat_number, s.x, s.y, "
                           "s.radius, s.category_id, es.state FROM event_seats es JOIN seats "
                           "s ON s.id = es.seat_id WHERE es.event_id = ? ORDER BY es.seat_id",
                           -1, &raw, nullptr) != SQLITE_OK)
        return m_db.storageError(QStringLiteral("seat map"));
    sqlite3_bind_int64(raw, 1, eventId);
    int rc = SQLITE_ROW;
    Seat seat;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        seat.guid = textOf(raw, 0);
        seat.zone = QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(raw, 1)),
                                   sqlite3_column_bytes(raw, 1));
        seat.row = textOf(raw, 2);
        seat.number = textOf(raw, 3);
        seat.position = QPointF(sqlite3_column_double(raw, 4), sqlite3_column_double(raw, 5));
        seat.radius = sqlite3_column_int(raw, 6);
        seat.categoryId = sqlite3_column_int64(raw, 7);
        seat.state = stateOf(sqlite3_column_int(raw, 8));
        visit(seat);
    }
    sqlite3_finalize(raw);
    if (rc != SQLITE_DONE)
        return m_db.storageError(QStringLiteral("seat map"));
    return {};
}

Result<std::vector<SeatState>> SeatMapQueries::states(qint64 eventId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT state FROM event_seats WHERE event_id = ? ORDER BY seat_id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, eventId);
    std::vector<SeatState> states;
    auto r =
        stmt->forEachRow([&](SqliteStatement &s) { states.push_back(stateOf(s.columnInt(0))); });
    if (!r)
        return r.error();
    return states;
}

} // namespace tessera
