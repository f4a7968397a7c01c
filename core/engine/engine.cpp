// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include "crypto/keyring.h"
#include "crypto/sha256.h"
#include "engine/answersheet.h"
#include "engine/batchapplier.h"
#include "engine/pendingcommand.h"
#include "engine/writerlock.h"
#include "sales/ticketcredentials.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "tickets/ticketkeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <future>

#include <pthread.h>

namespace tessera {

namespace {

Result<QString> ensureTerminalId(SqliteDb &db, const QString &wanted, RandomSource &random)
{
    auto read = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'terminal_id'"));
    if (!read)
        return read.error();
    auto row = read->step();
    if (!row)
        return row.error();
    if (*row) {
        const QString id = read->columnText(0);
        read->reset();
        return id;
    }
    const QString id = wanted.isEmpty() ? QStringLiteral("T") + random.hex(3).toUpper() : wanted;
    auto write =
        db.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('terminal_id', ?)"));
    if (!write)
        return write.error();
    write->bind(1, id);
    if (auto r = write->run(); !r)
        return r.error();
    return id;
}

} // namespace

Result<std::unique_ptr<Engine>> Engine::open(const EngineOptions &options)
{
    std::unique_ptr<Engine> engine(new Engine);
    engine->m_path = options.path;
    engine->m_maxBatch = qMax(1, options.maxBatch);
    // Nothing is opened, created or migrated before the lock is ours.
    auto lock = WriterLock::acquire(options.path);
    if (!lock)
        return lock.error();
    engine->m_lock = std::move(*lock);
    const Clock *clock = options.clock ? options.clock : &engine->m_systemClock;
    RandomSource *random = options.random ? options.random : &engine->m_secureRandom;

    auto db = SqliteDb::open(options.path);
    if (!db)
        return db.error();
    // The data key is found before anything is written (migrations included):
    // a wrong passphrase or a foreign key file leaves the file untouched.
    KeySource *keySource = options.keys;
    if (!keySource) {
        engine->m_ownedKeys =
            std::make_unique<KeyFileKeySource>(KeyFileKeySource::defaultPath(options.path));
        keySource = engine->m_ownedKeys.get();
    }
    auto keys = KeyRing::open(*db, *keySource);
    if (!keys)
        return keys.error();
    engine->m_keys = std::move(*keys);
    if (auto r = Schema::migrate(*db); !r)
        return r.error();
    if (auto r = engine->m_keys->prepare(*db); !r)
        return r.error();
    auto terminal = ensureTerminalId(*db, options.terminalId, *random);
    if (!terminal)
        return terminal.error();
    engine->m_terminalId = *terminal;
    engine->m_shiftRule = options.shiftRule;
    auto ticketKey = loadOrCreateTicketKey(*db, *engine->m_keys->keyFor(*db));
    if (!ticketKey)
        return ticketKey.error();
    engine->m_ticketKey.emplace(std::move(*ticketKey));

    BatchApplier::Setup setup;
    setup.path = options.path;
    setup.terminalId = engine->m_terminalId;
    setup.clock = clock;
    setup.random = random;
    setup.keys = engine->m_keys.get();
    setup.ticketKey = &*engine->m_ticketKey;
    // Always there: the box office's setting may turn it on or off.
    setup.pendingOrderTtlMs = options.pendingOrderTtlMs;
    setup.maxPageCount = options.maxPageCount;
    setup.shiftRule = options.shiftRule;
    auto applier = BatchApplier::create(std::move(*db), setup);
    if (!applier)
        return applier.error();
    engine->m_applier = std::move(*applier);
    engine->m_journalSeq = engine->m_applier->seq();
    engine->m_completionThread = std::thread([e = engine.get()] { e->completionLoop(); });
    engine->m_thread = std::thread([e = engine.get()] { e->writerLoop(); });
    return engine;
}

std::shared_ptr<const DataKey> Engine::dataKey(SqliteDb &reader) const
{
    return m_keys->keyFor(reader);
}

Engine::~Engine()
{
    stop();
    m_applier.reset();
    m_lock.reset();
}

void Engine::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    {
        std::lock_guard lock(m_completionMutex);
        m_completionStopping = true;
    }
    m_completionWake.notify_all();
    if (m_completionThread.joinable())
        m_completionThread.join();
    if (m_applier)
        m_applier->shutdown();
}

EngineStats Engine::stats() const
{
    return EngineStats{m_batches.load(), m_commands.load(), m_journalSeq.load(),
                       m_applier ? m_applier->transactions() : 0,
                       m_applier ? m_applier->batchesAppliedAgain() : 0};
}

void Engine::submit(CommandRequest request, CommandCallback callback)
{
    auto refuse = [&](Error error) {
        CommandOutcome refused;
        refused.result = std::move(error);
        callback(std::move(refused));
    };
    if (!request.command)
        return refuse(fail(ErrorCode::InvalidInput, tr("No command was given.")));
    if (request.idempotencyKey.trimmed().isEmpty())
        return refuse(fail(ErrorCode::MissingField, tr("Every change needs an idempotency key."),
                           QStringLiteral("idempotency_key")));
    PendingCommand pending;
    // Serialising, hashing and sealing happen here, on the caller's thread,
    // to keep the writer's critical path short.
    pending.payload = request.command->toJsonBytes();
    pending.kind = request.command->kind().toUtf8();
    pending.hash = Sha256::digest({pending.kind, "\n", pending.payload});
    pending.key = request.idempotencyKey.toUtf8();
    pending.keyHash = IdempotencyFilter::hashOf(request.idempotencyKey);
    if (!request.actor.isNull()) // empty is not null: stored as '', not NULL
        pending.actor = request.actor.isEmpty() ? QByteArray("") : request.actor.toUtf8();
    if (DataKeyPtr key = m_keys ? m_keys->newest() : DataKeyPtr()) {
        request.command->seal(key);
        const QByteArray index = request.command->privateRequestIndex(*key);
        pending.sealedHash = index.isEmpty() ? pending.hash : Sha256::digest({pending.hash, index});
        pending.sealedWith = std::move(key);
    }
    pending.request = std::move(request);
    pending.callback = std::move(callback);
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue->push_back(std::move(pending));
            if (m_queue->size() == 1)
                m_wake.notify_one();
            return;
        }
    }
    CommandOutcome stopped;
    stopped.result = fail(ErrorCode::EngineStopped, tr("The engine has stopped."));
    pending.callback(std::move(stopped));
}

CommandOutcome Engine::execute(CommandRequest request)
{
    std::promise<CommandOutcome> promise;
    auto future = promise.get_future();
    submit(std::move(request),
           [&promise](CommandOutcome outcome) { promise.set_value(std::move(outcome)); });
    return future.get();
}

CommandOutcome Engine::execute(std::unique_ptr<Command> command, const QString &idempotencyKey,
                               const QString &actor)
{
    return execute(CommandRequest{std::move(command), idempotencyKey, actor});
}

void Engine::writerLoop()
{
    pthread_setname_np(pthread_self(), "tessera-writer");
    BatchApplier &applier = *m_applier;
    int current = 0;
    for (;;) {
        // Sleep until a command comes, or the next hold or unpaid order runs
        // out. The wait is capped at a second because the clock may jump (or
        // be a test's); a wake with nothing due reads the clock and nothing else.
        const std::optional<qint64> next = applier.nextExpiryMs();
        std::vector<PendingCommand> *batch = nullptr;
        {
            std::unique_lock lock(m_mutex);
            auto ready = [this] { return m_stopping || !m_queue->empty(); };
            if (!next) {
                m_wake.wait(lock, ready);
            } else {
                const qint64 waitMs = std::clamp<qint64>(*next - applier.now(), 0, 1000);
                m_wake.wait_for(lock, std::chrono::milliseconds(waitMs), ready);
            }
            if (m_stopping && m_queue->empty())
                return;
            batch = m_queue;
            current ^= 1;
            m_queue = &m_queues[current];
        }
        applyInSlices(*batch);
        batch->clear();
    }
}

void Engine::applyInSlices(std::vector<PendingCommand> &batch)
{
    if (batch.empty()) {
        m_applier->apply(batch); // expiries only, if any are due
        m_journalSeq.store(m_applier->seq(), std::memory_order_relaxed);
        return;
    }
    // A batch larger than maxBatch is applied in slices, each its own commit.
    for (size_t i = 0; i < batch.size(); i += size_t(m_maxBatch)) {
        const size_t end = qMin(batch.size(), i + size_t(m_maxBatch));
        const bool whole = i == 0 && end == batch.size();
        std::vector<PendingCommand> slice;
        if (whole)
            slice.swap(batch); // the usual case: the whole batch, nothing moved one by one
        else
            slice.assign(std::make_move_iterator(batch.begin() + qsizetype(i)),
                         std::make_move_iterator(batch.begin() + qsizetype(end)));
        m_applier->apply(slice);
        AnswerSheet answers = m_applier->takeAnswers();
        m_batches.fetch_add(1, std::memory_order_relaxed);
        m_commands.fetch_add(qint64(slice.size()), std::memory_order_relaxed);
        m_journalSeq.store(m_applier->seq(), std::memory_order_relaxed);
        {
            std::lock_guard lock(m_completionMutex);
            m_completedAnswers.push_back(std::move(answers));
            // Swapped, not assigned: the slice takes the emptied vector the
            // answering thread handed back, and it becomes the queue again
            // below, so the callers never grow a queue from nothing (a
            // megabyte of commands moved at each doubling, under m_mutex).
            if (m_completed.empty())
                m_completed.swap(slice);
            else
                std::move(slice.begin(), slice.end(), std::back_inserter(m_completed));
        }
        m_completionWake.notify_one();
        if (whole) {
            slice.clear();
            batch.swap(slice);
        }
    }
}

void Engine::completionLoop()
{
    pthread_setname_np(pthread_self(), "tessera-answers");
    // Waking this thread must not take the writer's CPU from it: a batch's
    // answers wait for the writer's next sleep or the other core, instead of
    // the writer (the one serial resource) waiting for them.
    sched_param batch{};
    pthread_setschedparam(pthread_self(), SCHED_BATCH, &batch);
    std::vector<PendingCommand> done;
    std::vector<AnswerSheet> answers;
    for (;;) {
        {
            std::unique_lock lock(m_completionMutex);
            m_completionWake.wait(lock,
                                  [this] { return m_completionStopping || !m_completed.empty(); });
            if (m_completed.empty() && m_completionStopping)
                return;
            done.swap(m_completed);
            answers.swap(m_completedAnswers);
        }
        for (PendingCommand &p : done) {
            CommandOutcome outcome;
            outcome.journalSeq = p.journalSeq;
            outcome.replayed = p.replayed;
            if (p.error) {
                outcome.result = std::move(*p.error);
            } else {
                // A copy of its own: the answer is a view of a sheet dropped below.
                const QByteArray &kept = p.answerJson.isEmpty() ? p.resultJson : p.answerJson;
                outcome.result = CommandAnswer::fromJson(
                    p.codes.isEmpty() ? QByteArray(kept.constData(), kept.size())
                                      : TicketCredentials::withCodes(kept, p.codes));
            }
            p.callback(std::move(outcome));
        }
        done.clear();
        answers.clear();
    }
}

} // namespace tessera
