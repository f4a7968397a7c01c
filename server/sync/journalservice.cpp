// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/journalservice.h"

#include "engine/engine.h"
#include "storage/sqlitedb.h"
#include "sync/ingestjournalcommand.h"
#include "terminals/terminaltokens.h"

namespace tessera {

Result<QJsonObject> JournalService::ingest(const TerminalIdentity &terminal,
                                           const QJsonObject &body)
{
    auto entries = JournalBatch::parse(body);
    if (!entries)
        return entries.error();
    auto command = std::make_unique<IngestJournalCommand>(terminal.id, std::move(*entries));
    const QJsonObject request = command->toJson();
    // The same batch again has the same key: the engine answers it from its
    // journal, and the answer below says where the server stands now.
    const QString key = QStringLiteral("journal:%1:%2:%3:%4")
                            .arg(terminal.id)
                            .arg(request.value(QStringLiteral("first")).toInteger())
                            .arg(request.value(QStringLiteral("last")).toInteger())
                            .arg(request.value(QStringLiteral("digest")).toString().left(16));
    CommandOutcome outcome = m_engine.execute(std::move(command), key);
    Result<QJsonObject> answer = outcome.result;
    if (!answer)
        return answer;
    if (outcome.replayed) {
        auto acked = acknowledged(terminal.id);
        if (!acked)
            return acked.error();
        return QJsonObject{{QStringLiteral("acked"), *acked},
                           {QStringLiteral("received"), 0},
                           {QStringLiteral("duplicates"),
                            request.value(QStringLiteral("last")).toInteger() -
                                request.value(QStringLiteral("first")).toInteger() + 1}};
    }
    return answer;
}

Result<qint64> JournalService::acknowledged(qint64 terminalId)
{
    auto stmt = m_reader.prepare(
        QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM terminal_journal WHERE terminal_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, terminalId);
    qint64 acked = 0;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { acked = s.columnInt(0); }); !r)
        return r.error();
    return acked;
}

} // namespace tessera
