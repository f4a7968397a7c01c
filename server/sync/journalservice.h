// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engine/command.h"
#include "sync/journalbatch.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QThreadPool>

#include <functional>

class QObject;

namespace tessera {

class Clock;
class Engine;
class SqliteDb;
struct TerminalIdentity;

// Journal up: a terminal ships its journal in order, in batches, and resumes
// from what the server acknowledged.
//   POST /v1/journal      {"entries": […]} → {"acked", "received", "duplicates"}
//   GET  /v1/journal/ack[?local=N]  → {"acked"}; N: the terminal's journal end
// It also remembers, in memory, when each terminal was last heard from and
// how far its own journal goes, for `tessera-server terminals` (backlog, lag);
// after a restart, until a terminal calls again, its last stored batch says
// when it was last heard from (its backlog is unknown until it calls).
class JournalService
{
public:
    JournalService(Engine &engine, SqliteDb &reader, const Clock &clock);
    ~JournalService();

    using Answer = std::function<void(const Result<QJsonObject> &)>;
    using Body = std::function<Result<QJsonObject>()>;

    Result<QJsonObject> ingest(const TerminalIdentity &terminal, const QJsonObject &body);
    // The same without waiting. The body is parsed and checked on a thread
    // of this service's pool (neither the HTTP thread nor the writer), then
    // queued on the engine; `answer` runs on `context`'s thread (this
    // service's) once the batch is durable or refused. Batches from many
    // terminals are read in parallel and share the writer's commits.
    // `text` is read by JournalBatchText first; only when that is not sure
    // is `body` (the JSON parsed the general way) asked for.
    void ingest(const TerminalIdentity &terminal, QByteArray text, Body body, QObject *context,
                Answer answer);
    Result<qint64> acknowledged(qint64 terminalId);
    // The terminal called now; `localEnd` < 0 when it did not say.
    void noteSeen(qint64 terminalId, qint64 localEnd = -1);
    // Every terminal: name, venue, state, acked, and where heard from
    // (local_end, backlog, last_seen, lag_s) when this server has heard it.
    Result<QJsonArray> terminals();

private:
    struct Prepared
    {
        std::unique_ptr<Command> command;
        QString key;
        qint64 count = 0;
    };
    // Pure (any thread): the batch parsed, its command and idempotency key.
    static Result<Prepared> prepare(qint64 terminalId, const QJsonObject &body);
    static Prepared prepare(qint64 terminalId, std::vector<ShippedEntry> entries);
    Result<QJsonObject> answerFor(qint64 terminalId, qint64 count, const CommandOutcome &outcome);

    struct Seen
    {
        qint64 atMs = 0;
        qint64 localEnd = -1;
    };
    Engine &m_engine;
    SqliteDb &m_reader;
    const Clock &m_clock;
    QHash<qint64, Seen> m_seen;
    bool m_hasCardAllocations = false;
    QThreadPool m_parsers;
    // Pool work still running submits to the engine: finished before the
    // server's event loop returns and the engine is stopped.
    QMetaObject::Connection m_drainOnQuit;
};

} // namespace tessera
