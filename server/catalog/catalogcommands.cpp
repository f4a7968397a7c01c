// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogcommands.h"

#include "catalog/allocationsupport.h"

#include "engine/writecontext.h"
#include "replica/catalogtables.h"
#include "storage/sqlitedb.h"

#include <algorithm>

namespace tessera {

namespace {

// One AFTER trigger per change a terminal must pull: the table, what row
// (for prices: their event or quota) and on which statement.
struct Logged
{
    const char *table;
    const char *on; // "INSERT", "UPDATE", "UPDATE OF …", "DELETE"
    const char *row;
};

const Logged kLogged[] = {
    {"venues", "INSERT", "NEW.id"},
    {"venues", "UPDATE", "NEW.id"},
    {"categories", "INSERT", "NEW.id"},
    {"categories", "UPDATE", "NEW.id"},
    {"seats", "INSERT", "NEW.id"},
    {"seats", "UPDATE", "NEW.id"},
    {"events", "INSERT", "NEW.id"},
    {"events", "UPDATE", "NEW.id"},
    {"ticket_types", "INSERT", "NEW.id"},
    {"ticket_types", "UPDATE", "NEW.id"},
    {"seat_prices", "INSERT", "NEW.event_id"},
    {"seat_prices", "UPDATE", "NEW.event_id"},
    {"seat_prices", "DELETE", "OLD.event_id"},
    {"ga_quotas", "INSERT", "NEW.id"},
    {"ga_quotas", "UPDATE OF name, capacity", "NEW.id"},
    {"ga_prices", "INSERT", "NEW.quota_id"},
    {"ga_prices", "UPDATE", "NEW.quota_id"},
    {"ga_prices", "DELETE", "OLD.quota_id"},
    {"card_products", "INSERT", "NEW.id"},
    {"card_products", "UPDATE", "NEW.id"},
    {"users", "INSERT", "NEW.id"},
    {"users", "UPDATE OF name, display_name, role, pin_hash, active", "NEW.id"},
};

Result<void> checkEvent(WriteContext &ctx, qint64 event)
{
    auto stmt = ctx.statement("SELECT cancelled_at IS NOT NULL FROM events WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, event);
    int cancelled = -1;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { cancelled = int(s.columnInt(0)); });
        !r)
        return r.error();
    if (cancelled < 0)
        return fail(
            ErrorCode::UnknownReference,
            QCoreApplication::translate("tessera::AllocateSeatsCommand", "There is no event %1.")
                .arg(event),
            QStringLiteral("event"));
    if (cancelled > 0)
        return fail(
            ErrorCode::SaleWindowClosed,
            QCoreApplication::translate("tessera::AllocateSeatsCommand", "Event %1 is cancelled.")
                .arg(event),
            QStringLiteral("event"));
    return {};
}

// The seat ids of `guids` in the event's venue, in the order given.
Result<QList<std::pair<qint64, QString>>> seatsNamed(WriteContext &ctx, qint64 event,
                                                     const QStringList &guids)
{
    auto stmt = ctx.statement("SELECT s.id FROM seats s JOIN events e ON e.venue_id = s.venue_id "
                              "WHERE e.id = ? AND s.guid = ?");
    if (!stmt)
        return stmt.error();
    QList<std::pair<qint64, QString>> out;
    for (qsizetype i = 0; i < guids.size(); ++i) {
        (*stmt)->bind(1, event).bind(2, guids[i]);
        qint64 id = 0;
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { id = s.columnInt(0); }); !r)
            return r.error();
        if (!id)
            return fail(ErrorCode::UnknownReference,
                        QCoreApplication::translate("tessera::AllocateSeatsCommand",
                                                    "Seat \"%1\" is not in event %2's venue.")
                            .arg(guids[i])
                            .arg(event),
                        QStringLiteral("seats[%1]").arg(i));
        out.push_back({id, guids[i]});
    }
    return out;
}

Result<void> setServerSeat(WriteContext &ctx, qint64 event, qint64 seat, SeatState state)
{
    return ctx.run("UPDATE event_seats SET state = ?, hold_id = NULL WHERE event_id = ? AND "
                   "seat_id = ?",
                   [&](SqliteStatement &s) { s.bind(1, int(state)).bind(2, event).bind(3, seat); });
}

} // namespace

Result<CommandResult> PrepareCatalogCommand::apply(WriteContext &ctx)
{
    bool fresh = true;
    {
        auto stmt = ctx.db().prepare(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'catalog_log'"));
        if (!stmt)
            return stmt.error();
        if (auto r = stmt->forEachRow([&](SqliteStatement &) { fresh = false; }); !r)
            return r.error();
    }
    QStringList sql{
        QStringLiteral("CREATE TABLE IF NOT EXISTS catalog_log("
                       "version INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, "
                       "scope_id INTEGER NOT NULL DEFAULT 0, row_id INTEGER NOT NULL, "
                       "terminal_id INTEGER)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS seat_allocations("
                       "event_id INTEGER NOT NULL, seat_id INTEGER NOT NULL, "
                       "terminal_id INTEGER NOT NULL REFERENCES server_terminals(id), "
                       "state INTEGER NOT NULL DEFAULT 0, granted_at INTEGER NOT NULL, "
                       "PRIMARY KEY(event_id, seat_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS seat_allocations_terminal "
                       "ON seat_allocations(terminal_id, event_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS ga_allocations("
                       "quota_id INTEGER NOT NULL, terminal_id INTEGER NOT NULL "
                       "REFERENCES server_terminals(id), places INTEGER NOT NULL, "
                       "PRIMARY KEY(quota_id, terminal_id)) WITHOUT ROWID"),
        // Schema 3: card keys given to a terminal (the server's code is
        // state 4 from then on: not its own to sell); state 0 the
        // terminal's, 1 being taken back, 2 found sold there at a take-back.
        QStringLiteral("CREATE TABLE IF NOT EXISTS card_allocations("
                       "code_id INTEGER PRIMARY KEY REFERENCES card_codes(id), "
                       "product_id INTEGER NOT NULL, terminal_id INTEGER NOT NULL "
                       "REFERENCES server_terminals(id), granted_at INTEGER NOT NULL, "
                       "state INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS card_allocations_terminal "
                       "ON card_allocations(terminal_id, product_id)"),
    };
    int n = 0;
    for (const Logged &l : kLogged) {
        sql << QStringLiteral("CREATE TRIGGER IF NOT EXISTS catalog_log_%1 AFTER %2 ON %3 "
                              "BEGIN INSERT INTO catalog_log(tbl, row_id) VALUES('%3', %4); END")
                   .arg(++n)
                   .arg(QLatin1String(l.on), QLatin1String(l.table), QLatin1String(l.row));
    }
    // What was there before the log (a demo seeded at init) is logged once.
    if (fresh) {
        for (const CatalogTable &t : CatalogTables::all()) {
            const QString key = t.parentColumn.isEmpty() ? QStringLiteral("id") : t.parentColumn;
            sql << QStringLiteral("INSERT INTO catalog_log(tbl, row_id) SELECT DISTINCT '%1', %2 "
                                  "FROM %1 ORDER BY %2")
                       .arg(t.name, key);
        }
    }
    for (const QString &s : sql) {
        if (auto r = ctx.db().exec(s); !r)
            return r.error();
    }
    // Schema 2: GA take-back (a server of schema 1 gains the columns).
    QStringList columns;
    if (auto stmt = ctx.db().prepare(QStringLiteral("PRAGMA table_info(ga_allocations)")); stmt) {
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) { columns << s.columnText(1); }); !r)
            return r.error();
    } else {
        return stmt.error();
    }
    for (const char *column : {"taking", "taking_version"}) {
        if (columns.contains(QLatin1String(column)))
            continue;
        if (auto r = ctx.db().exec(QStringLiteral("ALTER TABLE ga_allocations ADD COLUMN %1 "
                                                  "INTEGER NOT NULL DEFAULT 0")
                                       .arg(QLatin1String(column)));
            !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("schema"), 3}, {QStringLiteral("fresh"), fresh}};
}

QJsonObject AllocateSeatsCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminal},
            {QStringLiteral("event"), m_event},
            {QStringLiteral("seats"), QJsonArray::fromStringList(m_seats)},
            {QStringLiteral("count"), m_count}};
}

Result<CommandResult> AllocateSeatsCommand::apply(WriteContext &ctx)
{
    auto terminal = AllocationSupport::terminalNamed(ctx, m_terminal);
    if (!terminal)
        return terminal.error();
    if (auto r = checkEvent(ctx, m_event); !r)
        return r.error();
    if (m_seats.isEmpty() == (m_count <= 0))
        return fail(ErrorCode::InvalidInput,
                    tr("Name the seats or give how many, not both and not neither."),
                    QStringLiteral("seats"));
    if (auto r = ctx.flushInventory(); !r)
        return r.error();
    QList<std::pair<qint64, QString>> seats;
    if (!m_seats.isEmpty()) {
        auto named = seatsNamed(ctx, m_event, m_seats);
        if (!named)
            return named.error();
        seats = *named;
    } else {
        auto stmt = ctx.statement("SELECT s.id, s.guid FROM event_seats es JOIN seats s ON "
                                  "s.id = es.seat_id WHERE es.event_id = ? AND es.state = 0 "
                                  "ORDER BY s.id LIMIT ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, m_event).bind(2, m_count);
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) {
                seats.push_back({s.columnInt(0), s.columnText(1)});
            });
            !r)
            return r.error();
        if (seats.size() < m_count)
            return fail(ErrorCode::SeatUnavailable,
                        tr("The server has only %1 seats of event %2 left to give.")
                            .arg(seats.size())
                            .arg(m_event),
                        QStringLiteral("count"));
    }
    auto state = ctx.statement("SELECT es.state, (SELECT t.name FROM seat_allocations a JOIN "
                               "server_terminals t ON t.id = a.terminal_id WHERE a.event_id = "
                               "es.event_id AND a.seat_id = es.seat_id) FROM event_seats es "
                               "WHERE es.event_id = ? AND es.seat_id = ?");
    if (!state)
        return state.error();
    QJsonArray given;
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const auto &[seat, guid] = seats[i];
        (*state)->bind(1, m_event).bind(2, seat);
        int now = -1;
        QString holder;
        if (auto r = (*state)->forEachRow([&](SqliteStatement &s) {
                now = int(s.columnInt(0));
                holder = s.columnText(1);
            });
            !r)
            return r.error();
        if (now != int(SeatState::Available))
            return fail(ErrorCode::SeatUnavailable,
                        holder.isEmpty()
                            ? tr("Seat \"%1\" is not the server's to give (sold, held or "
                                 "blocked).")
                                  .arg(guid)
                            : tr("Seat \"%1\" is terminal %2's already.").arg(guid, holder),
                        QStringLiteral("seats[%1]").arg(i));
        if (auto r = ctx.run(
                "INSERT INTO seat_allocations(event_id, seat_id, terminal_id, "
                "state, granted_at) VALUES(?, ?, ?, 0, ?)",
                [&](SqliteStatement &s) {
                    s.bind(1, m_event).bind(2, seat).bind(3, terminal->id).bind(4, ctx.now());
                });
            !r)
            return r.error();
        if (auto r = setServerSeat(ctx, m_event, seat, SeatState::Elsewhere); !r)
            return r.error();
        if (auto r =
                AllocationSupport::logChange(ctx, "seat_allocations", m_event, seat, terminal->id);
            !r)
            return r.error();
        given.push_back(guid);
    }
    ctx.inventory().forgetEvent(m_event);
    return QJsonObject{{QStringLiteral("terminal"), m_terminal},
                       {QStringLiteral("event"), m_event},
                       {QStringLiteral("allocated"), given.size()},
                       {QStringLiteral("seats"), given}};
}

QJsonObject AllocateGaCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminal},
            {QStringLiteral("event"), m_event},
            {QStringLiteral("quota"), m_quota},
            {QStringLiteral("places"), m_places}};
}

Result<CommandResult> AllocateGaCommand::apply(WriteContext &ctx)
{
    auto terminal = AllocationSupport::terminalNamed(ctx, m_terminal);
    if (!terminal)
        return terminal.error();
    if (auto r = checkEvent(ctx, m_event); !r)
        return r.error();
    if (m_places <= 0)
        return fail(ErrorCode::InvalidInput, tr("Give at least one place."),
                    QStringLiteral("places"));
    if (auto r = ctx.flushInventory(); !r)
        return r.error();
    auto quota = ctx.statement(
        "SELECT q.id, q.capacity, q.sold, q.held, (SELECT COALESCE(SUM(a.places), 0) FROM "
        "ga_allocations a WHERE a.quota_id = q.id) FROM ga_quotas q WHERE q.event_id = ? AND "
        "q.name = ?");
    if (!quota)
        return quota.error();
    (*quota)->bind(1, m_event).bind(2, m_quota);
    qint64 id = 0, capacity = 0, taken = 0, given = 0;
    if (auto r = (*quota)->forEachRow([&](SqliteStatement &s) {
            id = s.columnInt(0);
            capacity = s.columnInt(1);
            taken = s.columnInt(2) + s.columnInt(3);
            given = s.columnInt(4);
        });
        !r)
        return r.error();
    if (!id)
        return fail(ErrorCode::UnknownReference,
                    tr("Event %1 has no GA quota \"%2\".").arg(m_event).arg(m_quota),
                    QStringLiteral("ga"));
    const qint64 left = capacity - taken - given;
    if (m_places > left)
        return fail(ErrorCode::QuotaExhausted,
                    tr("Only %1 places of \"%2\" are left to give.").arg(left).arg(m_quota),
                    QStringLiteral("places"));
    if (auto r = ctx.run(
            "INSERT INTO ga_allocations(quota_id, terminal_id, places) "
            "VALUES(?, ?, ?) ON CONFLICT(quota_id, terminal_id) DO UPDATE SET "
            "places = places + excluded.places, "
            // A manager's grant after a take-back lets top-ups run again.
            "taking_version = CASE WHEN taking > 0 THEN taking_version ELSE 0 END",
            [&](SqliteStatement &s) { s.bind(1, id).bind(2, terminal->id).bind(3, m_places); });
        !r)
        return r.error();
    // The server sells (online) only what no terminal was given.
    if (auto r = ctx.run(
            "UPDATE ga_quotas SET allocated = ? WHERE id = ?",
            [&](SqliteStatement &s) { s.bind(1, capacity - given - m_places).bind(2, id); });
        !r)
        return r.error();
    if (auto r = AllocationSupport::logChange(ctx, "ga_allocations", m_event, id, terminal->id); !r)
        return r.error();
    ctx.inventory().forgetEvent(m_event);
    return QJsonObject{{QStringLiteral("terminal"), m_terminal},
                       {QStringLiteral("event"), m_event},
                       {QStringLiteral("quota"), m_quota},
                       {QStringLiteral("allocated"), m_places}};
}

QJsonObject TakeBackSeatsCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminal},
            {QStringLiteral("event"), m_event},
            {QStringLiteral("seats"), QJsonArray::fromStringList(m_seats)}};
}

Result<CommandResult> TakeBackSeatsCommand::apply(WriteContext &ctx)
{
    auto terminal = AllocationSupport::terminalNamed(ctx, m_terminal);
    if (!terminal)
        return terminal.error();
    QList<qint64> seats;
    if (m_seats.isEmpty()) {
        auto stmt = ctx.statement("SELECT seat_id FROM seat_allocations WHERE terminal_id = ? AND "
                                  "event_id = ? AND state = 0");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, terminal->id).bind(2, m_event);
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { seats << s.columnInt(0); }); !r)
            return r.error();
    } else {
        auto named = seatsNamed(ctx, m_event, m_seats);
        if (!named)
            return named.error();
        auto mine = ctx.statement("SELECT state FROM seat_allocations WHERE event_id = ? AND "
                                  "seat_id = ? AND terminal_id = ?");
        if (!mine)
            return mine.error();
        for (qsizetype i = 0; i < named->size(); ++i) {
            (*mine)->bind(1, m_event).bind(2, (*named)[i].first).bind(3, terminal->id);
            int state = -1;
            if (auto r =
                    (*mine)->forEachRow([&](SqliteStatement &s) { state = int(s.columnInt(0)); });
                !r)
                return r.error();
            if (state < 0)
                return fail(
                    ErrorCode::InvalidState,
                    tr("Seat \"%1\" is not terminal %2's.").arg((*named)[i].second, m_terminal),
                    QStringLiteral("seats[%1]").arg(i));
            if (state == 0)
                seats << (*named)[i].first;
        }
    }
    for (qint64 seat : seats) {
        if (auto r = ctx.run("UPDATE seat_allocations SET state = 1 WHERE event_id = ? AND "
                             "seat_id = ?",
                             [&](SqliteStatement &s) { s.bind(1, m_event).bind(2, seat); });
            !r)
            return r.error();
        if (auto r =
                AllocationSupport::logChange(ctx, "seat_allocations", m_event, seat, terminal->id);
            !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("terminal"), m_terminal},
                       {QStringLiteral("event"), m_event},
                       {QStringLiteral("taking_back"), seats.size()}};
}

QJsonObject TakeBackGaCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminal},
            {QStringLiteral("event"), m_event},
            {QStringLiteral("quota"), m_quota},
            {QStringLiteral("places"), m_places}};
}

Result<CommandResult> TakeBackGaCommand::apply(WriteContext &ctx)
{
    auto terminal = AllocationSupport::terminalNamed(ctx, m_terminal);
    if (!terminal)
        return terminal.error();
    if (m_places < 0)
        return fail(ErrorCode::InvalidInput, tr("Give a number of places above 0."),
                    QStringLiteral("places"));
    auto stmt = ctx.statement("SELECT q.id, a.places, a.taking FROM ga_quotas q JOIN "
                              "ga_allocations a ON a.quota_id = q.id AND a.terminal_id = ? "
                              "WHERE q.event_id = ? AND q.name = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, terminal->id).bind(2, m_event).bind(3, m_quota);
    qint64 quota = 0, places = 0, taking = 0;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) {
            quota = s.columnInt(0);
            places = s.columnInt(1);
            taking = s.columnInt(2);
        });
        !r)
        return r.error();
    if (!quota)
        return fail(ErrorCode::InvalidState,
                    tr("Terminal %1 was given no place of \"%2\" of event %3.")
                        .arg(m_terminal, m_quota)
                        .arg(m_event),
                    QStringLiteral("ga"));
    const qint64 wanted = m_places == 0 ? places : std::min(places, taking + m_places);
    if (auto r = AllocationSupport::logChange(ctx, "ga_allocations", m_event, quota, terminal->id);
        !r)
        return r.error();
    const qint64 version = ctx.db().lastInsertRowId();
    if (auto r =
            ctx.run("UPDATE ga_allocations SET taking = ?, taking_version = ? "
                    "WHERE quota_id = ? AND terminal_id = ?",
                    [&](SqliteStatement &s) {
                        s.bind(1, wanted).bind(2, version).bind(3, quota).bind(4, terminal->id);
                    });
        !r)
        return r.error();
    return QJsonObject{{QStringLiteral("terminal"), m_terminal},
                       {QStringLiteral("event"), m_event},
                       {QStringLiteral("quota"), m_quota},
                       {QStringLiteral("taking_back"), wanted}};
}

QJsonObject AcknowledgeTakeBackCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("terminal"), m_terminalId},
                  {QStringLiteral("released"), m_released},
                  {QStringLiteral("sold"), m_sold}};
    if (!m_ga.isEmpty()) {
        o.insert(QStringLiteral("ga"), m_ga);
        o.insert(QStringLiteral("version"), m_version);
    }
    if (!m_cards.released.isEmpty())
        o.insert(QStringLiteral("cards_released"), m_cards.released);
    if (!m_cards.sold.isEmpty())
        o.insert(QStringLiteral("cards_sold"), m_cards.sold);
    return o;
}

Result<qint64> AcknowledgeTakeBackCommand::applyGa(WriteContext &ctx)
{
    qint64 returned = 0;
    for (const QJsonValue &v : m_ga) {
        const QJsonArray a = v.toArray();
        const qint64 quota = a.at(0).toInteger(), kept = a.at(1).toInteger();
        auto stmt = ctx.statement("SELECT a.places, a.taking, q.event_id, q.capacity FROM "
                                  "ga_allocations a JOIN ga_quotas q ON q.id = a.quota_id "
                                  "WHERE a.quota_id = ? AND a.terminal_id = ? AND a.taking > 0 "
                                  "AND a.taking_version <= ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, quota).bind(2, m_terminalId).bind(3, m_version);
        qint64 places = -1, taking = 0, event = 0, capacity = 0;
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) {
                places = s.columnInt(0);
                taking = s.columnInt(1);
                event = s.columnInt(2);
                capacity = s.columnInt(3);
            });
            !r)
            return r.error();
        if (places < 0)
            continue; // nothing being taken back, or an answer from before it
        // It keeps what it sold or holds, never more than it had.
        const qint64 now = std::clamp(kept, places - taking, places);
        if (auto r = ctx.run(
                "UPDATE ga_allocations SET places = ?, taking = 0 "
                "WHERE quota_id = ? AND terminal_id = ?",
                [&](SqliteStatement &s) { s.bind(1, now).bind(2, quota).bind(3, m_terminalId); });
            !r)
            return r.error();
        // The server sells (online) what no terminal holds.
        if (auto r = ctx.run(
                "UPDATE ga_quotas SET allocated = ? - (SELECT "
                "COALESCE(SUM(places), 0) FROM ga_allocations WHERE quota_id = ?) "
                "WHERE id = ?",
                [&](SqliteStatement &s) { s.bind(1, capacity).bind(2, quota).bind(3, quota); });
            !r)
            return r.error();
        if (auto r =
                AllocationSupport::logChange(ctx, "ga_allocations", event, quota, m_terminalId);
            !r)
            return r.error();
        ctx.inventory().forgetEvent(event);
        returned += places - now;
    }
    return returned;
}

Result<CommandResult> AcknowledgeTakeBackCommand::apply(WriteContext &ctx)
{
    if (auto r = ctx.flushInventory(); !r)
        return r.error();
    qint64 released = 0, sold = 0;
    QList<qint64> events;
    for (const auto &[list, state] :
         {std::pair{&m_released, SeatState::Available}, std::pair{&m_sold, SeatState::Sold}}) {
        for (const QJsonValue &v : *list) {
            const QJsonArray a = v.toArray();
            const qint64 event = a.at(0).toInteger(), seat = a.at(1).toInteger();
            if (auto r = ctx.run("DELETE FROM seat_allocations WHERE event_id = ? AND seat_id = ? "
                                 "AND terminal_id = ? AND state = 1",
                                 [&](SqliteStatement &s) {
                                     s.bind(1, event).bind(2, seat).bind(3, m_terminalId);
                                 });
                !r)
                return r.error();
            if (ctx.db().changes() == 0)
                continue;
            if (auto r = setServerSeat(ctx, event, seat, state); !r)
                return r.error();
            (state == SeatState::Sold ? sold : released) += 1;
            if (!events.contains(event))
                events << event;
        }
    }
    for (qint64 event : events)
        ctx.inventory().forgetEvent(event);
    auto places = applyGa(ctx);
    if (!places)
        return places.error();
    auto cards = applyCards(ctx);
    if (!cards)
        return cards.error();
    QJsonObject out{{QStringLiteral("released"), released},
                    {QStringLiteral("sold"), sold},
                    {QStringLiteral("places_returned"), *places}};
    for (auto it = cards->constBegin(); it != cards->constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace tessera
