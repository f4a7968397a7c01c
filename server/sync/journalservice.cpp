// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/journalservice.h"

#include "common/clock.h"
#include "engine/engine.h"
#include "storage/sqlitedb.h"
#include "sync/ingestjournalcommand.h"
#include "sync/journalbatchtext.h"
#include "terminals/terminaltokens.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tessera {

namespace {

// The parsing threads work ahead of the engine's writer, which alone decides
// how fast batches are committed: on a busy machine they should not take its
// core. A nice value of 10 (weight ~1/10 of the writer's) still gives them
// their share when the machine has cores to spare. Linux keeps a nice value
// per thread.
void yieldToTheWriter()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
    }
#endif
}

} // namespace

JournalService::JournalService(Engine &engine, SqliteDb &reader, const Clock &clock)
    : m_engine(engine)
    , m_reader(reader)
    , m_clock(clock)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        m_drainOnQuit = QObject::connect(app, &QCoreApplication::aboutToQuit, app,
                                         [this] { m_parsers.waitForDone(); });
}

JournalService::~JournalService()
{
    QObject::disconnect(m_drainOnQuit);
    m_parsers.waitForDone();
}

Result<JournalService::Prepared> JournalService::prepare(qint64 terminalId, const QJsonObject &body)
{
    auto entries = JournalBatch::parse(body);
    if (!entries)
        return entries.error();
    return prepare(terminalId, std::move(*entries));
}

JournalService::Prepared JournalService::prepare(qint64 terminalId,
                                                 std::vector<ShippedEntry> entries)
{
    const qint64 first = entries.front().seq;
    const qint64 last = entries.back().seq;
    auto command = std::make_unique<IngestJournalCommand>(terminalId, std::move(entries));
    // The same batch again has the same key: the engine answers it from its
    // journal, and answerFor() says where the server stands now.
    const QString key = QStringLiteral("journal:%1:%2:%3:%4")
                            .arg(terminalId)
                            .arg(first)
                            .arg(last)
                            .arg(command->digestHex().left(16));
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
    noteSeen(terminal.id);
    auto prepared = prepare(terminal.id, body);
    if (!prepared)
        return prepared.error();
    const CommandOutcome outcome = m_engine.execute(std::move(prepared->command), prepared->key);
    return answerFor(terminal.id, prepared->count, outcome);
}

void JournalService::ingest(const TerminalIdentity &terminal, QByteArray text, Body body,
                            QObject *context, Answer answer)
{
    noteSeen(terminal.id);
    const qint64 terminalId = terminal.id;
    // The engine answers on its own thread; the replay's look-up and the
    // reply belong to this service's thread (its reader, the socket).
    auto finish = [this, context, terminalId, answer = std::move(answer)](qint64 count,
                                                                          CommandOutcome outcome) {
        QMetaObject::invokeMethod(
            context,
            [this, terminalId, count, answer, outcome = std::move(outcome)] {
                answer(answerFor(terminalId, count, outcome));
            },
            Qt::QueuedConnection);
    };
    m_parsers.start([this, terminalId, text = std::move(text), body = std::move(body),
                     finish = std::move(finish)] {
        yieldToTheWriter();
        auto entries = JournalBatchText::parse(text);
        // Not the usual shape: read the general way, which says what is wrong.
        auto json = entries ? Result<QJsonObject>(QJsonObject()) : body();
        Result<Prepared> prepared = entries
                                        ? Result<Prepared>(prepare(terminalId, std::move(*entries)))
                                    : json ? prepare(terminalId, *json)
                                           : Result<Prepared>(json.error());
        if (!prepared) {
            CommandOutcome refused;
            refused.result = prepared.error();
            return finish(0, std::move(refused));
        }
        const qint64 count = prepared->count;
        m_engine.submit(
            CommandRequest(std::move(prepared->command), prepared->key),
            [finish, count](CommandOutcome outcome) { finish(count, std::move(outcome)); });
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
    // Card keys given to each terminal, once the server has the table (it
    // never goes away: looked for until found, not on every listing).
    if (!m_hasCardAllocations) {
        auto has = m_reader.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = "
                                                   "'table' AND name = 'card_allocations'"));
        if (!has)
            return has.error();
        if (auto r = has->forEachRow([&](SqliteStatement &) { m_hasCardAllocations = true; }); !r)
            return r.error();
    }
    const bool cards = m_hasCardAllocations;
    auto stmt = m_reader.prepare(
        QStringLiteral(
            "SELECT t.id, t.name, t.venue_id, COALESCE(t.enrolled_at, 0), "
            "COALESCE(t.revoked_at, 0), "
            "(SELECT COALESCE(MAX(seq), 0) FROM terminal_journal j WHERE j.terminal_id = t.id), "
            "(SELECT received_at FROM terminal_journal j WHERE j.terminal_id = t.id "
            " ORDER BY seq DESC LIMIT 1), %1 "
            "FROM server_terminals t ORDER BY t.name")
            .arg(cards ? QStringLiteral("(SELECT COUNT(*) FROM card_allocations a WHERE "
                                        "a.terminal_id = t.id AND a.state < 2), (SELECT COUNT(*) "
                                        "FROM card_allocations a WHERE a.terminal_id = t.id AND "
                                        "a.state = 1)")
                       : QStringLiteral("0, 0")));
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
        // Heard since this server started, or else when its last batch was
        // stored: a restart does not make every terminal look silent.
        const auto seen = m_seen.constFind(id);
        const qint64 lastBatchMs = s.columnInt(6);
        const qint64 seenMs = seen != m_seen.cend() ? qMax(seen->atMs, lastBatchMs) : lastBatchMs;
        if (seenMs > 0) {
            t.insert(QStringLiteral("last_seen"), iso(seenMs));
            t.insert(QStringLiteral("lag_s"), (now - seenMs) / 1000);
        }
        // Card keys it holds (some perhaps sold offline), and of them those
        // being taken back.
        if (const qint64 held = s.columnInt(7); held > 0) {
            t.insert(QStringLiteral("card_keys"), held);
            t.insert(QStringLiteral("card_keys_taking_back"), s.columnInt(8));
        }
        if (seen != m_seen.cend() && seen->localEnd >= 0) {
            t.insert(QStringLiteral("local_end"), seen->localEnd);
            t.insert(QStringLiteral("backlog"), qMax<qint64>(0, seen->localEnd - acked));
        }
        out.push_back(t);
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace tessera
