// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/batchapplier.h"

#include "common/clock.h"
#include "crypto/keyring.h"
#include "crypto/sha256.h"
#include "replica/replicaguard.h"
#include "sales/holdrelease.h"
#include "sales/ticketcredentials.h"
#include "staff/permissiontable.h"
#include "storage/walcheckpointer.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <sqlite3.h>

namespace tessera {

namespace {

Q_LOGGING_CATEGORY(lcWriter, "tessera.engine.writer")

} // namespace

// The caches must forget a refused command's traces when it changed any of
// them or wrote a row; a refusal during validation leaves all three alone.
struct BatchApplier::Traces
{
    quint64 inventory = 0;
    quint64 staff = 0;
    sqlite3_int64 rows = 0;
    qint64 seq = 0;

    bool operator==(const Traces &) const = default;
};

BatchApplier::BatchApplier(SqliteDb db, const Setup &setup)
    : m_db(std::move(db))
    , m_clock(*setup.clock)
    , m_path(setup.path)
    , m_inventory(m_db)
    , m_staff(m_db)
    , m_pendingOrders(qMax<qint64>(0, setup.pendingOrderTtlMs))
{
    m_context = std::make_unique<WriteContext>(m_db, m_inventory, m_staff, *setup.clock,
                                               *setup.random, setup.terminalId);
    m_context->setTicketKey(setup.ticketKey);
    m_context->setKeyRing(setup.keys);
    m_context->setDefaultShiftRule(setup.shiftRule);
}

Result<std::unique_ptr<BatchApplier>> BatchApplier::create(SqliteDb db, const Setup &setup)
{
    std::unique_ptr<BatchApplier> applier(new BatchApplier(std::move(db), setup));
    if (setup.maxPageCount > 0) {
        if (auto r = applier->m_db.exec(
                QStringLiteral("PRAGMA max_page_count = %1").arg(setup.maxPageCount));
            !r)
            return r.error();
    }
    auto audit = AuditLog::open(
        applier->m_db, [keys = setup.keys, db = &applier->m_db] { return keys->keyFor(*db); },
        *setup.clock);
    if (!audit)
        return audit.error();
    applier->m_audit.emplace(std::move(*audit));
    auto seq = applier->readSeq();
    if (!seq)
        return seq.error();
    applier->m_seq = *seq;
    auto version = applier->readDataVersion();
    if (!version)
        return version.error();
    applier->m_dataVersion = *version;
    applier->loadSeenKeys();
    // The events on sale are read now, not by their first sale (a counter's
    // first customer would wait for a stadium's seats); a quarter of a
    // million seats at most, about a third of a second, the rest as sold.
    constexpr qint64 kWarmSeats = 250'000;
    if (auto r = applier->m_inventory.warm(applier->now(), kWarmSeats); !r)
        qCWarning(lcWriter, "events on sale not loaded ahead: %s",
                  qPrintable(r.error().toString()));
    applier->m_checkpointer = std::make_unique<WalCheckpointer>(setup.path, applier->m_db.handle());
    applier->refreshNextOrderExpiry();
    return applier;
}

BatchApplier::~BatchApplier()
{
    shutdown();
}

void BatchApplier::shutdown()
{
    m_checkpointer.reset();
    if (m_context)
        m_context->clearStatements();
}

qint64 BatchApplier::now() const
{
    return m_clock.nowMs();
}

Result<qint64> BatchApplier::readSeq()
{
    auto stmt = m_context->statement("SELECT COALESCE(MAX(seq), 0) FROM journal");
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const qint64 seq = (*stmt)->columnInt(0);
    (*stmt)->reset();
    return seq;
}

Result<qint64> BatchApplier::readDataVersion()
{
    auto stmt = m_context->statement("PRAGMA data_version");
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const qint64 version = (*stmt)->columnInt(0);
    (*stmt)->reset();
    return version;
}

void BatchApplier::loadSeenKeys()
{
    // Without it every command looks its key up on disk: slower, still right.
    if (auto r = m_seenKeys.load(m_db, m_seq); !r)
        qCWarning(lcWriter, "idempotency keys not loaded: %s", qPrintable(r.error().toString()));
}

void BatchApplier::forgetCaches()
{
    m_inventory.clear();
    m_staff.clear();
    m_context->forgetSettings();
    m_context->forgetKey();
    if (m_audit)
        m_audit->reset();
}

Result<void> BatchApplier::begin()
{
    if (auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r;
    m_transactions.fetch_add(1, std::memory_order_relaxed);
    // The writer lock keeps other engines out, but not the sqlite3 shell or
    // an older build: if the file changed since our last commit, what we hold
    // in memory (inventory, staff, the journal's end) may be stale.
    auto version = readDataVersion();
    if (!version)
        return version.error();
    if (*version != m_dataVersion) {
        qCWarning(lcWriter, "%s was changed by another connection; reloading", qPrintable(m_path));
        m_dataVersion = *version;
        forgetCaches();
        m_seenKeys.invalidate(); // the other connection may have journalled keys
        auto seq = readSeq();
        if (!seq)
            return seq.error();
        m_seq = *seq;
    }
    if (!m_seenKeys.isLoaded())
        loadSeenKeys();
    return {};
}

template<typename Step>
Result<void> BatchApplier::inSavepoint(Step &&step)
{
    const Traces before = traces();
    auto open = m_context->statement("SAVEPOINT command");
    if (!open)
        return open.error();
    if (auto r = (*open)->run(); !r)
        return r;
    Result<void> done = step();
    if (done)
        done = m_context->flushInventory();
    if (done) {
        auto release = m_context->statement("RELEASE command");
        if (!release)
            done = release.error();
        else
            done = (*release)->run();
    }
    if (done)
        return done;
    m_seq = before.seq;
    if (sqlite3_get_autocommit(m_db.handle()))
        return done; // SQLite rolled the whole transaction back: the caller sees it
    auto rollback = m_context->statement("ROLLBACK TO command");
    auto release = m_context->statement("RELEASE command");
    if (!rollback || !release || !(*rollback)->run() || !(*release)->run()) {
        // Without the savepoint nothing of this batch can be trusted.
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        forgetCaches();
        return done;
    }
    if (before.inventory != m_inventory.generation() || before.staff != m_staff.generation() ||
        before.rows != sqlite3_total_changes64(m_db.handle()) ||
        done.error().code == ErrorCode::StorageError)
        forgetCaches();
    return done;
}

BatchApplier::Traces BatchApplier::traces() const
{
    return {m_inventory.generation(), m_staff.generation(), sqlite3_total_changes64(m_db.handle()),
            m_seq};
}

Result<qint64> BatchApplier::journal(const JournalRow &row)
{
    const qint64 seq = m_seq + 1;
    WriteContext &ctx = *m_context;
    auto r = ctx.run("INSERT INTO journal(seq, kind, idem_key, request_hash, payload, "
                     "result, actor, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                     [&](SqliteStatement &s) {
                         // The bytes outlive run(), which resets the statement.
                         s.bind(1, seq).bindTextNoCopy(2, row.kind).bindTextNoCopy(3, row.key);
                         s.bindBlobNoCopy(4, row.hash).bindTextNoCopy(5, row.payload);
                         s.bindTextNoCopy(6, row.result);
                         row.actor.isNull() ? s.bindNull(7) : s.bindTextNoCopy(7, row.actor);
                         s.bind(8, ctx.now());
                     });
    if (!r)
        return r.error();
    m_seq = seq;
    m_seenKeys.add(row.keyHash); // when full, it grows by itself
    return seq;
}

// What the writer does by itself (an expiry), journalled as `system` with a
// request naming the hold or order and a key that can happen only once.
Result<qint64> BatchApplier::journalSystem(const QString &kind, const QString &field, qint64 id,
                                           const QByteArray &result)
{
    const QByteArray payload =
        QJsonDocument(QJsonObject{{field, id}}).toJson(QJsonDocument::Compact);
    const QString key = QStringLiteral("system:%1:%2").arg(kind).arg(id);
    const QByteArray kindText = kind.toUtf8();
    const QByteArray keyText = key.toUtf8();
    const QByteArray hash = Sha256::digest({payload});
    return journal({kindText, keyText, IdempotencyFilter::hashOf(key), hash, payload, result,
                    QByteArrayView("system")});
}

Result<void> BatchApplier::expireHolds()
{
    auto due = m_inventory.dueHolds(now());
    if (!due)
        return due.error();
    for (const qint64 holdId : *due) {
        m_context->setActor(QStringLiteral("system"));
        auto released = releaseHold(*m_context, holdId, HoldEnd::Expired);
        if (!released)
            return released.error();
        auto seq = journalSystem(QStringLiteral("expire_hold"), QStringLiteral("hold"), holdId,
                                 CommandResult(*released).json);
        if (!seq)
            return seq.error();
    }
    return {};
}

Result<void> BatchApplier::expireOrders(bool force)
{
    auto due = m_pendingOrders.due(*m_context, 200, force);
    if (!due)
        return due.error();
    for (const qint64 orderId : *due) {
        m_context->setActor(QStringLiteral("system"));
        m_context->setApprovedBy({});
        auto expired = m_pendingOrders.expire(*m_context, orderId);
        if (!expired)
            return expired.error();
        if (expired->isEmpty())
            continue;
        auto seq = journalSystem(QStringLiteral("expire_order"), QStringLiteral("order"), orderId,
                                 CommandResult(*expired).json);
        if (!seq)
            return seq.error();
    }
    return {};
}

void BatchApplier::expireDue()
{
    // Holds and unpaid orders that ran out come back on sale before anything
    // else is decided. A failure here rolls back the expiries only; the
    // commands of the batch go on, and the next batch tries again.
    const bool idle = m_quietUntil != 0 && now() >= m_quietUntil;
    auto r = inSavepoint([&]() -> Result<void> {
        if (auto held = expireHolds(); !held)
            return held;
        return expireOrders(idle);
    });
    if (!r)
        qCWarning(lcWriter, "expiries rolled back: %s", qPrintable(r.error().toString()));
}

Result<bool> BatchApplier::replay(PendingCommand &p, const QByteArray &hash)
{
    if (!m_seenKeys.mayContain(p.keyHash))
        return false; // a key never journalled: nothing to look up
    auto lookup = m_context->statement("SELECT kind, request_hash, result, seq, actor "
                                       "FROM journal WHERE idem_key = ?");
    if (!lookup)
        return lookup.error();
    SqliteStatement &s = **lookup;
    s.bind(1, p.request.idempotencyKey);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row)
        return false;
    const bool same = s.columnText(0) == p.request.command->kind() && s.columnBlob(1) == hash;
    QByteArray result = s.columnBlob(2);
    const qint64 seq = s.columnInt(3);
    const QString firstActor = s.columnText(4);
    s.reset();
    if (!same) {
        p.error = fail(ErrorCode::IdempotencyConflict,
                       tr("This idempotency key was already used for a different request."),
                       p.request.idempotencyKey);
        return true;
    }
    // The answer may carry what only the first caller should see (the order,
    // and through replayAnswer its ticket codes): the same member of staff,
    // or one who could have approved the command, gets it again.
    const std::optional<Permission> permission = p.request.command->requiredPermission();
    if (permission && !m_staff.isEmpty() && firstActor != p.request.actor) {
        const StaffMember *member = m_staff.find(p.request.actor);
        if (!member || !PermissionTable::canOverride(member->role, *permission)) {
            p.error = fail(ErrorCode::PermissionDenied,
                           tr("This request was made by %1; only they or a supervisor may "
                              "see its answer again.")
                               .arg(firstActor),
                           QStringLiteral("actor"));
            return true;
        }
    }
    auto answer = TicketCredentials::restore(*m_context, result);
    if (!answer)
        return answer.error();
    p.resultJson = m_answers.keep(result);
    p.answerJson = m_answers.keep(*answer);
    p.journalSeq = seq;
    p.replayed = true;
    return true;
}

Result<void> BatchApplier::auditCommand(const PendingCommand &p, bool overridden)
{
    // Sensitive actions, and every override with both names, go to the
    // hash-chained audit log in the same transaction.
    const Command &command = *p.request.command;
    if (!overridden && command.auditAction().isEmpty())
        return {};
    QJsonObject details = command.auditDetails();
    if (overridden)
        details.insert(QStringLiteral("approved_by"), p.request.overrideBy);
    const QString subject = command.kind() + QLatin1Char(' ') + p.request.idempotencyKey;
    if (overridden) {
        auto entry = m_audit->append(m_context->now(), p.request.actor, QStringLiteral("override"),
                                     subject, details);
        if (!entry)
            return entry.error();
    }
    if (!command.auditAction().isEmpty()) {
        auto entry = m_audit->append(m_context->now(), p.request.actor, command.auditAction(),
                                     subject, details);
        if (!entry)
            return entry.error();
    }
    return {};
}

void BatchApplier::applyOne(PendingCommand &p, bool ownSavepoint)
{
    // The command happens at one instant: the clock is read once for it.
    const WriteContext::HeldTime held(*m_context, now());
    Command &command = *p.request.command;
    // Authorised before anything is answered, replays included.
    auto authorized = m_staff.authorize(p.request.actor, p.request.overrideBy,
                                        command.requiredPermission(), m_context->now());
    if (!authorized) {
        p.error = authorized.error();
        return;
    }
    // What the journal leaves out (a customer's details) still counts for
    // idempotency, as a keyed HMAC: the same key with another customer is
    // another request.
    // Made on the caller's thread; again here if the key rotated since.
    const DataKey &key = m_context->dataKey();
    // Referred to, not copied: a copy would bump a count the caller's core holds.
    QByteArray rehashed;
    const bool sealedLive = p.sealedWith.get() == &key;
    if (!sealedLive) {
        const QByteArray index = command.privateRequestIndex(key);
        rehashed = index.isEmpty() ? p.hash : Sha256::digest({p.hash, index});
    }
    const QByteArray &hash = sealedLive ? p.sealedHash : rehashed;
    auto replayed = replay(p, hash);
    if (!replayed) {
        p.error = replayed.error();
        return;
    }
    if (*replayed)
        return;

    auto step = [&]() -> Result<void> {
        m_context->setActor(p.request.actor);
        m_context->setApprovedBy(*authorized ? p.request.overrideBy : QString());
        m_context->setOfferedApprover(p.request.overrideBy);
        if (command.authorsCatalog()) {
            if (auto r = ReplicaGuard::mayAuthor(*m_context, command.kind()); !r)
                return r.error();
        }
        auto applied = command.apply(*m_context);
        if (!applied)
            return applied.error();
        if (applied->callerJson.isEmpty() && applied->codes.empty())
            *applied = TicketCredentials::split(std::move(applied->json));
        p.resultJson = m_answers.keep(applied->json);
        p.answerJson = m_answers.keep(applied->callerJson);
        p.codes =
            m_answers.keep(QByteArrayView(reinterpret_cast<const char *>(applied->codes.data()),
                                          qsizetype(applied->codes.size() * sizeof(TicketCodeAt))));
        if (auto r = auditCommand(p, *authorized); !r)
            return r;
        auto seq = journal({p.kind, p.key, p.keyHash, hash, p.payload, p.resultJson, p.actor});
        if (!seq)
            return seq.error();
        p.journalSeq = *seq;
        return {};
    };
    auto done = ownSavepoint ? inSavepoint(step) : step();
    if (!done) {
        p.error = done.error();
        p.forgetAnswer();
    }
}

bool BatchApplier::applyTogether(std::vector<PendingCommand> &batch)
{
    for (size_t i = 0; i < batch.size(); ++i) {
        PendingCommand &p = batch[i];
        prefetchAhead(batch, i, m_seenKeys);
        const Traces before = traces();
        applyOne(p, false);
        if (sqlite3_get_autocommit(m_db.handle()))
            return false;
        // Refused before it changed anything (the usual refusal): nothing to undo.
        if (p.error && (before != traces() || p.error->code == ErrorCode::StorageError))
            return false;
    }
    return m_context->flushInventory().ok();
}

void BatchApplier::applyOneByOne(std::vector<PendingCommand> &batch)
{
    for (size_t i = 0; i < batch.size(); ++i) {
        if (sqlite3_get_autocommit(m_db.handle())) {
            // The transaction went with the previous command (a full disk, an
            // I/O error): the answers given in it are void; start again.
            const Error lost = batch[i == 0 ? 0 : i - 1].error.value_or(
                fail(ErrorCode::StorageError, tr("The batch's transaction was rolled back.")));
            loseTransaction(batch, i, lost);
            if (auto r = begin(); !r) {
                for (size_t j = i; j < batch.size(); ++j)
                    batch[j].error = r.error();
                return;
            }
        }
        applyOne(batch[i], true);
    }
}

bool BatchApplier::startAgain(std::vector<PendingCommand> &batch)
{
    rollBack();
    for (PendingCommand &p : batch) {
        p.error.reset();
        p.forgetAnswer();
        p.replayed = false;
    }
    if (auto r = begin(); !r) {
        loseTransaction(batch, 0, r.error());
        for (PendingCommand &p : batch)
            p.error = r.error();
        return false;
    }
    expireDue();
    return true;
}

void BatchApplier::rollBack()
{
    if (!sqlite3_get_autocommit(m_db.handle()))
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    forgetCaches();
    // Whatever the failure left, the journal's end is what is on disk.
    if (auto seq = readSeq(); seq)
        m_seq = *seq;
    if (auto version = readDataVersion(); version)
        m_dataVersion = *version;
}

void BatchApplier::loseTransaction(std::vector<PendingCommand> &batch, size_t upTo,
                                   const Error &error)
{
    rollBack();
    for (size_t i = 0; i < upTo && i < batch.size(); ++i) {
        PendingCommand &p = batch[i];
        // A replay was answered from an earlier, durable batch.
        if (p.error || p.replayed)
            continue;
        p.error = error;
        p.forgetAnswer();
    }
}

void BatchApplier::apply(std::vector<PendingCommand> &batch)
{
    if (batch.empty()) {
        // An idle writer opens no transaction unless something ran out.
        auto next = nextExpiryMs();
        if (!next || *next > now())
            return;
    }
    if (auto r = begin(); !r) {
        loseTransaction(batch, 0, r.error());
        for (PendingCommand &p : batch)
            p.error = r.error();
        return;
    }
    const qint64 seqBefore = m_seq;
    expireDue();
    // Usually every command succeeds or is refused before it writes: the
    // batch runs without a savepoint per command. When one fails after it
    // wrote (a constraint, a full disk), the batch is rolled back and applied
    // again, each command in a savepoint of its own, so it alone is undone.
    if (!applyTogether(batch)) {
        m_appliedAgain.fetch_add(1, std::memory_order_relaxed);
        if (!startAgain(batch))
            return;
        applyOneByOne(batch);
    }
    if (sqlite3_get_autocommit(m_db.handle())) {
        const Error lost =
            batch.empty() || !batch.back().error
                ? fail(ErrorCode::StorageError, tr("The batch's transaction was rolled back."))
                : *batch.back().error;
        loseTransaction(batch, batch.size(), lost);
        return;
    }
    if (auto r = m_db.exec(QStringLiteral("COMMIT")); !r) {
        loseTransaction(batch, batch.size(), r.error());
        return;
    }
    if (batch.empty() && m_seq == seqBefore)
        m_quietUntil = now() + 1000; // nothing was due after all: look again in a second
    else
        m_quietUntil = 0;
    refreshNextOrderExpiry();
}

void BatchApplier::refreshNextOrderExpiry()
{
    auto next = m_pendingOrders.nextDue(*m_context);
    m_nextOrderExpiry = next ? *next : 0;
}

std::optional<qint64> BatchApplier::nextExpiryMs()
{
    std::optional<qint64> next;
    if (auto hold = m_inventory.nextHoldExpiry(); hold && *hold)
        next = *hold;
    if (m_nextOrderExpiry > 0)
        next = next ? qMin(*next, m_nextOrderExpiry) : m_nextOrderExpiry;
    if (next && m_quietUntil > *next)
        next = m_quietUntil;
    return next;
}

} // namespace tessera
