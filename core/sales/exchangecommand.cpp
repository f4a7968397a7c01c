// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/exchangecommand.h"

#include "common/jsonfields.h"
#include "common/randomsource.h"
#include "engine/writecontext.h"
#include "sales/inventoryreturn.h"
#include "sales/orderrecord.h"
#include "sales/ticketcode.h"
#include "shift/shiftguard.h"

namespace tessera {

Result<std::unique_ptr<Command>> ExchangeSeatCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"order", "line", "seat", "event", "payment"}); !r)
        return r.error();
    auto order = f.positive(QStringLiteral("order"));
    if (!order)
        return order.error();
    auto line = f.positive(QStringLiteral("line"));
    if (!line)
        return line.error();
    auto seat = f.string(QStringLiteral("seat"));
    if (!seat)
        return seat.error();
    auto event = f.optionalInteger(QStringLiteral("event"), 0);
    if (!event)
        return event.error();
    if (*event < 0)
        return fail(ErrorCode::InvalidInput, tr("An event is given by its number."),
                    QStringLiteral("event"));
    std::optional<PaymentInput> payment;
    if (f.has(QStringLiteral("payment"))) {
        auto object = f.optionalObject(QStringLiteral("payment"));
        if (!object)
            return object.error();
        auto parsed = PaymentInput::fromJson(*object, QStringLiteral("payment"));
        if (!parsed)
            return parsed.error();
        payment = *parsed;
    }
    return std::unique_ptr<Command>(
        new ExchangeSeatCommand(*order, *line, seat->trimmed(), *event, std::move(payment)));
}

QJsonObject ExchangeSeatCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("order"), m_orderId},
                  {QStringLiteral("line"), m_lineId},
                  {QStringLiteral("seat"), m_seatGuid}};
    if (m_eventId)
        o.insert(QStringLiteral("event"), m_eventId);
    if (m_payment)
        o.insert(QStringLiteral("payment"), m_payment->toJson());
    return o;
}

Result<CommandResult> ExchangeSeatCommand::apply(WriteContext &ctx)
{
    auto order = OrderRecord::load(ctx, m_orderId);
    if (!order)
        return order.error();
    if (order->state != OrderState::Paid && order->state != OrderState::PartlyRefunded)
        return fail(ErrorCode::InvalidState,
                    tr("Order %1 is %2; only a paid order can be exchanged.")
                        .arg(m_orderId)
                        .arg(orderStateName(order->state)),
                    QStringLiteral("order"));
    const auto found = std::find_if(order->lines.cbegin(), order->lines.cend(),
                                    [this](const OrderLineRecord &l) { return l.id == m_lineId; });
    if (found == order->lines.cend())
        return fail(ErrorCode::UnknownReference,
                    tr("Line %1 is not part of order %2.").arg(m_lineId).arg(m_orderId),
                    QStringLiteral("line"));
    const OrderLineRecord line = *found;
    if (line.kind != ItemKind::Seat)
        return fail(ErrorCode::InvalidState,
                    tr("Line %1 is not a seat; only seat tickets are exchanged.").arg(m_lineId),
                    QStringLiteral("line"));
    if (line.state != LineState::Active)
        return fail(ErrorCode::InvalidState,
                    tr("Line %1 is %2; only an active ticket is exchanged.")
                        .arg(m_lineId)
                        .arg(lineStateName(line.state)),
                    QStringLiteral("line"));
    if (line.redeemedAt)
        return fail(
            ErrorCode::InvalidState,
            tr("Ticket %1 was used at the gate; a used ticket is not exchanged.").arg(m_lineId),
            QStringLiteral("line"));
    if (m_eventId && m_eventId != line.eventId)
        return fail(ErrorCode::WrongEvent,
                    tr("Line %1 is for event %2, not event %3; an exchange stays within its "
                       "event.")
                        .arg(m_lineId)
                        .arg(line.eventId)
                        .arg(m_eventId),
                    QStringLiteral("event"));
    auto event = ctx.inventory().event(line.eventId);
    if (!event)
        return event.error();
    EventInventory &inventory = **event;
    SeatSlot *slot = inventory.seatByGuid(m_seatGuid);
    if (!slot)
        return fail(ErrorCode::UnknownReference,
                    tr("Seat \"%1\" is not part of this event's venue.").arg(m_seatGuid),
                    QStringLiteral("seat"));
    if (slot->seatId == line.refId)
        return fail(ErrorCode::InvalidInput,
                    tr("Line %1 is already for seat \"%2\".").arg(m_lineId).arg(m_seatGuid),
                    QStringLiteral("seat"));
    if (slot->state != SeatState::Available)
        return fail(ErrorCode::SeatUnavailable, tr("Seat \"%1\" is not available.").arg(m_seatGuid),
                    QStringLiteral("seat"));
    const auto price = inventory.seatPrice.constFind(
        EventInventory::priceKey(slot->categoryId, line.ticketTypeId));
    if (price == inventory.seatPrice.cend())
        return fail(ErrorCode::UnknownReference,
                    tr("Seat \"%1\" has no price for this ticket's type.").arg(m_seatGuid),
                    QStringLiteral("seat"));
    const qint64 newPrice = *price;
    const qint64 difference = newPrice - line.price;
    if (difference > 0) {
        if (!m_payment)
            return fail(ErrorCode::PaymentMismatch,
                        tr("Seat \"%1\" costs %2 more than line %3; record the payment of the "
                           "difference.")
                            .arg(m_seatGuid)
                            .arg(difference)
                            .arg(m_lineId),
                        QStringLiteral("payment"));
        if (m_payment->state != PaymentState::Approved)
            return fail(ErrorCode::InvalidInput,
                        tr("The difference must be paid before the exchange; a declined or "
                           "unknown payment does not pay it."),
                        QStringLiteral("payment.state"));
        if (m_payment->amount != difference)
            return fail(ErrorCode::PaymentMismatch,
                        tr("The difference is %1, not %2.").arg(difference).arg(m_payment->amount),
                        QStringLiteral("payment.amount"));
    } else if (m_payment) {
        return fail(ErrorCode::PaymentMismatch,
                    difference == 0
                        ? tr("Seat \"%1\" costs the same as line %2: nothing is to pay.")
                              .arg(m_seatGuid)
                              .arg(m_lineId)
                        : tr("Seat \"%1\" costs %2 less than line %3: the difference is given "
                             "back, not paid.")
                              .arg(m_seatGuid)
                              .arg(-difference)
                              .arg(m_lineId),
                    QStringLiteral("payment"));
    }

    if (difference > 0) {
        if (auto r =
                ShiftGuard::forPayments(ctx, {m_payment->method}, QStringLiteral("payment.method"));
            !r)
            return r.error();
    } else if (difference < 0) {
        if (auto r = ShiftGuard::forRefund(ctx, m_orderId, order->refunded, -difference,
                                           QStringLiteral("seat"));
            !r)
            return r.error();
    }

    // Everything is checked: now the old seat goes back and the new one is sold.
    if (auto r = returnLineToSale(ctx, m_orderId, line, CardKeyFate::Void); !r)
        return r.error();
    auto voided = ctx.run("UPDATE order_lines SET state = ? WHERE id = ?", [&](SqliteStatement &s) {
        s.bind(1, int(LineState::Exchanged)).bind(2, m_lineId);
    });
    if (!voided)
        return voided.error();
    const QString secret = TicketCode::newSecret(ctx.random());
    auto newLine = ctx.insert("INSERT INTO order_lines(order_id, kind, event_id, ref_id, "
                              "ticket_type_id, price, secret) VALUES(?, ?, ?, ?, ?, ?, ?)",
                              [&](SqliteStatement &s) {
                                  s.bind(1, m_orderId).bind(2, int(ItemKind::Seat));
                                  s.bind(3, line.eventId).bind(4, slot->seatId);
                                  s.bind(5, line.ticketTypeId).bind(6, newPrice);
                                  s.bind(7, secret);
                              });
    if (!newLine)
        return newLine.error();
    slot->state = SeatState::Sold;
    slot->holdId = 0;
    slot->orderId = m_orderId;
    inventory.markDirty(*slot);

    // The money: the difference paid in, or given back as a refund.
    qint64 refundId = 0;
    if (difference > 0) {
        if (auto r = PaymentInput::record(ctx, m_orderId, {*m_payment}); !r)
            return r.error();
        order->total += difference;
        order->paid += difference;
    } else if (difference < 0) {
        auto refund = ctx.insert("INSERT INTO refunds(order_id, amount, reason, created_at, "
                                 "actor, approved_by) VALUES(?, ?, ?, ?, ?, ?)",
                                 [&](SqliteStatement &s) {
                                     s.bind(1, m_orderId).bind(2, -difference);
                                     s.bind(3, QString::fromLatin1(kExchangeRefundReason));
                                     s.bind(4, ctx.now()).bindOptional(5, ctx.actor());
                                     s.bindOptional(6, ctx.approvedBy());
                                 });
        if (!refund)
            return refund.error();
        refundId = *refund;
        order->refunded += -difference;
        order->state = OrderState::PartlyRefunded;
    }
    if (difference != 0) {
        if (auto r = order->saveTotals(ctx); !r)
            return r.error();
    }
    QJsonObject answer{
        {QStringLiteral("order"), m_orderId},
        {QStringLiteral("line"), m_lineId},
        {QStringLiteral("old_seat"), inventory.guidOf(line.refId)},
        {QStringLiteral("new_line"), *newLine},
        {QStringLiteral("seat"), m_seatGuid},
        {QStringLiteral("ticket_type"), inventory.ticketTypeCodeById.value(line.ticketTypeId)},
        {QStringLiteral("price"), newPrice},
        {QStringLiteral("old_price"), line.price},
        {QStringLiteral("difference"), difference},
        {QStringLiteral("currency"), order->currency},
        {QStringLiteral("code"), TicketCode{*newLine, secret}.toString()},
        {QStringLiteral("approved_by"), ctx.approvedBy()},
        {QStringLiteral("state"), orderStateName(order->state)}};
    if (refundId)
        answer.insert(QStringLiteral("refund"), refundId);
    return answer;
}

} // namespace tessera
