// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"
#include "sync/journalbatch.h"

namespace tessera {

// Keeps a batch of one terminal's journal on the server: JournalIngest's
// rules over the server's SQLite storage (SqliteJournalLedger,
// SqliteSalesMirror), on the engine's writer. The server's own journal
// records the batch by range and digest, not the entries again.
class IngestJournalCommand final : public Command
{
public:
    IngestJournalCommand(qint64 terminalId, std::vector<ShippedEntry> entries);

    QString kind() const override { return QStringLiteral("ingest_journal"); }
    QJsonObject toJson() const override;
    // The terminal's token was checked by the route: the terminal writes
    // only its own journal.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;

    // The batch's digest (of its entries' digests), hex.
    QString digestHex() const { return QString::fromLatin1(m_digest.toHex()); }

private:
    qint64 m_terminalId;
    std::vector<ShippedEntry> m_entries;
    // Each entry's digest, made once on the caller's thread, not the writer's.
    std::vector<QByteArray> m_digests;
    QByteArray m_digest;
};

} // namespace tessera
