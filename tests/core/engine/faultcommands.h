// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"
#include "engine/writecontext.h"
#include "storage/sqlitedb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <semaphore>

namespace tessera::test {

// Test-only commands that run on the writer thread, to inject faults and to
// look at the writer's caches from inside.

// Blocks the writer inside its batch until released, so the commands
// submitted meanwhile queue up into one next batch.
class BlockingCommand final : public Command
{
public:
    BlockingCommand(std::binary_semaphore &entered, std::binary_semaphore &release)
        : m_entered(entered)
        , m_release(release)
    {}
    QString kind() const override { return QStringLiteral("test_block"); }
    QJsonObject toJson() const override { return {}; }
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &) override
    {
        m_entered.release();
        m_release.acquire();
        return CommandResult(QJsonObject{});
    }

private:
    std::binary_semaphore &m_entered;
    std::binary_semaphore &m_release;
};

// Breaks the "validate before writing" convention on purpose: writes a row,
// sells a seat and takes a card code in the caches, then refuses.
class WriteThenFailCommand final : public Command
{
public:
    WriteThenFailCommand(qint64 eventId, QString seatGuid, qint64 cardProduct)
        : m_eventId(eventId)
        , m_seatGuid(std::move(seatGuid))
        , m_cardProduct(cardProduct)
    {}
    QString kind() const override { return QStringLiteral("test_write_then_fail"); }
    QJsonObject toJson() const override { return {{QStringLiteral("seat"), m_seatGuid}}; }
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override
    {
        auto written = ctx.run("INSERT INTO settings(key, value) VALUES('half_applied', 'yes')",
                               [](SqliteStatement &) {});
        if (!written)
            return written.error();
        auto event = ctx.inventory().event(m_eventId);
        if (!event)
            return event.error();
        SeatSlot *slot = (*event)->seatByGuid(m_seatGuid);
        slot->state = SeatState::Sold;
        (*event)->markDirty(*slot);
        auto quota = (*event)->quotas.begin();
        quota->sold = quota->capacity;
        (*event)->markDirty(*quota);
        auto pool = ctx.inventory().cardPool(m_cardProduct);
        if (!pool)
            return pool.error();
        (*pool)->takeCode();
        return fail(ErrorCode::InvalidState, QStringLiteral("refused after writing"));
    }

private:
    qint64 m_eventId;
    QString m_seatGuid;
    qint64 m_cardProduct;
};

// Compares the writer's caches with the tables, inside the writer's own
// transaction; answers {"mismatches": [...]}, empty when they agree.
class CacheCheckCommand final : public Command
{
public:
    QString kind() const override { return QStringLiteral("test_cache_check"); }
    QJsonObject toJson() const override { return {}; }
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override
    {
        QStringList mismatches;
        for (EventInventory *event : ctx.inventory().loadedEvents()) {
            auto seats = ctx.db().prepare(
                QStringLiteral("SELECT seat_id, state, COALESCE(hold_id, 0), COALESCE(order_id, 0) "
                               "FROM event_seats WHERE event_id = ?"));
            if (!seats)
                return seats.error();
            seats->bind(1, event->eventId);
            auto r = seats->forEachRow([&](SqliteStatement &s) {
                const SeatSlot *slot = event->seatById(s.columnInt(0));
                if (!slot || int(slot->state) != s.columnInt(1) || slot->holdId != s.columnInt(2) ||
                    slot->orderId != s.columnInt(3))
                    mismatches << QStringLiteral("seat %1").arg(s.columnInt(0));
            });
            if (!r)
                return r.error();
            auto quotas = ctx.db().prepare(
                QStringLiteral("SELECT id, sold, held FROM ga_quotas WHERE event_id = ?"));
            if (!quotas)
                return quotas.error();
            quotas->bind(1, event->eventId);
            r = quotas->forEachRow([&](SqliteStatement &s) {
                const GaQuota quota = event->quotas.value(s.columnInt(0));
                if (quota.sold != s.columnInt(1) || quota.held != s.columnInt(2))
                    mismatches << QStringLiteral("quota %1: cache %2/%3, disk %4/%5")
                                      .arg(s.columnInt(0))
                                      .arg(quota.sold)
                                      .arg(quota.held)
                                      .arg(s.columnInt(1))
                                      .arg(s.columnInt(2));
            });
            if (!r)
                return r.error();
        }
        for (CardPool *pool : ctx.inventory().loadedCardPools()) {
            auto codes = ctx.db().prepare(QStringLiteral(
                "SELECT id FROM card_codes WHERE product_id = ? AND state = 0 ORDER BY id"));
            if (!codes)
                return codes.error();
            codes->bind(1, pool->productId);
            std::vector<qint64> onDisk;
            auto r =
                codes->forEachRow([&](SqliteStatement &s) { onDisk.push_back(s.columnInt(0)); });
            if (!r)
                return r.error();
            std::vector<qint64> cached(pool->availableCodes.begin(), pool->availableCodes.end());
            std::sort(cached.begin(), cached.end());
            if (cached != onDisk)
                mismatches << QStringLiteral("card pool %1: cache %2 codes, disk %3")
                                  .arg(pool->productId)
                                  .arg(cached.size())
                                  .arg(onDisk.size());
        }
        return CommandResult(
            QJsonObject{{QStringLiteral("mismatches"), QJsonArray::fromStringList(mismatches)}});
    }
};

} // namespace tessera::test
