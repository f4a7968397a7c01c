// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/canceleventrefunds.h"

#include "engine/writecontext.h"
#include "sales/inventoryreturn.h"
#include "shift/shiftguard.h"

namespace tessera {

namespace {

Result<void> insertRefund(WriteContext &ctx, qint64 orderId, qint64 amount, const QString &reason)
{
    auto refundId = ctx.insert("INSERT INTO refunds(order_id, amount, reason, created_at, actor, "
                               "approved_by) VALUES(?, ?, ?, ?, ?, ?)",
                               [&](SqliteStatement &s) {
                                   s.bind(1, orderId).bind(2, amount).bind(3, reason);
                                   s.bind(4, ctx.now()).bindOptional(5, ctx.actor());
                                   s.bindOptional(6, ctx.approvedBy());
                               });
    if (!refundId)
        return refundId.error();
    return {};
}

} // namespace

Result<qint64> refundLinesOfCancelledEvent(WriteContext &ctx, OrderRecord &order,
                                           const QList<qint64> &lineIds, const QString &reason)
{
    std::vector<const OrderLineRecord *> refunding;
    qint64 amount = 0;
    for (const OrderLineRecord &line : order.lines) {
        if (line.state != LineState::Active || !lineIds.contains(line.id))
            continue;
        if (line.kind != ItemKind::CardKey) {
            if (auto e = ctx.inventory().event(line.eventId); !e)
                return e.error();
        }
        refunding.push_back(&line);
        amount += line.price;
    }
    if (refunding.empty())
        return qint64(0);
    if (auto r =
            ShiftGuard::forRefund(ctx, order.id, order.refunded, amount, QStringLiteral("event"));
        !r)
        return r.error();
    for (const OrderLineRecord *line : refunding) {
        if (auto r = returnLineToSale(ctx, order.id, *line, CardKeyFate::Void); !r)
            return r.error();
        auto r = ctx.run("UPDATE order_lines SET state = 1 WHERE id = ?",
                         [&](SqliteStatement &s) { s.bind(1, line->id); });
        if (!r)
            return r.error();
    }
    if (auto r = insertRefund(ctx, order.id, amount, reason); !r)
        return r.error();
    const qint64 activeLeft =
        std::count_if(order.lines.cbegin(), order.lines.cend(),
                      [](const OrderLineRecord &l) { return l.state == LineState::Active; }) -
        qint64(refunding.size());
    order.refunded += amount;
    order.state = activeLeft == 0 ? OrderState::Refunded : OrderState::PartlyRefunded;
    if (auto r = order.saveTotals(ctx); !r)
        return r.error();
    return amount;
}

Result<qint64> refundAndCancelPartPaidOrder(WriteContext &ctx, OrderRecord &order,
                                            const QString &reason)
{
    const qint64 amount = order.paid - order.refunded;
    if (amount > 0) {
        if (auto r = ShiftGuard::forRefund(ctx, order.id, order.refunded, amount,
                                           QStringLiteral("event"));
            !r)
            return r.error();
        if (auto r = insertRefund(ctx, order.id, amount, reason); !r)
            return r.error();
        order.refunded += amount;
    }
    if (auto r = cancelUnpaidOrder(ctx, order, reason); !r)
        return r.error();
    return qint64(std::max<qint64>(amount, 0));
}

} // namespace tessera
