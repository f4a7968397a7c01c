// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/itemkind.h"
#include "common/result.h"
#include "common/seatstate.h"
#include "engine/seatindex.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace tessera {

class SqliteDb;

struct SeatSlot
{
    qint64 seatId = 0;
    qint64 categoryId = 0;
    SeatState state = SeatState::Available;
    qint64 holdId = 0;
    qint64 orderId = 0;
    bool dirty = false;
};

struct GaQuota
{
    qint64 id = 0;
    QString name;
    qint64 capacity = 0;
    qint64 sold = 0;
    qint64 held = 0;
    // On a terminal enrolled with a central server: the places of this quota
    // the server allocated to it (its own sales count against them); -1: no
    // allocation, the capacity is the limit.
    qint64 allocated = -1;
    QHash<qint64, qint64> priceByTicketType;
    bool dirty = false;
    qint64 limit() const { return allocated >= 0 ? std::min(capacity, allocated) : capacity; }
    qint64 available() const { return std::max<qint64>(0, limit() - sold - held); }
    // Whether the allocation, not the capacity, is what runs out first.
    bool allocationLimits() const { return allocated >= 0 && allocated < capacity; }
};

// The writer's authoritative in-memory view of one event's inventory. Only the
// writer thread touches it; it is loaded on first use and mirrors the tables.
struct EventInventory
{
    qint64 eventId = 0;
    qint64 venueId = 0;
    QString name;
    QString currency;
    qint64 startsAt = 0;
    qint64 saleStartsAt = 0; // 0 = no bound
    qint64 saleEndsAt = 0;
    qint64 cancelledAt = 0; // 0 = not cancelled
    std::vector<SeatSlot> seats;
    // Slots by GUID (the index keeps each GUID once) and by seat id.
    SeatIndex seatIndex;
    QHash<qint64, qsizetype> slotBySeatId;
    // (code, id): an event has a handful of ticket types, and comparing a
    // few short codes costs less than hashing one on every sale.
    std::vector<std::pair<QString, qint64>> ticketTypes;
    QHash<qint64, QString> ticketTypeCodeById;
    // key: categoryId << 32 | ticketTypeId
    QHash<qint64, qint64> seatPrice;
    QHash<qint64, GaQuota> quotas;
    std::vector<qsizetype> dirtySeats;
    // The cache's change counter (InventoryCache::generation), bumped by
    // every change so the writer knows whether a refused command touched it.
    quint64 *generation = nullptr;

    static qint64 priceKey(qint64 categoryId, qint64 ticketTypeId)
    {
        return (categoryId << 32) | ticketTypeId;
    }
    // The id of the ticket type with this code; 0 when the event has none.
    qint64 ticketTypeId(const QString &code) const
    {
        for (const auto &[known, id] : ticketTypes)
            if (known == code)
                return id;
        return 0;
    }
    SeatSlot *seatByGuid(const QString &guid);
    // The GUID of a seat of this event; empty when it has no such seat.
    QString guidOf(qint64 seatId) const;
    SeatSlot *seatById(qint64 seatId);
    void markDirty(SeatSlot &slot);
    void markDirty(GaQuota &quota);
};

// A card product's unsold codes, lowest id first.
struct CardPool
{
    qint64 productId = 0;
    QString name;
    qint64 price = 0;
    QString currency;
    std::deque<qint64> availableCodes;
    quint64 *generation = nullptr;

    // The lowest unsold code, taken off the pool.
    qint64 takeCode();
    // A code that comes back on sale goes first in line again.
    void putBack(qint64 codeId);
};

struct HoldItem
{
    ItemKind kind = ItemKind::Seat;
    qint64 scopeId = 0; // the event for seats and GA, the card product for card keys
    qint64 refId = 0;   // seat, GA quota or card code
    qint64 quantity = 1;
};

struct ActiveHold
{
    qint64 id = 0;
    qint64 expiresAt = 0;
    std::vector<HoldItem> items;
};

// Everything the writer decides inventory with. Lazily loaded per event and
// pool; dropped whole when a batch rolls back so it never disagrees with disk.
class InventoryCache
{
public:
    explicit InventoryCache(SqliteDb &db)
        : m_db(db)
    {}

    Result<EventInventory *> event(qint64 eventId);
    Result<CardPool *> cardPool(qint64 productId);
    // Loads the events still to come and not cancelled whose sale has not
    // ended, soonest first, until `seatBudget` seats are loaded; returns how
    // many events it loaded. So the first sale of an event on sale does not
    // wait while its seats are read (80 000 seats: about a tenth of a second).
    Result<int> warm(qint64 now, qint64 seatBudget);
    // Active holds, loaded once from disk. The hold may be changed through
    // the pointer, so a look counts as a change (generation()).
    Result<ActiveHold *> hold(qint64 holdId);
    Result<void> addHold(ActiveHold hold);
    // Removes the hold from the active set and returns it.
    std::optional<ActiveHold> takeHold(qint64 holdId);
    // When the first active hold runs out (clock ms); 0 when there is none.
    Result<qint64> nextHoldExpiry();
    // Ids of active holds whose expiry is at or before `now`.
    Result<std::vector<qint64>> dueHolds(qint64 now);
    void forgetEvent(qint64 eventId);
    void forgetCardPool(qint64 productId);
    // Forgets everything (after a rollback).
    void clear();
    // Every event in the cache.
    std::vector<EventInventory *> loadedEvents();
    // Every card pool in the cache.
    std::vector<CardPool *> loadedCardPools();
    // Grows with every change to the cache (seats, quotas, codes, holds), so
    // the writer can tell whether a refused command changed anything that
    // its rollback must make the cache forget.
    quint64 generation() const { return m_generation; }

private:
    Result<std::unique_ptr<EventInventory>> loadEvent(qint64 eventId);
    Result<std::unique_ptr<CardPool>> loadCardPool(qint64 productId);
    Result<void> ensureHoldsLoaded();

    SqliteDb &m_db;
    QHash<qint64, std::shared_ptr<EventInventory>> m_events;
    QHash<qint64, std::shared_ptr<CardPool>> m_pools;
    QHash<qint64, ActiveHold> m_holds;
    std::set<std::pair<qint64, qint64>> m_holdExpiry; // (expiresAt, holdId)
    bool m_holdsLoaded = false;
    quint64 m_generation = 0;
};

} // namespace tessera
