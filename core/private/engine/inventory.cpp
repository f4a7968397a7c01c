// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/inventory.h"

#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace tessera {

SeatSlot *EventInventory::seatByGuid(const QString &guid)
{
    const qsizetype slot = seatIndex.find(guid);
    return slot < 0 ? nullptr : &seats[size_t(slot)];
}

SeatSlot *EventInventory::seatById(qint64 seatId)
{
    const auto slot = slotBySeatId.constFind(seatId);
    return slot == slotBySeatId.cend() ? nullptr : &seats[size_t(*slot)];
}

QString EventInventory::guidOf(qint64 seatId) const
{
    const auto slot = slotBySeatId.constFind(seatId);
    return slot == slotBySeatId.cend() ? QString() : seatIndex.guid(*slot);
}

void EventInventory::markDirty(SeatSlot &slot)
{
    if (generation)
        ++*generation;
    if (!slot.dirty) {
        slot.dirty = true;
        dirtySeats.push_back(&slot - seats.data());
    }
}

void EventInventory::markDirty(GaQuota &quota)
{
    if (generation)
        ++*generation;
    quota.dirty = true;
}

qint64 CardPool::takeCode()
{
    if (generation)
        ++*generation;
    const qint64 id = availableCodes.front();
    availableCodes.pop_front();
    return id;
}

void CardPool::putBack(qint64 codeId)
{
    if (generation)
        ++*generation;
    availableCodes.push_front(codeId);
}

Result<EventInventory *> InventoryCache::event(qint64 eventId)
{
    if (auto it = m_events.constFind(eventId); it != m_events.cend())
        return it->get();
    auto loaded = loadEvent(eventId);
    if (!loaded)
        return loaded.error();
    EventInventory *raw = loaded->get();
    raw->generation = &m_generation;
    m_events.insert(eventId, std::shared_ptr<EventInventory>(std::move(*loaded)));
    return raw;
}

Result<int> InventoryCache::warm(qint64 now, qint64 seatBudget)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id FROM events WHERE starts_at > ?1 AND COALESCE(cancelled_at, 0) = 0 "
        "AND COALESCE(sale_ends_at, ?1 + 1) > ?1 ORDER BY starts_at, id LIMIT 64"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now);
    std::vector<qint64> ids;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { ids.push_back(s.columnInt(0)); }); !r)
        return r.error();
    int loaded = 0;
    qint64 seats = 0;
    for (const qint64 id : ids) {
        if (seats >= seatBudget)
            break;
        auto event = this->event(id);
        if (!event)
            return event.error();
        seats += qint64((*event)->seats.size());
        ++loaded;
    }
    return loaded;
}

Result<CardPool *> InventoryCache::cardPool(qint64 productId)
{
    if (auto it = m_pools.constFind(productId); it != m_pools.cend())
        return it->get();
    auto loaded = loadCardPool(productId);
    if (!loaded)
        return loaded.error();
    CardPool *raw = loaded->get();
    raw->generation = &m_generation;
    m_pools.insert(productId, std::shared_ptr<CardPool>(std::move(*loaded)));
    return raw;
}

void InventoryCache::forgetEvent(qint64 eventId)
{
    ++m_generation;
    m_events.remove(eventId);
}

void InventoryCache::forgetCardPool(qint64 productId)
{
    ++m_generation;
    m_pools.remove(productId);
}

void InventoryCache::clear()
{
    ++m_generation;
    m_events.clear();
    m_pools.clear();
    m_holds.clear();
    m_holdExpiry.clear();
    m_holdsLoaded = false;
}

std::vector<EventInventory *> InventoryCache::loadedEvents()
{
    std::vector<EventInventory *> out;
    out.reserve(size_t(m_events.size()));
    for (const auto &e : std::as_const(m_events))
        out.push_back(e.get());
    return out;
}

std::vector<CardPool *> InventoryCache::loadedCardPools()
{
    std::vector<CardPool *> out;
    out.reserve(size_t(m_pools.size()));
    for (const auto &p : std::as_const(m_pools))
        out.push_back(p.get());
    return out;
}

Result<void> InventoryCache::ensureHoldsLoaded()
{
    if (m_holdsLoaded)
        return {};
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT h.id, h.expires_at, i.kind, i.scope_id, i.ref_id, i.quantity FROM holds h "
        "JOIN hold_items i ON i.hold_id = h.id WHERE h.state = 0 ORDER BY h.id"));
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->forEachRow([&](SqliteStatement &) {
            ActiveHold &hold = m_holds[stmt->columnInt(0)];
            hold.id = stmt->columnInt(0);
            hold.expiresAt = stmt->columnInt(1);
            hold.items.push_back(HoldItem{ItemKind(stmt->columnInt(2)), stmt->columnInt(3),
                                          stmt->columnInt(4), stmt->columnInt(5)});
        });
        !r)
        return r.error();
    for (const ActiveHold &hold : std::as_const(m_holds))
        m_holdExpiry.emplace(hold.expiresAt, hold.id);
    m_holdsLoaded = true;
    return {};
}

Result<ActiveHold *> InventoryCache::hold(qint64 holdId)
{
    if (auto r = ensureHoldsLoaded(); !r)
        return r.error();
    auto it = m_holds.find(holdId);
    if (it != m_holds.end())
        ++m_generation;
    if (it == m_holds.end())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::InventoryCache",
                                                "There is no active hold %1: it was released, "
                                                "expired or turned into an order.")
                        .arg(holdId),
                    QStringLiteral("hold"));
    return &*it;
}

Result<void> InventoryCache::addHold(ActiveHold hold)
{
    if (auto r = ensureHoldsLoaded(); !r)
        return r;
    ++m_generation;
    m_holdExpiry.emplace(hold.expiresAt, hold.id);
    m_holds.insert(hold.id, std::move(hold));
    return {};
}

std::optional<ActiveHold> InventoryCache::takeHold(qint64 holdId)
{
    auto it = m_holds.find(holdId);
    if (it == m_holds.end())
        return std::nullopt;
    ++m_generation;
    ActiveHold hold = std::move(*it);
    m_holds.erase(it);
    m_holdExpiry.erase({hold.expiresAt, hold.id});
    return hold;
}

Result<qint64> InventoryCache::nextHoldExpiry()
{
    if (auto r = ensureHoldsLoaded(); !r)
        return r.error();
    return m_holdExpiry.empty() ? 0 : m_holdExpiry.begin()->first;
}

Result<std::vector<qint64>> InventoryCache::dueHolds(qint64 now)
{
    if (auto r = ensureHoldsLoaded(); !r)
        return r.error();
    std::vector<qint64> due;
    for (auto it = m_holdExpiry.begin(); it != m_holdExpiry.end() && it->first <= now; ++it)
        due.push_back(it->second);
    return due;
}

Result<std::unique_ptr<EventInventory>> InventoryCache::loadEvent(qint64 eventId)
{
    auto inv = std::make_unique<EventInventory>();
    inv->eventId = eventId;
    {
        auto stmt = m_db.prepare(
            QStringLiteral("SELECT venue_id, name, currency, starts_at, sale_starts_at, "
                           "sale_ends_at, cancelled_at FROM events WHERE id = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, eventId);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return fail(
                ErrorCode::NotFound,
                QCoreApplication::translate("tessera::InventoryCache", "There is no event %1.")
                    .arg(eventId),
                QStringLiteral("event"));
        inv->venueId = stmt->columnInt(0);
        inv->name = stmt->columnText(1);
        inv->currency = stmt->columnText(2);
        inv->startsAt = stmt->columnInt(3);
        inv->saleStartsAt = stmt->columnInt(4);
        inv->saleEndsAt = stmt->columnInt(5);
        inv->cancelledAt = stmt->columnInt(6);
    }
    {
        // Room for every seat at once: a stadium is not rehashed ten times over.
        auto count =
            m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = ?"));
        if (!count)
            return count.error();
        count->bind(1, eventId);
        if (auto r = count->forEachRow([&](SqliteStatement &s) {
                const qsizetype seats = s.columnInt(0);
                inv->seats.reserve(size_t(seats));
                inv->seatIndex.reserve(seats);
                inv->slotBySeatId.reserve(seats);
            });
            !r)
            return r.error();
    }
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT s.id, s.guid, s.category_id, es.state, es.hold_id, es.order_id "
            "FROM event_seats es JOIN seats s ON s.id = es.seat_id WHERE es.event_id = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, eventId);
        if (auto r = stmt->forEachRow([&](SqliteStatement &) {
                SeatSlot slot;
                slot.seatId = stmt->columnInt(0);
                slot.categoryId = stmt->columnInt(2);
                slot.state = SeatState(stmt->columnInt(3));
                slot.holdId = stmt->columnInt(4);
                slot.orderId = stmt->columnInt(5);
                // Slots are added in the same order to the index and the seats.
                const qsizetype index = inv->seatIndex.add(stmt->columnText(1));
                inv->slotBySeatId.insert(slot.seatId, index);
                inv->seats.push_back(slot);
            });
            !r)
            return r.error();
    }
    {
        auto stmt =
            m_db.prepare(QStringLiteral("SELECT id, code FROM ticket_types WHERE event_id = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, eventId);
        if (auto r = stmt->forEachRow([&](SqliteStatement &) {
                inv->ticketTypes.emplace_back(stmt->columnText(1), stmt->columnInt(0));
                inv->ticketTypeCodeById.insert(stmt->columnInt(0), stmt->columnText(1));
            });
            !r)
            return r.error();
    }
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT category_id, ticket_type_id, amount FROM seat_prices WHERE event_id = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, eventId);
        if (auto r = stmt->forEachRow([&](SqliteStatement &) {
                inv->seatPrice.insert(
                    EventInventory::priceKey(stmt->columnInt(0), stmt->columnInt(1)),
                    stmt->columnInt(2));
            });
            !r)
            return r.error();
    }
    {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT q.id, q.name, q.capacity, q.sold, q.held, p.ticket_type_id, p.amount, "
            "q.allocated "
            "FROM ga_quotas q LEFT JOIN ga_prices p ON p.quota_id = q.id WHERE q.event_id = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, eventId);
        if (auto r = stmt->forEachRow([&](SqliteStatement &) {
                GaQuota &q = inv->quotas[stmt->columnInt(0)];
                q.id = stmt->columnInt(0);
                q.name = stmt->columnText(1);
                q.capacity = stmt->columnInt(2);
                q.sold = stmt->columnInt(3);
                q.held = stmt->columnInt(4);
                q.allocated = stmt->columnIsNull(7) ? -1 : stmt->columnInt(7);
                if (!stmt->columnIsNull(5))
                    q.priceByTicketType.insert(stmt->columnInt(5), stmt->columnInt(6));
            });
            !r)
            return r.error();
    }
    return inv;
}

Result<std::unique_ptr<CardPool>> InventoryCache::loadCardPool(qint64 productId)
{
    auto pool = std::make_unique<CardPool>();
    pool->productId = productId;
    {
        auto stmt = m_db.prepare(
            QStringLiteral("SELECT name, price, currency FROM card_products WHERE id = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, productId);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("tessera::InventoryCache",
                                                    "There is no card product %1.")
                            .arg(productId),
                        QStringLiteral("product"));
        pool->name = stmt->columnText(0);
        pool->price = stmt->columnInt(1);
        pool->currency = stmt->columnText(2);
        stmt->reset();
    }
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id FROM card_codes WHERE product_id = ? AND state = 0 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, productId);
    if (auto r = stmt->forEachRow(
            [&](SqliteStatement &) { pool->availableCodes.push_back(stmt->columnInt(0)); });
        !r)
        return r.error();
    return pool;
}

} // namespace tessera
