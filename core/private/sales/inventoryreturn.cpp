// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/inventoryreturn.h"

#include "engine/writecontext.h"

namespace tessera {

Result<void> returnLineToSale(WriteContext &ctx, qint64 orderId, const OrderLineRecord &line,
                              CardKeyFate cardFate)
{
    switch (line.kind) {
    case ItemKind::Seat: {
        auto event = ctx.inventory().event(line.eventId);
        if (!event)
            return event.error();
        SeatSlot *slot = (*event)->seatById(line.refId);
        if (slot && slot->state == SeatState::Sold && slot->orderId == orderId) {
            slot->state = SeatState::Available;
            slot->orderId = 0;
            (*event)->markDirty(*slot);
        }
        return {};
    }
    case ItemKind::GeneralAdmission: {
        auto event = ctx.inventory().event(line.eventId);
        if (!event)
            return event.error();
        auto quota = (*event)->quotas.find(line.refId);
        if (quota != (*event)->quotas.end()) {
            quota->sold -= 1;
            (*event)->markDirty(*quota);
        }
        return {};
    }
    case ItemKind::CardKey: {
        const bool back = cardFate == CardKeyFate::BackOnSale;
        auto r = ctx.run("UPDATE card_codes SET state = ?, order_id = ? WHERE id = ?",
                         [&](SqliteStatement &s) {
                             s.bind(1, int(back ? CardCodeState::Available : CardCodeState::Void));
                             back ? s.bindNull(2) : s.bind(2, orderId);
                             s.bind(3, line.refId);
                         });
        if (!r)
            return r;
        if (back) {
            // The pool is reloaded on next use so the code is found in id order.
            auto product = ctx.statement("SELECT product_id FROM card_codes WHERE id = ?");
            if (!product)
                return product.error();
            (*product)->bind(1, line.refId);
            auto row = (*product)->step();
            if (!row)
                return row.error();
            if (*row)
                ctx.inventory().forgetCardPool((*product)->columnInt(0));
            (*product)->reset();
        }
        return {};
    }
    }
    return {};
}

Result<void> cancelUnpaidOrder(WriteContext &ctx, OrderRecord &order, const QString &reason)
{
    for (const OrderLineRecord &line : order.lines) {
        if (line.kind != ItemKind::CardKey) {
            if (auto e = ctx.inventory().event(line.eventId); !e)
                return e.error();
        }
    }
    for (const OrderLineRecord &line : order.lines) {
        if (auto r = returnLineToSale(ctx, order.id, line, CardKeyFate::BackOnSale); !r)
            return r;
    }
    order.state = OrderState::Cancelled;
    if (auto r = order.saveTotals(ctx); !r)
        return r;
    return ctx.run("UPDATE orders SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ? "
                   "WHERE id = ?",
                   [&](SqliteStatement &s) {
                       s.bind(1, ctx.now()).bindOptional(2, ctx.actor());
                       reason.isEmpty() ? s.bindNull(3) : s.bind(3, reason);
                       s.bind(4, order.id);
                   });
}

} // namespace tessera
