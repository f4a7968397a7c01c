// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/refundcommand.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "sales/inventoryreturn.h"
#include "sales/orderrecord.h"
#include "shift/shiftguard.h"

#include <QCoreApplication>
#include <QSet>

namespace tessera {

Result<std::unique_ptr<Command>> RefundCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"order", "lines", "reason"}); !r)
        return r.error();
    auto order = f.positive(QStringLiteral("order"));
    if (!order)
        return order.error();
    auto reason = f.string(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    auto lines = f.optionalArray(QStringLiteral("lines"));
    if (!lines)
        return lines.error();
    QList<qint64> ids;
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const double v = lines->at(i).toDouble(-1);
        if (!lines->at(i).isDouble() || v <= 0 || qint64(v) != v)
            return fail(ErrorCode::InvalidInput, tr("A line is given by its number."),
                        jsonIndexPath({}, QStringLiteral("lines"), i));
        if (ids.contains(qint64(v)))
            return fail(ErrorCode::DuplicateId, tr("The same line is listed twice."),
                        jsonIndexPath({}, QStringLiteral("lines"), i));
        ids.push_back(qint64(v));
    }
    return std::unique_ptr<Command>(new RefundCommand(*order, ids, reason->trimmed()));
}

QJsonObject RefundCommand::toJson() const
{
    QJsonArray lines;
    for (const qint64 id : m_lineIds)
        lines.push_back(id);
    QJsonObject o{{QStringLiteral("order"), m_orderId}, {QStringLiteral("reason"), m_reason}};
    if (!lines.isEmpty())
        o.insert(QStringLiteral("lines"), lines);
    return o;
}

Result<CommandResult> RefundCommand::apply(WriteContext &ctx)
{
    auto order = OrderRecord::load(ctx, m_orderId);
    if (!order)
        return order.error();
    if (order->state != OrderState::Paid && order->state != OrderState::PartlyRefunded)
        return fail(ErrorCode::InvalidState,
                    tr("Order %1 is %2; only a paid order can be refunded.")
                        .arg(m_orderId)
                        .arg(orderStateName(order->state)),
                    QStringLiteral("order"));
    const QSet<qint64> wanted(m_lineIds.cbegin(), m_lineIds.cend());
    for (const qint64 id : m_lineIds) {
        const bool inOrder = std::any_of(order->lines.cbegin(), order->lines.cend(),
                                         [id](const OrderLineRecord &l) { return l.id == id; });
        if (!inOrder)
            return fail(ErrorCode::UnknownReference,
                        tr("Line %1 is not part of order %2.").arg(id).arg(m_orderId),
                        QStringLiteral("lines"));
    }
    std::vector<const OrderLineRecord *> refunding;
    qint64 amount = 0;
    for (const OrderLineRecord &line : order->lines) {
        if (!wanted.isEmpty() && !wanted.contains(line.id))
            continue;
        if (line.state != LineState::Active) {
            if (wanted.isEmpty())
                continue;
            return fail(
                ErrorCode::InvalidState,
                line.state == LineState::Refunded
                    ? tr("Line %1 was refunded already.").arg(line.id)
                    : tr("Line %1 was exchanged; refund the line that replaced it.").arg(line.id),
                QStringLiteral("lines"));
        }
        if (line.redeemedAt)
            return fail(
                ErrorCode::InvalidState,
                tr("Ticket %1 was used at the gate; a used ticket is not refunded.").arg(line.id),
                QStringLiteral("lines"));
        if (line.kind != ItemKind::CardKey) {
            if (auto e = ctx.inventory().event(line.eventId); !e)
                return e.error();
        }
        refunding.push_back(&line);
        amount += line.price;
    }
    if (refunding.empty())
        return fail(ErrorCode::InvalidState,
                    tr("Nothing is left to refund on order %1.").arg(m_orderId),
                    QStringLiteral("order"));

    if (auto r =
            ShiftGuard::forRefund(ctx, m_orderId, order->refunded, amount, QStringLiteral("order"));
        !r)
        return r.error();
    for (const OrderLineRecord *line : refunding) {
        if (auto r = returnLineToSale(ctx, m_orderId, *line, CardKeyFate::Void); !r)
            return r.error();
    }
    auto refundId = ctx.insert("INSERT INTO refunds(order_id, amount, reason, created_at, actor, "
                               "approved_by) VALUES(?, ?, ?, ?, ?, ?)",
                               [&](SqliteStatement &s) {
                                   s.bind(1, m_orderId).bind(2, amount).bind(3, m_reason);
                                   s.bind(4, ctx.now()).bindOptional(5, ctx.actor());
                                   s.bindOptional(6, ctx.approvedBy());
                               });
    if (!refundId)
        return refundId.error();
    QJsonArray lineIds;
    for (const OrderLineRecord *line : refunding) {
        auto r = ctx.run("UPDATE order_lines SET state = 1 WHERE id = ?",
                         [&](SqliteStatement &s) { s.bind(1, line->id); });
        if (!r)
            return r.error();
        lineIds.push_back(line->id);
    }
    const qint64 activeLeft =
        std::count_if(order->lines.cbegin(), order->lines.cend(),
                      [](const OrderLineRecord &l) { return l.state == LineState::Active; }) -
        qint64(refunding.size());
    order->refunded += amount;
    order->state = activeLeft == 0 ? OrderState::Refunded : OrderState::PartlyRefunded;
    if (auto r = order->saveTotals(ctx); !r)
        return r.error();
    return QJsonObject{{QStringLiteral("order"), m_orderId},
                       {QStringLiteral("refund"), *refundId},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("currency"), order->currency},
                       {QStringLiteral("reason"), m_reason},
                       {QStringLiteral("approved_by"), ctx.approvedBy()},
                       {QStringLiteral("lines"), lineIds},
                       {QStringLiteral("state"), orderStateName(order->state)}};
}

} // namespace tessera
