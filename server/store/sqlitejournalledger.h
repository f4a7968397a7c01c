// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/journalledger.h"

namespace tessera {

class WriteContext;

// JournalLedger in the server's SQLite file, on the writer's connection:
//   terminal_journal(terminal_id, seq, kind, idem_key, request_hash, payload,
//                    result, actor, created_at, received_at, digest)
// (created by TerminalCommands' schema with the terminals).
class SqliteJournalLedger final : public JournalLedger
{
public:
    explicit SqliteJournalLedger(WriteContext &ctx)
        : m_ctx(ctx)
    {}

    Result<qint64> acknowledged(qint64 terminal) override;
    Result<QByteArray> digestAt(qint64 terminal, qint64 seq) override;
    Result<void> append(qint64 terminal, const ShippedEntry &entry, const QByteArray &digest,
                        qint64 receivedAt) override;
    Result<qint64> forEachEntry(
        const std::function<Result<void>(qint64 terminal, const ShippedEntry &)> &visit) override;

private:
    WriteContext &m_ctx;
};

} // namespace tessera
