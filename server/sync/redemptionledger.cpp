// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/redemptionledger.h"

#include "engine/writecontext.h"
#include "storage/sqlitedb.h"
#include "store/salesmirror.h"

#include <QDateTime>

namespace tessera {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

Result<void> RedemptionLedger::prepare(WriteContext &ctx)
{
    for (const char *sql : {
             "CREATE TABLE IF NOT EXISTS ticket_redemptions("
             "terminal_id INTEGER NOT NULL, seq INTEGER NOT NULL, ticket_key BLOB NOT NULL, "
             "event_id INTEGER NOT NULL, line_id INTEGER NOT NULL, gate TEXT NOT NULL, "
             "redeemed_at INTEGER NOT NULL, kept INTEGER NOT NULL DEFAULT 0, "
             "PRIMARY KEY(terminal_id, seq)) WITHOUT ROWID",
             "CREATE INDEX IF NOT EXISTS ticket_redemptions_ticket ON "
             "ticket_redemptions(ticket_key)",
         }) {
        if (auto r = ctx.db().exec(QString::fromLatin1(sql)); !r)
            return r.error();
    }
    return {};
}

Result<void> RedemptionLedger::record(const MirroredRedemption &d)
{
    auto r = m_ctx.run("INSERT OR REPLACE INTO ticket_redemptions(terminal_id, seq, ticket_key, "
                       "event_id, line_id, gate, redeemed_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
                       [&](SqliteStatement &s) {
                           s.bind(1, d.terminal).bind(2, d.seq).bind(3, d.ticketKey);
                           s.bind(4, d.event).bind(5, d.line).bind(6, d.gate);
                           s.bind(7, d.redeemedAt);
                       });
    if (!r)
        return r;
    // The first by time is the redemption; ties go to the lower terminal id.
    return m_ctx.run("UPDATE ticket_redemptions SET kept = ((terminal_id, seq) = (SELECT "
                     "terminal_id, seq FROM ticket_redemptions WHERE ticket_key = ?1 ORDER BY "
                     "redeemed_at, terminal_id, seq LIMIT 1)) WHERE ticket_key = ?1",
                     [&](SqliteStatement &s) { s.bind(1, d.ticketKey); });
}

Result<void> RedemptionLedger::clear()
{
    return m_ctx.run("DELETE FROM ticket_redemptions", [](SqliteStatement &) {});
}

Result<QJsonArray> RedemptionLedger::doubleEntries(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT f.event_id, f.line_id, ft.name, f.gate, f.redeemed_at, st.name, s.gate, "
        "s.redeemed_at FROM ticket_redemptions s "
        "JOIN ticket_redemptions f ON f.ticket_key = s.ticket_key AND f.kept = 1 "
        "JOIN server_terminals ft ON ft.id = f.terminal_id "
        "JOIN server_terminals st ON st.id = s.terminal_id "
        "WHERE s.kept = 0 ORDER BY f.redeemed_at, s.redeemed_at, s.terminal_id, s.seq"));
    if (!stmt)
        return stmt.error();
    QJsonArray out;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        auto place = [&](int col) {
            return QJsonObject{{QStringLiteral("terminal"), s.columnText(col)},
                               {QStringLiteral("gate"), s.columnText(col + 1)},
                               {QStringLiteral("redeemed_at"), iso(s.columnInt(col + 2))}};
        };
        out.push_back(QJsonObject{{QStringLiteral("event"), s.columnInt(0)},
                                  {QStringLiteral("line"), s.columnInt(1)},
                                  {QStringLiteral("first"), place(2)},
                                  {QStringLiteral("second"), place(5)}});
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace tessera
