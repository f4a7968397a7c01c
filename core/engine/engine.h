// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/clock.h"
#include "common/randomsource.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "engine/command.h"
#include "shift/shiftrule.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tessera {

class DataKey;
class KeyRing;
class KeySource;
class SqliteDb;
// The engine's internals, defined in core/private/engine: not for callers.
class AnswerSheet;
class BatchApplier;
class WriterLock;
struct PendingCommand;

struct EngineOptions
{
    QString path;
    // Used when the file is created; an existing file keeps its own id.
    QString terminalId;
    const Clock *clock = nullptr;   // default: the system clock
    RandomSource *random = nullptr; // default: OpenSSL
    // Most commands applied in one transaction (one fsync).
    int maxBatch = 8192;
    // Where the data key (card keys, customers' details) is kept; nullptr: a
    // key file next to the database (KeyFileKeySource, `<path>.key`). Must
    // outlive the engine.
    KeySource *keys = nullptr;
    // A pending counter order with nothing paid and no payment of unknown
    // outcome is cancelled this long after it was created and after its last
    // payment attempt (sales/pendingorderexpiry.h), unless the box office set
    // its own wait (sales/pendingorderwait.h); 0: never.
    qint64 pendingOrderTtlMs = 30 * 60 * 1000;
    // The most pages the file may grow to (PRAGMA max_page_count); 0: no
    // limit. A quota on the disk, and how tests fill the disk.
    qint64 maxPageCount = 0;
    // Which payments need an open shift on the terminal unless the box
    // office set its own rule (shift/shiftpolicy.h, "shift.required_for").
    ShiftRule shiftRule = ShiftRule::Cash;
};

struct EngineStats
{
    qint64 batches = 0;
    qint64 commands = 0;
    qint64 journalSeq = 0;
    // Write transactions begun: an idle writer begins none.
    qint64 transactions = 0;
    // Batches applied a second time, command by command, because one of
    // their commands failed after it had written.
    qint64 batchesAppliedAgain = 0;
};

// The one writer of a Tessera database: it holds the file's writer lock
// (WriterLock) for its lifetime, so a second engine on the same file, in this
// process or another, is refused with database_in_use naming the holder.
// Callers on any thread submit commands; the writer thread applies whatever
// has queued up in one transaction with synchronous=FULL (group commit,
// BatchApplier) and only then answers each caller, so an answer means the
// change is on disk. Refused commands leave no trace; a retried idempotency
// key is answered from the journal. An idle writer sleeps until the next hold
// or unpaid order runs out.
class Engine
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::Engine)

public:
    static Result<std::unique_ptr<Engine>> open(const EngineOptions &options);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // Thread-safe. The callback runs on the writer thread once the batch is
    // durable (or refused); keep it short.
    void submit(CommandRequest request, CommandCallback callback);
    // Blocks until the command's batch is durable.
    CommandOutcome execute(CommandRequest request);
    CommandOutcome execute(std::unique_ptr<Command> command, const QString &idempotencyKey,
                           const QString &actor = {});

    QString path() const { return m_path; }
    QString terminalId() const { return m_terminalId; }
    // EngineOptions::shiftRule: what applies while the box office set none.
    ShiftRule defaultShiftRule() const { return m_shiftRule; }
    // The organizer's ticket-signing key (signing is thread-safe).
    const Ed25519KeyPair &ticketKey() const { return *m_ticketKey; }
    // The data key as `reader` sees the database, for OrderQueries; hold on
    // to the pointer while reading. Thread-safe.
    std::shared_ptr<const DataKey> dataKey(SqliteDb &reader) const;
    EngineStats stats() const;
    // Finishes queued commands, then stops the writer. Later submissions are
    // refused with engine_stopped.
    void stop();

private:
    Engine() = default;
    void writerLoop();
    void completionLoop();
    void applyInSlices(std::vector<PendingCommand> &batch);

    QString m_path;
    QString m_terminalId;
    ShiftRule m_shiftRule = ShiftRule::Cash;
    // Held from before the file is opened until after it is closed.
    std::unique_ptr<WriterLock> m_lock;
    SystemClock m_systemClock;
    SecureRandom m_secureRandom;
    std::optional<Ed25519KeyPair> m_ticketKey;
    std::unique_ptr<KeySource> m_ownedKeys;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<BatchApplier> m_applier;
    std::thread m_thread;
    // Answers are parsed and handed to callers on their own thread, so the
    // writer goes straight on to the next batch.
    std::thread m_completionThread;
    std::mutex m_completionMutex;
    std::condition_variable m_completionWake;
    std::vector<PendingCommand> m_completed;
    // The sheets their answers are kept in (BatchApplier::takeAnswers).
    std::vector<AnswerSheet> m_completedAnswers;
    bool m_completionStopping = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<PendingCommand> m_queues[2];
    std::vector<PendingCommand> *m_queue = &m_queues[0];
    bool m_stopping = false;
    std::atomic<qint64> m_batches{0};
    std::atomic<qint64> m_commands{0};
    std::atomic<qint64> m_journalSeq{0};
    int m_maxBatch = 8192;
};

} // namespace tessera
