// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ingestjournalcommand.h"

#include "crypto/sha256.h"
#include "engine/writecontext.h"
#include "storage/sqlitedb.h"
#include "sync/salesprojection.h"

namespace tessera {

IngestJournalCommand::IngestJournalCommand(qint64 terminalId, std::vector<ShippedEntry> entries)
    : m_terminalId(terminalId)
    , m_entries(std::move(entries))
{
    QByteArray all;
    m_digests.reserve(m_entries.size());
    for (const ShippedEntry &e : m_entries) {
        m_digests.push_back(e.digest());
        all += m_digests.back();
    }
    m_digest = Sha256::digest({all});
}

QJsonObject IngestJournalCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminalId},
            {QStringLiteral("first"), m_entries.empty() ? 0 : m_entries.front().seq},
            {QStringLiteral("last"), m_entries.empty() ? 0 : m_entries.back().seq},
            {QStringLiteral("digest"), QString::fromLatin1(m_digest.toHex())}};
}

Result<qint64> IngestJournalCommand::acknowledged(WriteContext &ctx, qint64 terminalId)
{
    auto stmt =
        ctx.statement("SELECT COALESCE(MAX(seq), 0) FROM terminal_journal WHERE terminal_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, terminalId);
    qint64 acked = 0;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { acked = s.columnInt(0); }); !r)
        return r.error();
    return acked;
}

Result<CommandResult> IngestJournalCommand::apply(WriteContext &ctx)
{
    if (m_entries.empty())
        return fail(ErrorCode::InvalidInput, tr("The batch has no entries."),
                    QStringLiteral("entries"));
    auto acked = acknowledged(ctx, m_terminalId);
    if (!acked)
        return acked.error();
    if (m_entries.front().seq > *acked + 1)
        return fail(ErrorCode::InvalidState,
                    tr("The server has this terminal's journal up to %1; this batch starts at %2. "
                       "Send from %3 on.")
                        .arg(*acked)
                        .arg(m_entries.front().seq)
                        .arg(*acked + 1),
                    QStringLiteral("entries[0].seq"));
    // What the server has already must be what arrives again.
    auto known = ctx.statement("SELECT digest FROM terminal_journal WHERE terminal_id = ? AND "
                               "seq = ?");
    if (!known)
        return known.error();
    qint64 duplicates = 0;
    for (size_t i = 0; i < m_entries.size() && m_entries[i].seq <= *acked; ++i) {
        (*known)->bind(1, m_terminalId).bind(2, m_entries[i].seq);
        QByteArray stored;
        if (auto r = (*known)->forEachRow([&](SqliteStatement &s) { stored = s.columnBlob(0); });
            !r)
            return r.error();
        if (stored != m_digests[i])
            return fail(ErrorCode::IdempotencyConflict,
                        tr("Entry %1 differs from the one the server received before: a "
                           "terminal's journal never changes once shipped.")
                            .arg(m_entries[i].seq),
                        QStringLiteral("entries[%1]").arg(i));
        ++duplicates;
    }
    qint64 received = 0;
    SalesProjection projection(ctx);
    for (size_t i = size_t(duplicates); i < m_entries.size(); ++i) {
        const ShippedEntry &e = m_entries[i];
        auto r = ctx.run("INSERT INTO terminal_journal(terminal_id, seq, kind, idem_key, "
                         "request_hash, payload, result, actor, created_at, received_at, digest) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [&](SqliteStatement &s) {
                             s.bind(1, m_terminalId).bind(2, e.seq).bind(3, e.kind);
                             s.bind(4, e.idemKey).bind(5, e.requestHash);
                             s.bindText(6, e.payload).bindText(7, e.result);
                             s.bindOptional(8, e.actor).bind(9, e.createdAt);
                             s.bind(10, ctx.now()).bind(11, m_digests[i]);
                         });
        if (!r)
            return r.error();
        // Only what is stored now counts: a replay never reaches this line.
        if (auto p = projection.project(m_terminalId, e); !p)
            return p.error();
        ++received;
    }
    return QJsonObject{{QStringLiteral("acked"), qMax(*acked, m_entries.back().seq)},
                       {QStringLiteral("received"), received},
                       {QStringLiteral("duplicates"), duplicates}};
}

} // namespace tessera
