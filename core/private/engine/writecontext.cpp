// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/writecontext.h"

#include "common/clock.h"
#include "crypto/keyring.h"
#include "storage/sqlitedb.h"

namespace tessera {

WriteContext::WriteContext(SqliteDb &db, InventoryCache &inventory, StaffDirectory &staff,
                           const Clock &clock, RandomSource &random, QString terminalId)
    : m_db(db)
    , m_inventory(inventory)
    , m_staff(staff)
    , m_clock(clock)
    , m_random(random)
    , m_terminalId(std::move(terminalId))
{}

const DataKey &WriteContext::dataKey()
{
    // Asking the ring takes its lock and a share of a pointer the callers'
    // threads share too; the answer changes only when the ring gains a key
    // or the file changes (a rollback, another connection: forgetKey()).
    const quint64 generation = m_keyRing->generation();
    if (!m_key || generation != m_keyGeneration) {
        m_key = m_keyRing->keyFor(m_db);
        m_keyGeneration = generation;
    }
    return *m_key;
}

qint64 WriteContext::now() const
{
    if (m_heldNow)
        return *m_heldNow;
    return m_clock.nowMs();
}

Result<SqliteStatement *> WriteContext::statement(const char *sql)
{
    // Keyed by the literal's address: every call site passes a string literal.
    RecentStatement &recent = m_recent[(quintptr(sql) >> 3) % m_recent.size()];
    if (recent.sql == sql)
        return recent.statement;
    if (auto it = m_statements.constFind(sql); it != m_statements.cend()) {
        recent = {sql, *it};
        return *it;
    }
    auto prepared = m_db.prepare(QString::fromUtf8(sql));
    if (!prepared)
        return prepared.error();
    auto *stmt = new SqliteStatement(std::move(*prepared));
    m_statements.insert(sql, stmt);
    recent = {sql, stmt};
    return stmt;
}

void WriteContext::clearStatements()
{
    m_recent.fill({});
    qDeleteAll(m_statements);
    m_statements.clear();
}

Result<std::optional<QByteArray>> WriteContext::keptSetting(const char *key)
{
    for (const auto &[kept, value] : m_settings) {
        if (kept == key)
            return value;
    }
    auto stmt = statement("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bindText(1, QByteArrayView(key));
    std::optional<QByteArray> value;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { value = s.columnBlob(0); }); !r)
        return r.error();
    m_settings.emplace_back(key, value);
    return value;
}

Result<void> WriteContext::flushInventory()
{
    for (EventInventory *event : m_inventory.loadedEvents()) {
        for (const qsizetype index : event->dirtySeats) {
            SeatSlot &slot = event->seats[size_t(index)];
            slot.dirty = false;
            auto r = run("UPDATE event_seats SET state = ?, hold_id = ?, order_id = ? "
                         "WHERE event_id = ? AND seat_id = ?",
                         [&](SqliteStatement &s) {
                             s.bind(1, int(slot.state));
                             slot.holdId ? s.bind(2, slot.holdId) : s.bindNull(2);
                             slot.orderId ? s.bind(3, slot.orderId) : s.bindNull(3);
                             s.bind(4, event->eventId).bind(5, slot.seatId);
                         });
            if (!r)
                return r;
        }
        event->dirtySeats.clear();
        for (GaQuota &quota : event->quotas) {
            if (!quota.dirty)
                continue;
            quota.dirty = false;
            auto r = run("UPDATE ga_quotas SET sold = ?, held = ? WHERE id = ?",
                         [&](SqliteStatement &s) {
                             s.bind(1, quota.sold).bind(2, quota.held).bind(3, quota.id);
                         });
            if (!r)
                return r;
        }
    }
    return {};
}

} // namespace tessera
