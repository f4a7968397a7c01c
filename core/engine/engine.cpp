// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/randomsource.h"
#include "crypto/keyring.h"
#include "crypto/sha256.h"
#include "engine/inventory.h"
#include "engine/writecontext.h"
#include "sales/holdrelease.h"
#include "sales/pendingorderexpiry.h"
#include "staff/staffdirectory.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "storage/walcheckpointer.h"
#include "tickets/ticketkeys.h"

#include <QCoreApplication>
#include <QJsonDocument>

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

struct Engine::Pending
{
    CommandRequest request;
    QByteArray payload;
    QByteArray hash;
    CommandCallback callback;
    // Filled by the writer: the journalled answer, or why it was refused.
    QByteArray resultJson;
    std::optional<Error> error;
    qint64 journalSeq = 0;
    bool replayed = false;
};

// Everything that lives on the writer thread.
struct Engine::Writer
{
    SqliteDb db;
    SystemClock systemClock;
    SecureRandom secureRandom;
    const Clock *clock = nullptr;
    RandomSource *random = nullptr;
    std::unique_ptr<InventoryCache> inventory;
    std::unique_ptr<StaffDirectory> staff;
    std::optional<AuditLog> audit;
    std::unique_ptr<WriteContext> context;
    std::unique_ptr<WalCheckpointer> checkpointer;
    std::optional<PendingOrderExpiry> pendingOrders;
    qint64 seq = 0;
    std::vector<Pending> queues[2];
};

Result<std::unique_ptr<Engine>> Engine::open(const EngineOptions &options)
{
    std::unique_ptr<Engine> engine(new Engine);
    engine->m_path = options.path;
    engine->m_maxBatch = qMax(1, options.maxBatch);
    engine->m_writer = std::make_unique<Writer>();
    Writer &w = *engine->m_writer;
    w.clock = options.clock ? options.clock : &w.systemClock;
    w.random = options.random ? options.random : &w.secureRandom;

    auto db = SqliteDb::open(options.path);
    if (!db)
        return db.error();
    w.db = std::move(*db);
    // The data key is found before anything is written (migrations included):
    // a wrong passphrase or a foreign key file leaves the file untouched.
    KeySource *keySource = options.keys;
    if (!keySource) {
        engine->m_ownedKeys =
            std::make_unique<KeyFileKeySource>(KeyFileKeySource::defaultPath(options.path));
        keySource = engine->m_ownedKeys.get();
    }
    auto keys = KeyRing::open(w.db, *keySource);
    if (!keys)
        return keys.error();
    engine->m_keys = std::move(*keys);
    if (auto r = Schema::migrate(w.db); !r)
        return r.error();
    if (auto r = engine->m_keys->prepare(w.db); !r)
        return r.error();
    auto terminal = ensureTerminalId(w.db, options.terminalId, *w.random);
    if (!terminal)
        return terminal.error();
    engine->m_terminalId = *terminal;

    auto maxSeq = w.db.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal"));
    if (!maxSeq)
        return maxSeq.error();
    if (auto row = maxSeq->step(); !row)
        return row.error();
    w.seq = maxSeq->columnInt(0);
    maxSeq->reset();
    engine->m_journalSeq = w.seq;

    auto ticketKey = loadOrCreateTicketKey(w.db, *engine->m_keys->keyFor(w.db));
    if (!ticketKey)
        return ticketKey.error();
    engine->m_ticketKey.emplace(std::move(*ticketKey));

    auto audit = AuditLog::open(
        w.db, [keys = engine->m_keys.get(), db = &w.db] { return keys->keyFor(*db); }, *w.clock);
    if (!audit)
        return audit.error();
    w.audit.emplace(std::move(*audit));

    w.inventory = std::make_unique<InventoryCache>(w.db);
    w.staff = std::make_unique<StaffDirectory>(w.db);
    w.context = std::make_unique<WriteContext>(w.db, *w.inventory, *w.staff, *w.clock, *w.random,
                                               engine->m_terminalId);
    w.context->setTicketKey(&*engine->m_ticketKey);
    w.context->setKeyRing(engine->m_keys.get());
    w.checkpointer = std::make_unique<WalCheckpointer>(options.path, w.db.handle());
    // Always there: the box office's setting may turn it on or off.
    w.pendingOrders.emplace(qMax<qint64>(0, options.pendingOrderTtlMs));
    engine->m_queue = &w.queues[0];
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
    if (m_writer) {
        m_writer->checkpointer.reset();
        if (m_writer->context)
            m_writer->context->clearStatements();
    }
}

EngineStats Engine::stats() const
{
    return EngineStats{m_batches.load(), m_commands.load(), m_journalSeq.load()};
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
    Pending pending;
    // Serialising and hashing happen here, on the caller's thread, to keep
    // the writer's critical path short.
    pending.payload = request.command->toJsonBytes();
    pending.hash = Sha256::digest({request.command->kind().toUtf8(), "\n", pending.payload});
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
    Writer &w = *m_writer;
    int current = 0;
    for (;;) {
        std::vector<Pending> *batch = nullptr;
        {
            std::unique_lock lock(m_mutex);
            // Wake at least every 250 ms so expired holds come back by themselves.
            m_wake.wait_for(lock, std::chrono::milliseconds(250),
                            [this] { return m_stopping || !m_queue->empty(); });
            if (m_stopping && m_queue->empty())
                return;
            batch = m_queue;
            current ^= 1;
            m_queue = &w.queues[current];
        }
        // A batch larger than maxBatch is applied in slices, each its own commit.
        for (size_t i = 0; i < batch->size() || i == 0; i += size_t(m_maxBatch)) {
            const size_t end = qMin(batch->size(), i + size_t(m_maxBatch));
            std::vector<Pending> slice(std::make_move_iterator(batch->begin() + qsizetype(i)),
                                       std::make_move_iterator(batch->begin() + qsizetype(end)));
            applyBatch(slice);
            std::lock_guard lock(m_completionMutex);
            if (m_completed.empty())
                m_completed = std::move(slice);
            else
                std::move(slice.begin(), slice.end(), std::back_inserter(m_completed));
            m_completionWake.notify_one();
        }
        batch->clear();
    }
}

void Engine::completionLoop()
{
    pthread_setname_np(pthread_self(), "tessera-answers");
    std::vector<Pending> done;
    for (;;) {
        {
            std::unique_lock lock(m_completionMutex);
            m_completionWake.wait(lock,
                                  [this] { return m_completionStopping || !m_completed.empty(); });
            if (m_completed.empty() && m_completionStopping)
                return;
            done.swap(m_completed);
        }
        for (Pending &p : done) {
            CommandOutcome outcome;
            outcome.journalSeq = p.journalSeq;
            outcome.replayed = p.replayed;
            if (p.error)
                outcome.result = std::move(*p.error);
            else
                outcome.result = CommandAnswer::fromJson(std::move(p.resultJson));
            p.callback(std::move(outcome));
        }
        done.clear();
    }
}

void Engine::applyBatch(std::vector<Pending> &batch)
{
    Writer &w = *m_writer;
    WriteContext &ctx = *w.context;
    const qint64 firstSeq = w.seq;
    std::optional<Error> batchError;

    auto journal = [&](const QString &kind, const QString &key, const QByteArray &hash,
                       const QByteArray &payload, const QByteArray &result,
                       const QString &actor) -> Result<qint64> {
        const qint64 seq = w.seq + 1;
        auto r = ctx.run("INSERT INTO journal(seq, kind, idem_key, request_hash, payload, "
                         "result, actor, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                         [&](SqliteStatement &s) {
                             // The bytes outlive run(), which resets the statement.
                             s.bind(1, seq).bind(2, kind).bind(3, key).bindBlobNoCopy(4, hash);
                             s.bindTextNoCopy(5, payload).bindTextNoCopy(6, result);
                             s.bindOptional(7, actor).bind(8, ctx.now());
                         });
        if (!r)
            return r.error();
        w.seq = seq;
        return seq;
    };

    // What the writer does by itself (an expiry), journalled as `system` with
    // a request naming the hold or order and a key that can happen only once.
    auto journalSystem = [&](const QString &kind, const QString &field, qint64 id,
                             const QByteArray &result) -> Result<qint64> {
        const QByteArray payload =
            QJsonDocument(QJsonObject{{field, id}}).toJson(QJsonDocument::Compact);
        return journal(kind, QStringLiteral("system:%1:%2").arg(kind).arg(id),
                       Sha256::digest({payload}), payload, result, QStringLiteral("system"));
    };

    if (auto begun = w.db.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        batchError = begun.error();

    // Holds that ran out come back on sale before anything else is decided.
    if (!batchError) {
        auto due = w.inventory->dueHolds(ctx.now());
        if (!due)
            batchError = due.error();
        for (const qint64 holdId : due ? *due : std::vector<qint64>()) {
            ctx.setActor(QStringLiteral("system"));
            auto released = releaseHold(ctx, holdId, HoldEnd::Expired);
            if (!released) {
                batchError = released.error();
                break;
            }
            auto seq = journalSystem(QStringLiteral("expire_hold"), QStringLiteral("hold"), holdId,
                                     CommandResult(*released).json);
            if (!seq) {
                batchError = seq.error();
                break;
            }
        }
    }

    // So do pending orders that nobody paid.
    if (!batchError) {
        auto due = w.pendingOrders->due(ctx);
        if (!due)
            batchError = due.error();
        for (const qint64 orderId : due ? *due : std::vector<qint64>()) {
            ctx.setActor(QStringLiteral("system"));
            ctx.setApprovedBy({});
            auto expired = w.pendingOrders->expire(ctx, orderId);
            if (!expired) {
                batchError = expired.error();
                break;
            }
            if (expired->isEmpty())
                continue;
            auto seq = journalSystem(QStringLiteral("expire_order"), QStringLiteral("order"),
                                     orderId, CommandResult(*expired).json);
            if (!seq) {
                batchError = seq.error();
                break;
            }
        }
    }

    for (Pending &p : batch) {
        if (batchError)
            break;
        auto lookup = ctx.statement("SELECT kind, request_hash, result, seq FROM journal "
                                    "WHERE idem_key = ?");
        if (!lookup) {
            batchError = lookup.error();
            break;
        }
        SqliteStatement &s = **lookup;
        s.bind(1, p.request.idempotencyKey);
        auto row = s.step();
        if (!row) {
            batchError = row.error();
            break;
        }
        if (*row) {
            if (s.columnText(0) == p.request.command->kind() && s.columnBlob(1) == p.hash) {
                p.resultJson = s.columnBlob(2);
                p.journalSeq = s.columnInt(3);
                p.replayed = true;
            } else {
                p.error = fail(ErrorCode::IdempotencyConflict,
                               tr("This idempotency key was already used for a different "
                                  "request."),
                               p.request.idempotencyKey);
            }
            s.reset();
            continue;
        }
        auto authorized = w.staff->authorize(p.request.actor, p.request.overrideBy,
                                             p.request.command->requiredPermission(), ctx.now());
        if (!authorized) {
            p.error = authorized.error();
            continue;
        }
        ctx.setActor(p.request.actor);
        ctx.setApprovedBy(*authorized ? p.request.overrideBy : QString());
        auto applied = p.request.command->apply(ctx);
        if (!applied) {
            if (applied.error().code == ErrorCode::StorageError) {
                batchError = applied.error();
                break;
            }
            p.error = applied.error();
            continue;
        }
        p.resultJson = std::move(applied->json);
        // Sensitive actions, and every override with both names, go to the
        // hash-chained audit log in the same transaction.
        const Command &command = *p.request.command;
        if (*authorized || !command.auditAction().isEmpty()) {
            QJsonObject details = command.auditDetails();
            if (*authorized)
                details.insert(QStringLiteral("approved_by"), p.request.overrideBy);
            const QString subject = command.kind() + QLatin1Char(' ') + p.request.idempotencyKey;
            if (*authorized) {
                auto entry = w.audit->append(ctx.now(), p.request.actor, QStringLiteral("override"),
                                             subject, details);
                if (!entry) {
                    batchError = entry.error();
                    break;
                }
            }
            if (!command.auditAction().isEmpty()) {
                auto entry = w.audit->append(ctx.now(), p.request.actor, command.auditAction(),
                                             subject, details);
                if (!entry) {
                    batchError = entry.error();
                    break;
                }
            }
        }
        auto seq = journal(p.request.command->kind(), p.request.idempotencyKey, p.hash, p.payload,
                           p.resultJson, p.request.actor);
        if (!seq) {
            batchError = seq.error();
            break;
        }
        p.journalSeq = *seq;
    }

    if (!batchError) {
        if (auto r = ctx.flushInventory(); !r)
            batchError = r.error();
    }
    if (!batchError) {
        if (auto r = w.db.exec(QStringLiteral("COMMIT")); !r)
            batchError = r.error();
    }
    if (batchError) {
        // Nothing of this batch is on disk: roll back, forget what memory
        // believed, and give the sequence numbers back.
        (void)w.db.exec(QStringLiteral("ROLLBACK"));
        w.inventory->clear();
        w.staff->clear();
        w.audit->reset();
        w.seq = firstSeq;
        for (Pending &p : batch) {
            p.error = *batchError;
            p.journalSeq = 0;
            p.replayed = false;
        }
    }
    m_batches.fetch_add(1, std::memory_order_relaxed);
    m_commands.fetch_add(qint64(batch.size()), std::memory_order_relaxed);
    m_journalSeq.store(w.seq, std::memory_order_relaxed);
}

} // namespace tessera
