// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/journalingest.h"

#include "store/journalledger.h"
#include "sync/journalbatch.h"
#include "sync/salesprojection.h"

namespace tessera {

Result<QJsonObject> JournalIngest::ingest(qint64 terminal, const std::vector<ShippedEntry> &entries,
                                          const std::vector<QByteArray> &digests, qint64 receivedAt)
{
    if (entries.empty())
        return fail(ErrorCode::InvalidInput, tr("The batch has no entries."),
                    QStringLiteral("entries"));
    Q_ASSERT(digests.size() == entries.size());
    auto acked = m_ledger.acknowledged(terminal);
    if (!acked)
        return acked.error();
    if (entries.front().seq > *acked + 1)
        return fail(ErrorCode::InvalidState,
                    tr("The server has this terminal's journal up to %1; this batch starts at %2. "
                       "Send from %3 on.")
                        .arg(*acked)
                        .arg(entries.front().seq)
                        .arg(*acked + 1),
                    QStringLiteral("entries[0].seq"));
    // What the server has already must be what arrives again.
    qint64 duplicates = 0;
    for (size_t i = 0; i < entries.size() && entries[i].seq <= *acked; ++i) {
        auto stored = m_ledger.digestAt(terminal, entries[i].seq);
        if (!stored)
            return stored.error();
        if (*stored != digests[i])
            return fail(ErrorCode::IdempotencyConflict,
                        tr("Entry %1 differs from the one the server received before: a "
                           "terminal's journal never changes once shipped.")
                            .arg(entries[i].seq),
                        QStringLiteral("entries[%1]").arg(i));
        ++duplicates;
    }
    qint64 received = 0;
    SalesProjection projection(m_mirror);
    for (size_t i = size_t(duplicates); i < entries.size(); ++i) {
        if (auto r = m_ledger.append(terminal, entries[i], digests[i], receivedAt); !r)
            return r.error();
        // Only what is stored now counts: a replay never reaches this line.
        if (auto p = projection.project(terminal, entries[i]); !p)
            return p.error();
        ++received;
    }
    return QJsonObject{{QStringLiteral("acked"), qMax(*acked, entries.back().seq)},
                       {QStringLiteral("received"), received},
                       {QStringLiteral("duplicates"), duplicates}};
}

} // namespace tessera
