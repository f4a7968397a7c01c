// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engine/command.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

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
// how far its own journal goes, for `tessera-server terminals` (backlog, lag).
class JournalService
{
public:
    JournalService(Engine &engine, SqliteDb &reader, const Clock &clock)
        : m_engine(engine)
        , m_reader(reader)
        , m_clock(clock)
    {}

    using Answer = std::function<void(const Result<QJsonObject> &)>;

    Result<QJsonObject> ingest(const TerminalIdentity &terminal, const QJsonObject &body);
    // The same without waiting: the batch is parsed and checked here (off
    // the writer), queued on the engine, and `answer` runs on `context`'s
    // thread (this service's) once the batch is durable or refused. Batches
    // from many terminals then share one commit.
    void ingest(const TerminalIdentity &terminal, const QJsonObject &body, QObject *context,
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
    Result<Prepared> prepare(const TerminalIdentity &terminal, const QJsonObject &body);
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
};

} // namespace tessera
