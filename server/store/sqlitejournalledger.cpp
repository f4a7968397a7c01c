// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitejournalledger.h"

#include "engine/writecontext.h"
#include "storage/sqlitedb.h"
#include "sync/journalbatch.h"

#include <QStringList>

#include <optional>

namespace tessera {

Result<qint64> SqliteJournalLedger::acknowledged(qint64 terminal)
{
    auto stmt =
        m_ctx.statement("SELECT COALESCE(MAX(seq), 0) FROM terminal_journal WHERE terminal_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, terminal);
    qint64 acked = 0;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { acked = s.columnInt(0); }); !r)
        return r.error();
    return acked;
}

Result<QByteArray> SqliteJournalLedger::digestAt(qint64 terminal, qint64 seq)
{
    auto stmt =
        m_ctx.statement("SELECT digest FROM terminal_journal WHERE terminal_id = ? AND seq = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, terminal).bind(2, seq);
    QByteArray stored;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { stored = s.columnBlob(0); }); !r)
        return r.error();
    return stored;
}

Result<void> SqliteJournalLedger::append(qint64 terminal, const ShippedEntry &e,
                                         const QByteArray &digest, qint64 receivedAt)
{
    return m_ctx.run("INSERT INTO terminal_journal(terminal_id, seq, kind, idem_key, "
                     "request_hash, payload, result, actor, created_at, received_at, digest) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [&](SqliteStatement &s) {
                         s.bind(1, terminal).bind(2, e.seq).bind(3, e.kind);
                         s.bind(4, e.idemKey).bind(5, e.requestHash);
                         s.bindText(6, e.payload).bindText(7, e.result);
                         s.bindOptional(8, e.actor).bind(9, e.createdAt);
                         s.bind(10, receivedAt).bind(11, digest);
                     });
}

Result<qint64> SqliteJournalLedger::forEachEntry(
    const std::function<Result<void>(qint64 terminal, const ShippedEntry &)> &visit)
{
    // Its own statement: the writer's cached ones run inside the loop.
    QStringList kinds;
    for (const char *k : kFigureKinds)
        kinds << QLatin1Char('\'') + QLatin1String(k) + QLatin1Char('\'');
    auto stmt = m_ctx.db().prepare(
        QStringLiteral("SELECT terminal_id, seq, kind, payload, result, created_at FROM "
                       "terminal_journal WHERE kind IN (%1) ORDER BY terminal_id, seq")
            .arg(kinds.join(QLatin1String(", "))));
    if (!stmt)
        return stmt.error();
    qint64 count = 0;
    std::optional<Error> failed;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        if (failed)
            return;
        ShippedEntry e;
        e.seq = s.columnInt(1);
        e.kind = s.columnText(2);
        e.payload = s.columnText(3).toUtf8();
        e.result = s.columnText(4).toUtf8();
        e.createdAt = s.columnInt(5);
        if (auto v = visit(s.columnInt(0), e); !v)
            failed = v.error();
        ++count;
    });
    if (!r)
        return r.error();
    if (failed)
        return *failed;
    return count;
}

} // namespace tessera
