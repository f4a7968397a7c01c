// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/journalservice.h"

#include "common/clock.h"
#include "engine/engine.h"
#include "storage/sqlitedb.h"
#include "sync/ingestjournalcommand.h"
#include "terminals/terminaltokens.h"

#include <QDateTime>
#include <QObject>

namespace tessera {

Result<JournalService::Prepared> JournalService::prepare(const TerminalIdentity &terminal,
                                                         const QJsonObject &body)
{
    auto entries = JournalBatch::parse(body);
    if (!entries)
        return entries.error();
    const qint64 first = entries->front().seq;
    const qint64 last = entries->back().seq;
    auto command = std::make_unique<IngestJournalCommand>(terminal.id, std::move(*entries));
    // The same batch again has the same key: the engine answers it from its
    // journal, and answerFor() says where the server stands now.
    const QString key = QStringLiteral("journal:%1:%2:%3:%4")
                            .arg(terminal.id)
                            .arg(first)
                            .arg(last)
                            .arg(command->digestHex().left(16));
    noteSeen(terminal.id);
    return Prepared{std::move(command), key, last - first + 1};
}

Result<QJsonObject> JournalService::answerFor(qint64 terminalId, qint64 count,
                                              const CommandOutcome &outcome)
{
    Result<QJsonObject> answer = outcome.result;
    if (!answer || !outcome.replayed)
        return answer;
    auto acked = acknowledged(terminalId);
    if (!acked)
        return acked.error();
    return QJsonObject{{QStringLiteral("acked"), *acked},
                       {QStringLiteral("received"), 0},
                       {QStringLiteral("duplicates"), count}};
}

Result<QJsonObject> JournalService::ingest(const TerminalIdentity &terminal,
                                           const QJsonObject &body)
{
    auto prepared = prepare(terminal, body);
    if (!prepared)
        return prepared.error();
    const CommandOutcome outcome = m_engine.execute(std::move(prepared->command), prepared->key);
    return answerFor(terminal.id, prepared->count, outcome);
}

void JournalService::ingest(const TerminalIdentity &terminal, const QJsonObject &body,
                            QObject *context, Answer answer)
{
    auto prepared = prepare(terminal, body);
    if (!prepared)
        return answer(prepared.error());
    const qint64 terminalId = terminal.id;
    const qint64 count = prepared->count;
    // The engine answers on its own thread; the replay's look-up and the
    // reply belong to this service's thread (its reader, the socket).
    m_engine.submit(
        CommandRequest(std::move(prepared->command), prepared->key),
        [this, context, terminalId, count, answer = std::move(answer)](CommandOutcome outcome) {
            QMetaObject::invokeMethod(
                context,
                [this, terminalId, count, answer, outcome = std::move(outcome)] {
                    answer(answerFor(terminalId, count, outcome));
                },
                Qt::QueuedConnection);
        });
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

void JournalService::noteSeen(qint64 terminalId, qint64 localEnd)
{
    Seen &seen = m_seen[terminalId];
    seen.atMs = m_clock.nowMs();
    if (localEnd >= 0)
        seen.localEnd = localEnd;
}

Result<QJsonArray> JournalService::terminals()
{
    auto stmt = m_reader.prepare(QStringLiteral(
        "SELECT t.id, t.name, t.venue_id, COALESCE(t.enrolled_at, 0), COALESCE(t.revoked_at, 0), "
        "(SELECT COALESCE(MAX(seq), 0) FROM terminal_journal j WHERE j.terminal_id = t.id) "
        "FROM server_terminals t ORDER BY t.name"));
    if (!stmt)
        return stmt.error();
    const qint64 now = m_clock.nowMs();
    auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    };
    QJsonArray out;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        const qint64 id = s.columnInt(0);
        const qint64 enrolled = s.columnInt(3);
        const qint64 revoked = s.columnInt(4);
        const qint64 acked = s.columnInt(5);
        QJsonObject t{{QStringLiteral("terminal"), s.columnText(1)},
                      {QStringLiteral("terminal_id"), id},
                      {QStringLiteral("venue"), s.columnInt(2)},
                      {QStringLiteral("state"), revoked    ? QStringLiteral("revoked")
                                                : enrolled ? QStringLiteral("enrolled")
                                                           : QStringLiteral("code issued")},
                      {QStringLiteral("acked"), acked}};
        if (enrolled)
            t.insert(QStringLiteral("enrolled_at"), iso(enrolled));
        if (revoked)
            t.insert(QStringLiteral("revoked_at"), iso(revoked));
        const auto seen = m_seen.constFind(id);
        if (seen != m_seen.cend()) {
            t.insert(QStringLiteral("last_seen"), iso(seen->atMs));
            t.insert(QStringLiteral("lag_s"), (now - seen->atMs) / 1000);
            if (seen->localEnd >= 0) {
                t.insert(QStringLiteral("local_end"), seen->localEnd);
                t.insert(QStringLiteral("backlog"), qMax<qint64>(0, seen->localEnd - acked));
            }
        }
        out.push_back(t);
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace tessera
