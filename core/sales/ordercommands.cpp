// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/ordercommands.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "sales/inventoryreturn.h"
#include "sales/orderrecord.h"
#include "shift/shiftguard.h"

#include <QCoreApplication>

namespace tessera {

Result<QJsonObject> countApprovedPayment(WriteContext &ctx, OrderRecord &order, qint64 amount)
{
    order.paid += amount;
    if (order.paid == order.total)
        order.state = OrderState::Paid;
    if (auto r = order.saveTotals(ctx); !r)
        return r.error();
    QJsonObject result{{QStringLiteral("order"), order.id},
                       {QStringLiteral("state"), orderStateName(order.state)},
                       {QStringLiteral("paid"), order.paid},
                       {QStringLiteral("due"), order.total - order.paid}};
    if (order.state == OrderState::Paid)
        result.insert(QStringLiteral("tickets"), order.ticketsJson());
    return result;
}

Result<std::unique_ptr<Command>> AddPaymentCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    auto order = f.positive(QStringLiteral("order"));
    if (!order)
        return order.error();
    auto payment = f.optionalObject(QStringLiteral("payment"));
    if (!payment)
        return payment.error();
    if (!f.has(QStringLiteral("payment")))
        return fail(ErrorCode::MissingField, tr("A required field is missing."),
                    QStringLiteral("payment"));
    if (auto r = f.only({"order", "payment"}); !r)
        return r.error();
    auto parsed = PaymentInput::fromJson(*payment, QStringLiteral("payment"));
    if (!parsed)
        return parsed.error();
    return std::unique_ptr<Command>(new AddPaymentCommand(*order, *parsed));
}

QJsonObject AddPaymentCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("order"), m_orderId},
                       {QStringLiteral("payment"), m_payment.toJson()}};
}

Result<CommandResult> AddPaymentCommand::apply(WriteContext &ctx)
{
    auto order = OrderRecord::load(ctx, m_orderId);
    if (!order)
        return order.error();
    if (order->state != OrderState::Pending)
        return fail(ErrorCode::InvalidState,
                    tr("Order %1 is %2; only a pending order takes payments.")
                        .arg(m_orderId)
                        .arg(orderStateName(order->state)),
                    QStringLiteral("order"));
    const qint64 applied = m_payment.state == PaymentState::Approved ? m_payment.amount : 0;
    if (order->paid + applied > order->total)
        return fail(ErrorCode::PaymentMismatch,
                    tr("Only %1 is still due on this order; record the amount applied and give "
                       "the change.")
                        .arg(order->total - order->paid),
                    QStringLiteral("payment.amount"));
    if (auto r = ShiftGuard::forPayments(ctx, PaymentInput::methodsTaking({m_payment}),
                                         QStringLiteral("payment.method"));
        !r)
        return r.error();
    if (auto r = PaymentInput::record(ctx, m_orderId, {m_payment}); !r)
        return r.error();
    auto result = countApprovedPayment(ctx, *order, applied);
    if (!result)
        return result.error();
    result->insert(QStringLiteral("payment_state"), paymentStateName(m_payment.state));
    return *result;
}

Result<std::unique_ptr<Command>> CancelOrderCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"order", "reason"}); !r)
        return r.error();
    auto order = f.positive(QStringLiteral("order"));
    if (!order)
        return order.error();
    auto reason = f.optionalString(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    return std::unique_ptr<Command>(new CancelOrderCommand(*order, *reason));
}

QJsonObject CancelOrderCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("order"), m_orderId}};
    if (!m_reason.isEmpty())
        o.insert(QStringLiteral("reason"), m_reason);
    return o;
}

Result<CommandResult> CancelOrderCommand::apply(WriteContext &ctx)
{
    auto order = OrderRecord::load(ctx, m_orderId);
    if (!order)
        return order.error();
    if (order->state != OrderState::Pending)
        return fail(ErrorCode::InvalidState,
                    tr("Order %1 is %2; only a pending order can be cancelled (refund a paid "
                       "one).")
                        .arg(m_orderId)
                        .arg(orderStateName(order->state)),
                    QStringLiteral("order"));
    if (order->paid > 0)
        return fail(
            ErrorCode::InvalidState,
            tr("Order %1 has %2 paid already; refund it instead.").arg(m_orderId).arg(order->paid),
            QStringLiteral("order"));
    if (auto r = cancelUnpaidOrder(ctx, *order, m_reason.trimmed()); !r)
        return r.error();
    if (!ctx.approvedBy().isEmpty()) {
        auto r = ctx.run("UPDATE orders SET approved_by = ? WHERE id = ?", [&](SqliteStatement &s) {
            s.bind(1, ctx.approvedBy()).bind(2, m_orderId);
        });
        if (!r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("order"), m_orderId},
                       {QStringLiteral("state"), orderStateName(order->state)},
                       {QStringLiteral("released_lines"), qint64(order->lines.size())}};
}

} // namespace tessera
