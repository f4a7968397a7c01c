// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ingestjournalcommand.h"

#include "crypto/sha256.h"
#include "engine/writecontext.h"
#include "store/sqlitejournalledger.h"
#include "store/sqlitesalesmirror.h"
#include "sync/journalingest.h"

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

Result<CommandResult> IngestJournalCommand::apply(WriteContext &ctx)
{
    SqliteJournalLedger ledger(ctx);
    SqliteSalesMirror mirror(ctx);
    auto answer =
        JournalIngest(ledger, mirror).ingest(m_terminalId, m_entries, m_digests, ctx.now());
    if (!answer)
        return answer.error();
    return *answer;
}

} // namespace tessera
