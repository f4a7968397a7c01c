// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/holdrelease.h"

#include "engine/writecontext.h"

namespace tessera {

Result<QJsonObject> releaseHold(WriteContext &ctx, qint64 holdId, HoldEnd end)
{
    auto found = ctx.inventory().hold(holdId);
    if (!found)
        return found.error();
    // Resolve everything first so a missing event cannot leave a half release.
    std::vector<EventInventory *> events;
    for (const HoldItem &item : (*found)->items) {
        if (item.kind == ItemKind::CardKey)
            continue;
        auto event = ctx.inventory().event(item.scopeId);
        if (!event)
            return event.error();
        events.push_back(*event);
    }
    std::optional<ActiveHold> hold = ctx.inventory().takeHold(holdId);
    qint64 seats = 0, ga = 0, cards = 0;
    size_t eventIndex = 0;
    for (const HoldItem &item : hold->items) {
        if (item.kind == ItemKind::CardKey) {
            auto pool = ctx.inventory().cardPool(item.scopeId);
            auto r = ctx.run("UPDATE card_codes SET state = 0, hold_id = NULL "
                             "WHERE id = ? AND state = 1 AND hold_id = ?",
                             [&](SqliteStatement &s) { s.bind(1, item.refId).bind(2, holdId); });
            if (!r)
                return r.error();
            if (pool)
                (*pool)->putBack(item.refId);
            ++cards;
            continue;
        }
        EventInventory *event = events[eventIndex++];
        if (item.kind == ItemKind::Seat) {
            SeatSlot *slot = event->seatById(item.refId);
            if (slot && slot->state == SeatState::Held && slot->holdId == holdId) {
                slot->state = SeatState::Available;
                slot->holdId = 0;
                event->markDirty(*slot);
                ++seats;
            }
        } else {
            auto quota = event->quotas.find(item.refId);
            if (quota != event->quotas.end()) {
                quota->held -= item.quantity;
                event->markDirty(*quota);
                ga += item.quantity;
            }
        }
    }
    auto r = ctx.run("UPDATE holds SET state = ? WHERE id = ?",
                     [&](SqliteStatement &s) { s.bind(1, int(end)).bind(2, holdId); });
    if (!r)
        return r.error();
    return QJsonObject{{QStringLiteral("hold"), holdId},
                       {QStringLiteral("released_seats"), seats},
                       {QStringLiteral("released_ga"), ga},
                       {QStringLiteral("released_cards"), cards}};
}

} // namespace tessera
