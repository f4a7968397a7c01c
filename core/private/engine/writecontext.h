// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engine/inventory.h"
#include "shift/shiftrule.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tessera {

class Clock;
class RandomSource;
class SqliteDb;
class SqliteStatement;
class StaffDirectory;
class DataKey;
class KeyRing;
class Ed25519KeyPair;

// What a command sees while the writer applies it: the connection (inside the
// batch transaction), the in-memory inventory, time, randomness and the
// terminal's identity. Lives on the writer thread only.
class WriteContext
{
public:
    WriteContext(SqliteDb &db, InventoryCache &inventory, StaffDirectory &staff, const Clock &clock,
                 RandomSource &random, QString terminalId);
    ~WriteContext() { clearStatements(); }
    WriteContext(const WriteContext &) = delete;
    WriteContext &operator=(const WriteContext &) = delete;

    SqliteDb &db() { return m_db; }
    InventoryCache &inventory() { return m_inventory; }
    StaffDirectory &staff() { return m_staff; }
    // The organizer's ticket key, to check signed codes at redemption.
    const Ed25519KeyPair *ticketKey() const { return m_ticketKey; }
    void setTicketKey(const Ed25519KeyPair *key) { m_ticketKey = key; }
    // The data key that seals card keys and customers' details (the newest
    // one after a rotation in this batch), and the ring that keeps it.
    // Kept between commands until the ring gains a key or forgetKey().
    const DataKey &dataKey();
    // After a rollback, or when another connection changed the file: which
    // key is live is read from the file again.
    void forgetKey() { m_key.reset(); }
    KeyRing &keyRing() { return *m_keyRing; }
    void setKeyRing(KeyRing *ring) { m_keyRing = ring; }
    // Who approved the command being applied, when its actor needed it.
    const QString &approvedBy() const { return m_approvedBy; }
    void setApprovedBy(const QString &name) { keep(m_approvedBy, name); }
    // Who the caller named as approver (CommandRequest::overrideBy), whether
    // or not the actor's role needed one; the caller verified their PIN. A
    // command whose data needs an approval (a shift closed with a
    // difference) checks it itself.
    const QString &offeredApprover() const { return m_offeredApprover; }
    void setOfferedApprover(const QString &name) { keep(m_offeredApprover, name); }
    // Which payments need an open shift when the box office set nothing.
    ShiftRule defaultShiftRule() const { return m_defaultShiftRule; }
    void setDefaultShiftRule(ShiftRule rule) { m_defaultShiftRule = rule; }
    RandomSource &random() { return m_random; }
    // The time: while a command is applied, the one instant it happens at
    // (read once, every row it writes agrees); otherwise the clock's.
    qint64 now() const;
    // Holds `at` as now() for its lifetime (one command's).
    class HeldTime
    {
    public:
        HeldTime(WriteContext &ctx, qint64 at)
            : m_ctx(ctx)
        {
            m_ctx.m_heldNow = at;
        }
        ~HeldTime() { m_ctx.m_heldNow.reset(); }
        HeldTime(const HeldTime &) = delete;
        HeldTime &operator=(const HeldTime &) = delete;

    private:
        WriteContext &m_ctx;
    };
    const QString &terminalId() const { return m_terminalId; }
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { keep(m_actor, actor); }

    // A prepared statement for `sql`, kept for the life of the writer.
    Result<SqliteStatement *> statement(const char *sql);
    // Runs an INSERT and returns the new row id.
    template<typename Bind>
    Result<qint64> insert(const char *sql, Bind &&bind);
    // Runs a statement that returns no rows.
    template<typename Bind>
    Result<void> run(const char *sql, Bind &&bind);

    // A setting read on every command (the shift rule), read once through
    // this connection and kept: `key` is a constant's address, as for
    // statement(). Whoever writes a kept key calls forgetSettings(); so does
    // the writer after every rollback and when the file changed under it.
    Result<std::optional<QByteArray>> keptSetting(const char *key);
    void forgetSettings() { m_settings.clear(); }

    // Writes the inventory rows changed in memory by this batch.
    Result<void> flushInventory();
    // Drops all prepared statements (before the connection closes).
    void clearStatements();

private:
    // Names are set before every command and are nearly always the same:
    // comparing them costs less than taking a share of another thread's string.
    static void keep(QString &kept, const QString &name)
    {
        if (kept.isNull() != name.isNull() || kept != name)
            kept = name;
    }

    SqliteDb &m_db;
    InventoryCache &m_inventory;
    StaffDirectory &m_staff;
    const Clock &m_clock;
    RandomSource &m_random;
    QString m_terminalId;
    QString m_actor;
    QString m_approvedBy;
    QString m_offeredApprover;
    std::optional<qint64> m_heldNow;
    ShiftRule m_defaultShiftRule = ShiftRule::Cash;
    const Ed25519KeyPair *m_ticketKey = nullptr;
    KeyRing *m_keyRing = nullptr;
    std::shared_ptr<const DataKey> m_key;
    quint64 m_keyGeneration = 0;
    QHash<const char *, SqliteStatement *> m_statements;
    // The statements of the last few call sites, by the literal's address:
    // a sale asks for about ten, each a hash lookup otherwise.
    struct RecentStatement
    {
        const char *sql = nullptr;
        SqliteStatement *statement = nullptr;
    };
    std::array<RecentStatement, 64> m_recent{};
    std::vector<std::pair<const char *, std::optional<QByteArray>>> m_settings;
};

} // namespace tessera

#include "storage/sqlitedb.h"

namespace tessera {

template<typename Bind>
Result<qint64> WriteContext::insert(const char *sql, Bind &&bind)
{
    auto stmt = statement(sql);
    if (!stmt)
        return stmt.error();
    bind(**stmt);
    if (auto r = (*stmt)->run(); !r)
        return r.error();
    return m_db.lastInsertRowId();
}

template<typename Bind>
Result<void> WriteContext::run(const char *sql, Bind &&bind)
{
    auto stmt = statement(sql);
    if (!stmt)
        return stmt.error();
    bind(**stmt);
    return (*stmt)->run();
}

} // namespace tessera
