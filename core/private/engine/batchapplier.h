// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"
#include "common/result.h"
#include "engine/answersheet.h"
#include "engine/idempotencyfilter.h"
#include "engine/inventory.h"
#include "engine/pendingcommand.h"
#include "engine/writecontext.h"
#include "sales/pendingorderexpiry.h"
#include "staff/staffdirectory.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tessera {

class Clock;
class Ed25519KeyPair;
class KeyRing;
class RandomSource;
class WalCheckpointer;

// The engine's writer thread: applies a batch of commands in one transaction
// (one fsync). A command that is refused, or hits a constraint or a full
// disk, is undone alone: refusals before any write need nothing; after a
// failure that wrote, the batch is rolled back and applied again with each
// command inside its own SAVEPOINT, and the caches forget what it touched.
// Only a failed COMMIT fails the batch.
// Before deciding anything it checks that nobody else wrote the file since
// its last batch (PRAGMA data_version) and reloads what it holds in memory if
// somebody did.
class BatchApplier
{
    Q_DECLARE_TR_FUNCTIONS(tessera::BatchApplier)

public:
    struct Setup
    {
        QString path;
        QString terminalId;
        const Clock *clock = nullptr;
        RandomSource *random = nullptr;
        KeyRing *keys = nullptr;
        const Ed25519KeyPair *ticketKey = nullptr;
        qint64 pendingOrderTtlMs = 0;
        ShiftRule shiftRule = ShiftRule::Cash;
        qint64 maxPageCount = 0;
    };

    // `db` is the writer's connection, migrated and keyed.
    static Result<std::unique_ptr<BatchApplier>> create(SqliteDb db, const Setup &setup);
    ~BatchApplier();
    BatchApplier(const BatchApplier &) = delete;
    BatchApplier &operator=(const BatchApplier &) = delete;

    // Applies the batch (answers are left in each PendingCommand); with an
    // empty batch, only the expiries that are due, and no transaction at all
    // when none is.
    void apply(std::vector<PendingCommand> &batch);
    // When a hold or an unpaid order runs out next (clock ms); nullopt when
    // nothing would expire without a command.
    std::optional<qint64> nextExpiryMs();
    qint64 now() const;
    // The last journal sequence number on disk.
    qint64 seq() const { return m_seq; }
    // Write transactions begun so far (read from any thread).
    qint64 transactions() const { return m_transactions.load(std::memory_order_relaxed); }
    // Batches applied again command by command (read from any thread).
    qint64 batchesAppliedAgain() const { return m_appliedAgain.load(std::memory_order_relaxed); }
    // Closes statements and stops the checkpointer (before the connection goes).
    void shutdown();
    // The sheet the answers of the batches applied since the last call are
    // kept in (each PendingCommand's resultJson and answerJson are views of
    // it): it goes with those commands to whoever answers their callers.
    AnswerSheet takeAnswers() { return std::exchange(m_answers, AnswerSheet(m_answerBlocks)); }

private:
    explicit BatchApplier(SqliteDb db, const Setup &setup);

    Result<void> begin();
    Result<qint64> readSeq();
    Result<qint64> readDataVersion();
    // Forgets everything held in memory: after a rollback, or when the file
    // changed under the writer.
    void forgetCaches();
    void loadSeenKeys();
    void expireDue();
    Result<void> expireHolds();
    Result<void> expireOrders(bool force);
    // Applies one command, inside a savepoint of its own when `ownSavepoint`.
    void applyOne(PendingCommand &p, bool ownSavepoint);
    // The whole batch without savepoints, inventory written once at the end;
    // false when a command failed after writing (or the end failed): the
    // transaction must then be rolled back.
    bool applyTogether(std::vector<PendingCommand> &batch);
    // Each command in a savepoint of its own.
    void applyOneByOne(std::vector<PendingCommand> &batch);
    // Rolls back and begins again with every answer forgotten; false (and
    // every command failed) when no transaction can be begun.
    bool startAgain(std::vector<PendingCommand> &batch);
    // Rolls the transaction back, if any, and forgets what is held in memory.
    void rollBack();
    // What a command may leave behind: cache generations, rows, the journal's end.
    struct Traces;
    Traces traces() const;
    // Runs `step` inside a savepoint; on failure rolls the savepoint back
    // (and the caches, if the step changed them).
    template<typename Step>
    Result<void> inSavepoint(Step &&step);
    // One journal row, its texts in UTF-8 (most made on the caller's thread);
    // a null actor is stored as NULL.
    struct JournalRow
    {
        QByteArrayView kind;
        QByteArrayView key;
        IdempotencyFilter::KeyHash keyHash;
        QByteArrayView hash;
        QByteArrayView payload;
        QByteArrayView result;
        QByteArrayView actor;
    };
    Result<qint64> journal(const JournalRow &row);
    Result<qint64> journalSystem(const QString &kind, const QString &field, qint64 id,
                                 const QByteArray &result);
    Result<void> auditCommand(const PendingCommand &p, bool overridden);
    Result<bool> replay(PendingCommand &p, const QByteArray &hash);
    // The transaction is gone (a failed COMMIT, or SQLite rolled it back on
    // a full disk or an I/O error): every answer given in it so far is void.
    void loseTransaction(std::vector<PendingCommand> &batch, size_t upTo, const Error &error);
    void refreshNextOrderExpiry();

    SqliteDb m_db;
    const Clock &m_clock;
    QString m_path;
    InventoryCache m_inventory;
    StaffDirectory m_staff;
    // The blocks the sheets are made of, reused batch after batch.
    std::shared_ptr<AnswerBlocks> m_answerBlocks = std::make_shared<AnswerBlocks>();
    AnswerSheet m_answers{m_answerBlocks};
    // The idempotency keys the journal may hold (replay() skips the rest).
    IdempotencyFilter m_seenKeys;
    std::optional<AuditLog> m_audit;
    std::unique_ptr<WriteContext> m_context;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    PendingOrderExpiry m_pendingOrders;
    qint64 m_seq = 0;
    qint64 m_dataVersion = -1;
    // The earliest moment an unpaid order may expire (0: none pending).
    qint64 m_nextOrderExpiry = 0;
    // An idle look that found nothing to expire is not repeated before this.
    qint64 m_quietUntil = 0;
    std::atomic<qint64> m_transactions{0};
    std::atomic<qint64> m_appliedAgain{0};
};

} // namespace tessera
