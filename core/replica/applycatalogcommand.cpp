// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica/applycatalogcommand.h"

#include "common/jsonfields.h"
#include "crypto/sha256.h"
#include "engine/writecontext.h"
#include "replica/catalogtables.h"
#include "staff/staffdirectory.h"
#include "storage/settingstable.h"
#include "storage/sqlitedb.h"

#include <algorithm>
#include <QJsonDocument>

namespace tessera {

namespace {

Error badField(const QString &where, const QString &what)
{
    return fail(
        ErrorCode::InvalidInput,
        ApplyCatalogCommand::tr("The server's catalog is malformed at %1: %2.").arg(where, what),
        where);
}

bool isId(const QJsonValue &v)
{
    return isWholeNumber(v, 0);
}

// Every row of a table: an array of CatalogTables' columns, in order.
Result<void> checkRows(const QJsonArray &rows, const CatalogTable &table, const QString &where)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        if (!rows.at(i).isArray() || row.size() != table.columns.size())
            return badField(QStringLiteral("%1[%2]").arg(where).arg(i),
                            ApplyCatalogCommand::tr("a row of %1 values is expected")
                                .arg(table.columns.size()));
        for (int k = 0; k < table.keyColumns; ++k) {
            const QJsonValue key = row.at(k);
            if (!(table.name == QLatin1String("users") ? key.isString() : isId(key)))
                return badField(QStringLiteral("%1[%2].%3").arg(where).arg(i).arg(table.columns[k]),
                                ApplyCatalogCommand::tr("not a valid key"));
        }
    }
    return {};
}

// "INSERT … ON CONFLICT(key) DO UPDATE SET …" for a table's columns.
QByteArray upsertSql(const CatalogTable &table)
{
    QStringList marks, updates;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        marks << QStringLiteral("?");
        if (c >= table.keyColumns)
            updates << table.columns[c] + QStringLiteral(" = excluded.") + table.columns[c];
    }
    QString sql =
        QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(%4) DO ")
            .arg(table.name, table.columns.join(QLatin1String(", ")),
                 marks.join(QLatin1String(", ")),
                 QStringList(table.columns.mid(0, table.keyColumns)).join(QLatin1String(", ")));
    sql += updates.isEmpty() ? QStringLiteral("NOTHING")
                             : QStringLiteral("UPDATE SET ") + updates.join(QLatin1String(", "));
    return sql.toUtf8();
}

Result<void> runSql(WriteContext &ctx, const QByteArray &sql,
                    const std::function<void(SqliteStatement &)> &bind)
{
    auto stmt = ctx.db().prepare(QString::fromUtf8(sql));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    return stmt->run();
}

} // namespace

Result<std::unique_ptr<ApplyCatalogCommand>> ApplyCatalogCommand::parse(const QJsonObject &document,
                                                                        const QByteArray &boxKey)
{
    std::unique_ptr<ApplyCatalogCommand> c(new ApplyCatalogCommand);
    for (const char *field : {"since", "version"}) {
        if (!isId(document.value(QLatin1String(field))))
            return badField(QLatin1String(field), tr("a whole number of 0 or more is expected"));
    }
    c->m_since = document.value(QLatin1String("since")).toInteger();
    c->m_version = document.value(QLatin1String("version")).toInteger();
    if (c->m_version < c->m_since)
        return badField(QStringLiteral("version"), tr("the version is older than \"since\""));
    c->m_tables = document.value(QLatin1String("tables")).toObject();
    for (auto it = c->m_tables.constBegin(); it != c->m_tables.constEnd(); ++it) {
        const CatalogTable *table = CatalogTables::find(it.key());
        const QString where = QStringLiteral("tables.") + it.key();
        if (!table)
            return badField(where, tr("not a catalog table"));
        if (!it->isArray())
            return badField(where, tr("a list is expected"));
        if (table->parentColumn.isEmpty()) {
            if (auto r = checkRows(it->toArray(), *table, where); !r)
                return r.error();
            continue;
        }
        const QJsonArray groups = it->toArray();
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const QJsonObject group = groups.at(g).toObject();
            const QString at = QStringLiteral("%1[%2]").arg(where).arg(g);
            if (!isId(group.value(QLatin1String("parent"))))
                return badField(at + QStringLiteral(".parent"), tr("not a valid key"));
            if (auto r = checkRows(group.value(QLatin1String("rows")).toArray(), *table,
                                   at + QStringLiteral(".rows"));
                !r)
                return r.error();
        }
    }
    const QJsonObject allocation = document.value(QLatin1String("allocation")).toObject();
    c->m_seats = allocation.value(QLatin1String("seats")).toArray();
    c->m_ga = allocation.value(QLatin1String("ga")).toArray();
    for (qsizetype i = 0; i < c->m_seats.size(); ++i) {
        const QJsonArray s = c->m_seats.at(i).toArray();
        if (s.size() != 3 || !isId(s.at(0)) || !isId(s.at(1)) || !isId(s.at(2)) ||
            s.at(2).toInteger() > 1)
            return badField(QStringLiteral("allocation.seats[%1]").arg(i),
                            tr("[event, seat, 1 or 0] is expected"));
    }
    for (qsizetype i = 0; i < c->m_ga.size(); ++i) {
        const QJsonArray q = c->m_ga.at(i).toArray();
        if (q.size() != 2 || !isId(q.at(0)) || !isId(q.at(1)))
            return badField(QStringLiteral("allocation.ga[%1]").arg(i),
                            tr("[quota, places] is expected"));
    }
    const QJsonValue cards = allocation.value(QLatin1String("cards"));
    if (!cards.isUndefined() && !cards.isArray())
        return badField(QStringLiteral("allocation.cards"), tr("a list is expected"));
    auto opened = AllocatedCardKeys::open(cards.toArray(), boxKey);
    if (!opened)
        return opened.error();
    c->m_cards = std::move(*opened);
    const QJsonValue taken = allocation.value(QLatin1String("cards_taken"));
    if (!taken.isUndefined() && !taken.isArray())
        return badField(QStringLiteral("allocation.cards_taken"), tr("a list is expected"));
    c->m_cardsTaken = taken.toArray();
    for (qsizetype i = 0; i < c->m_cardsTaken.size(); ++i) {
        if (!isWholeNumber(c->m_cardsTaken.at(i), 1))
            return badField(QStringLiteral("allocation.cards_taken[%1]").arg(i),
                            tr("a card key's id is expected"));
    }
    auto refunds = RefundsElsewhere::parse(document.value(QLatin1String("refunded_elsewhere")));
    if (!refunds)
        return refunds.error();
    c->m_refunds = std::move(*refunds);
    c->m_digest = Sha256::digest({QJsonDocument(document).toJson(QJsonDocument::Compact)});
    return c;
}

QJsonObject ApplyCatalogCommand::toJson() const
{
    return {{QStringLiteral("since"), m_since},
            {QStringLiteral("version"), m_version},
            {QStringLiteral("digest"), QString::fromLatin1(m_digest.toHex())}};
}

Result<qint64> ApplyCatalogCommand::currentVersion(WriteContext &ctx)
{
    auto stored = SettingsTable::read(ctx.db(), QString::fromLatin1(kVersionKey));
    if (!stored)
        return stored.error();
    return *stored ? (*stored)->toLongLong() : 0;
}

// A terminal takes the server's catalog as is: a console that made its own
// venue under an id the server uses for another cannot be enrolled.
Result<void> ApplyCatalogCommand::checkNoForeignCatalog(WriteContext &ctx)
{
    const QJsonArray venues = m_tables.value(QLatin1String("venues")).toArray();
    auto stmt = ctx.db().prepare(QStringLiteral("SELECT name FROM venues WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    for (const QJsonValue &v : venues) {
        const QJsonArray row = v.toArray();
        stmt->bind(1, row.at(0).toInteger());
        QString local;
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) { local = s.columnText(0); }); !r)
            return r.error();
        if (!local.isNull() && local != row.at(1).toString())
            return fail(ErrorCode::InvalidState,
                        tr("This console has a venue of its own, \"%1\", under the id the "
                           "server uses for \"%2\" (%3). A terminal takes the server's catalog: "
                           "enrol a new console database.")
                            .arg(local, row.at(1).toString())
                            .arg(row.at(0).toInteger()),
                        QStringLiteral("tables.venues"));
    }
    return {};
}

Result<qint64> ApplyCatalogCommand::applyTables(WriteContext &ctx, QList<qint64> &events)
{
    qint64 rows = 0;
    for (const CatalogTable &table : CatalogTables::all()) {
        const QJsonArray list = m_tables.value(table.name).toArray();
        if (list.isEmpty())
            continue;
        auto upsert = ctx.db().prepare(QString::fromUtf8(upsertSql(table)));
        if (!upsert)
            return upsert.error();
        auto put = [&](const QJsonArray &row) -> Result<void> {
            for (qsizetype c = 0; c < row.size(); ++c)
                upsert->bindJson(int(c) + 1, row.at(c));
            ++rows;
            return upsert->run();
        };
        if (table.parentColumn.isEmpty()) {
            for (const QJsonValue &row : list) {
                if (auto r = put(row.toArray()); !r)
                    return r.error();
                if (table.name == QLatin1String("events"))
                    events << row.toArray().at(0).toInteger();
                // A quota from the server has no places here until some are given.
                if (table.name == QLatin1String("ga_quotas")) {
                    if (auto r =
                            runSql(ctx,
                                   "UPDATE ga_quotas SET allocated = 0 WHERE id = ? AND "
                                   "(allocated IS NULL OR ? = 0)",
                                   [&](SqliteStatement &s) {
                                       s.bind(1, row.toArray().at(0).toInteger()).bind(2, m_since);
                                   });
                        !r)
                        return r.error();
                }
            }
            continue;
        }
        const QByteArray wipe = QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                    .arg(table.name, table.parentColumn)
                                    .toUtf8();
        for (const QJsonValue &g : list) {
            const QJsonObject group = g.toObject();
            if (auto r = runSql(ctx, wipe,
                                [&](SqliteStatement &s) {
                                    s.bind(1, group.value(QLatin1String("parent")).toInteger());
                                });
                !r)
                return r.error();
            for (const QJsonValue &row : group.value(QLatin1String("rows")).toArray()) {
                if (auto r = put(row.toArray()); !r)
                    return r.error();
            }
        }
    }
    // Seats added to a venue reach the events already there.
    if (!m_tables.value(QLatin1String("seats")).toArray().isEmpty()) {
        auto all = ctx.db().prepare(QStringLiteral("SELECT id FROM events"));
        if (!all)
            return all.error();
        if (auto r = all->forEachRow([&](SqliteStatement &s) { events << s.columnInt(0); }); !r)
            return r.error();
    }
    return rows;
}

// An event from the server starts with none of its seats this terminal's.
Result<void> ApplyCatalogCommand::addEventSeats(WriteContext &ctx, const QList<qint64> &events)
{
    for (qint64 event : events) {
        if (auto r = runSql(ctx,
                            "INSERT OR IGNORE INTO event_seats(event_id, seat_id, state) "
                            "SELECT e.id, s.id, 4 FROM events e JOIN seats s ON s.venue_id = "
                            "e.venue_id WHERE e.id = ?",
                            [&](SqliteStatement &s) { s.bind(1, event); });
            !r)
            return r.error();
    }
    return {};
}

Result<QJsonObject> ApplyCatalogCommand::applyAllocation(WriteContext &ctx)
{
    QJsonArray released, sold;
    qint64 granted = 0;
    auto state = ctx.db().prepare(
        QStringLiteral("SELECT state FROM event_seats WHERE event_id = ? AND seat_id = ?"));
    if (!state)
        return state.error();
    for (const QJsonValue &v : m_seats) {
        const QJsonArray a = v.toArray();
        const qint64 event = a.at(0).toInteger(), seat = a.at(1).toInteger();
        state->bind(1, event).bind(2, seat);
        int now = -1;
        if (auto r = state->forEachRow([&](SqliteStatement &s) { now = int(s.columnInt(0)); }); !r)
            return r.error();
        if (now < 0)
            return badField(QStringLiteral("allocation.seats"),
                            tr("seat %1 of event %2 is not in the catalog").arg(seat).arg(event));
        const bool grant = a.at(2).toInteger() == 1;
        int next = now;
        if (grant && now == int(SeatState::Elsewhere)) {
            next = int(SeatState::Available);
            ++granted;
        } else if (!grant && now == int(SeatState::Sold)) {
            sold.push_back(QJsonArray{event, seat});
        } else if (!grant) {
            // Unsold (available, blocked, or in a cart's hold): not ours from now on.
            next = int(SeatState::Elsewhere);
            released.push_back(QJsonArray{event, seat});
        }
        if (next == now)
            continue;
        if (auto r =
                runSql(ctx,
                       "UPDATE event_seats SET state = ?, hold_id = NULL "
                       "WHERE event_id = ? AND seat_id = ?",
                       [&](SqliteStatement &s) { s.bind(1, next).bind(2, event).bind(3, seat); });
            !r)
            return r.error();
    }
    // Fewer places offered than this terminal has: a take-back. It keeps what
    // it sold or holds (perhaps offline, before the server asked) and says so.
    QJsonArray kept;
    auto quota = ctx.db().prepare(
        QStringLiteral("SELECT COALESCE(allocated, 0), sold + held FROM ga_quotas WHERE id = ?"));
    if (!quota)
        return quota.error();
    for (const QJsonValue &v : m_ga) {
        const QJsonArray a = v.toArray();
        const qint64 id = a.at(0).toInteger(), offered = a.at(1).toInteger();
        qint64 had = 0, taken = 0;
        quota->bind(1, id);
        if (auto r = quota->forEachRow([&](SqliteStatement &s) {
                had = s.columnInt(0);
                taken = s.columnInt(1);
            });
            !r)
            return r.error();
        const qint64 now = std::max(offered, taken);
        if (offered < had)
            kept.push_back(QJsonArray{id, now});
        if (auto r = runSql(ctx, "UPDATE ga_quotas SET allocated = ? WHERE id = ?",
                            [&](SqliteStatement &s) { s.bind(1, now).bind(2, id); });
            !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("granted"), granted},
                       {QStringLiteral("released"), released},
                       {QStringLiteral("sold"), sold},
                       {QStringLiteral("ga_kept"), kept}};
}

Result<CommandResult> ApplyCatalogCommand::apply(WriteContext &ctx)
{
    auto current = currentVersion(ctx);
    if (!current)
        return current.error();
    if (m_since != *current)
        return fail(ErrorCode::InvalidState,
                    tr("This catalog follows version %1, but the terminal has version %2: pull "
                       "again.")
                        .arg(m_since)
                        .arg(*current),
                    QStringLiteral("since"));
    if (*current == 0) {
        if (auto r = checkNoForeignCatalog(ctx); !r)
            return r.error();
    }
    // What earlier commands of the batch changed in memory goes to disk first:
    // the caches are dropped below and read again from the tables.
    if (auto r = ctx.flushInventory(); !r)
        return r.error();
    QList<qint64> events;
    auto rows = applyTables(ctx, events);
    if (!rows)
        return rows.error();
    if (auto r = addEventSeats(ctx, events); !r)
        return r.error();
    if (*current == 0) {
        // A console that had the same events already (seeded from the same
        // demo) keeps what it sold, but its unsold seats are not its own any
        // more: it sells what the server allocates, like any terminal.
        for (qint64 event : events) {
            if (auto r = runSql(ctx,
                                "UPDATE event_seats SET state = 4, hold_id = NULL "
                                "WHERE event_id = ? AND state IN (0, 1)",
                                [&](SqliteStatement &s) { s.bind(1, event); });
                !r)
                return r.error();
        }
    }
    qint64 retired = 0;
    if (*current == 0) {
        auto r = AllocatedCardKeys::retireOwnCodes(ctx);
        if (!r)
            return r.error();
        retired = *r;
    }
    auto cardKeys = m_cards.apply(ctx);
    if (!cardKeys)
        return cardKeys.error();
    auto cardsBack = AllocatedCardKeys::takeBack(ctx, m_cardsTaken);
    if (!cardsBack)
        return cardsBack.error();
    auto allocation = applyAllocation(ctx);
    if (!allocation)
        return allocation.error();
    auto refunded = m_refunds.apply(ctx);
    if (!refunded)
        return refunded.error();
    // Seats and places put back on sale go to disk before the caches are dropped.
    if (auto r = ctx.flushInventory(); !r)
        return r.error();
    const QJsonObject ack{
        {QStringLiteral("version"), m_version},
        {QStringLiteral("released"), allocation->value(QLatin1String("released"))},
        {QStringLiteral("sold"), allocation->value(QLatin1String("sold"))},
        {QStringLiteral("ga"), allocation->value(QLatin1String("ga_kept"))},
        {QStringLiteral("cards_released"), cardsBack->released},
        {QStringLiteral("cards_sold"), cardsBack->sold}};
    if (auto r = SettingsTable::write(ctx.db(), QString::fromLatin1(kVersionKey),
                                      QByteArray::number(m_version));
        !r)
        return r.error();
    if (auto r = SettingsTable::write(ctx.db(), QString::fromLatin1(kAckKey),
                                      QJsonDocument(ack).toJson(QJsonDocument::Compact));
        !r)
        return r.error();
    ctx.inventory().clear();
    if (m_tables.contains(QLatin1String("users")))
        ctx.staff().clear();
    QJsonObject out = *allocation;
    out.insert(QStringLiteral("since"), m_since);
    out.insert(QStringLiteral("version"), m_version);
    out.insert(QStringLiteral("rows"), *rows);
    out.insert(QStringLiteral("card_keys"), *cardKeys);
    out.insert(QStringLiteral("card_keys_released"), cardsBack->released.size());
    if (retired)
        out.insert(QStringLiteral("card_keys_retired"), retired);
    if (!m_refunds.isEmpty())
        out.insert(QStringLiteral("refunded_elsewhere"), *refunded);
    return out;
}

} // namespace tessera
