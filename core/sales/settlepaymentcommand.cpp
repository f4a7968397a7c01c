// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/settlepaymentcommand.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "sales/ordercommands.h"
#include "sales/orderrecord.h"

namespace tessera {

namespace {

struct PaymentRow
{
    qint64 orderId = 0;
    qint64 amount = 0;
    PaymentState state = PaymentState::Unknown;
    QString reference;
};

// The order's part of the answer when the payment does not count toward it.
QJsonObject orderPart(const OrderRecord &order)
{
    return QJsonObject{{QStringLiteral("order"), order.id},
                       {QStringLiteral("state"), orderStateName(order.state)},
                       {QStringLiteral("paid"), order.paid},
                       {QStringLiteral("due"), order.total - order.paid}};
}

} // namespace

Result<std::unique_ptr<Command>> SettlePaymentCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"payment", "state", "reference", "error_code"}); !r)
        return r.error();
    auto payment = f.positive(QStringLiteral("payment"));
    if (!payment)
        return payment.error();
    auto stateName = f.string(QStringLiteral("state"));
    if (!stateName)
        return stateName.error();
    PaymentState state = PaymentState::Approved;
    if (*stateName == QLatin1String("approved"))
        state = PaymentState::Approved;
    else if (*stateName == QLatin1String("declined"))
        state = PaymentState::Declined;
    else
        return fail(
            ErrorCode::InvalidInput,
            tr("A payment is settled as \"approved\" or \"declined\", not \"%1\".").arg(*stateName),
            QStringLiteral("state"));
    auto reference = f.optionalString(QStringLiteral("reference"));
    if (!reference)
        return reference.error();
    auto errorCode = f.optionalString(QStringLiteral("error_code"));
    if (!errorCode)
        return errorCode.error();
    if (state == PaymentState::Declined && errorCode->isEmpty())
        return fail(ErrorCode::MissingField, tr("A declined payment needs its error code."),
                    QStringLiteral("error_code"));
    if (state == PaymentState::Approved && !errorCode->isEmpty())
        return fail(ErrorCode::InvalidInput, tr("An approved payment has no error code."),
                    QStringLiteral("error_code"));
    return std::unique_ptr<Command>(
        new SettlePaymentCommand(*payment, state, *reference, *errorCode));
}

QString SettlePaymentCommand::idempotencyKey(const QString &terminalId, qint64 paymentId,
                                             PaymentState state)
{
    return QStringLiteral("settle-payment:%1:%2:%3")
        .arg(terminalId)
        .arg(paymentId)
        .arg(paymentStateName(state));
}

QJsonObject SettlePaymentCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("payment"), m_paymentId},
                  {QStringLiteral("state"), paymentStateName(m_state)}};
    if (!m_reference.isEmpty())
        o.insert(QStringLiteral("reference"), m_reference);
    if (!m_errorCode.isEmpty())
        o.insert(QStringLiteral("error_code"), m_errorCode);
    return o;
}

Result<CommandResult> SettlePaymentCommand::apply(WriteContext &ctx)
{
    PaymentRow payment;
    {
        auto stmt = ctx.statement(
            "SELECT order_id, amount, state, provider_ref FROM payments WHERE id = ?");
        if (!stmt)
            return stmt.error();
        SqliteStatement &s = **stmt;
        s.bind(1, m_paymentId);
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            return fail(ErrorCode::NotFound, tr("There is no payment %1.").arg(m_paymentId),
                        QStringLiteral("payment"));
        payment.orderId = s.columnInt(0);
        payment.amount = s.columnInt(1);
        payment.state = PaymentState(s.columnInt(2));
        payment.reference = s.columnText(3);
        s.reset();
    }
    if (payment.state != PaymentState::Unknown)
        return fail(ErrorCode::InvalidState,
                    tr("Payment %1 is %2 already; only a payment whose outcome is unknown can "
                       "be settled.")
                        .arg(m_paymentId)
                        .arg(paymentStateName(payment.state)),
                    QStringLiteral("payment"));
    auto order = OrderRecord::load(ctx, payment.orderId);
    if (!order)
        return order.error();

    // Approved money counts only toward a pending order that still owes it.
    const bool counts = m_state == PaymentState::Approved && order->state == OrderState::Pending &&
                        order->paid + payment.amount <= order->total;
    QString errorCode = m_errorCode;
    if (m_state == PaymentState::Approved && !counts)
        errorCode = refundDueCode();
    auto updated = ctx.run(
        "UPDATE payments SET state = ?, error_code = ?, provider_ref = COALESCE(?, provider_ref) "
        "WHERE id = ?",
        [&](SqliteStatement &s) {
            s.bind(1, int(m_state));
            errorCode.isEmpty() ? s.bindNull(2) : s.bind(2, errorCode);
            m_reference.isEmpty() ? s.bindNull(3) : s.bind(3, m_reference);
            s.bind(4, m_paymentId);
        });
    if (!updated)
        return updated.error();

    QJsonObject result;
    if (counts) {
        auto counted = countApprovedPayment(ctx, *order, payment.amount);
        if (!counted)
            return counted.error();
        result = *counted;
    } else {
        result = orderPart(*order);
        if (m_state == PaymentState::Approved)
            result.insert(QStringLiteral("refund_due"), payment.amount);
    }
    result.insert(QStringLiteral("payment"), m_paymentId);
    result.insert(QStringLiteral("payment_state"), paymentStateName(m_state));
    const QString reference = m_reference.isEmpty() ? payment.reference : m_reference;
    if (!reference.isEmpty())
        result.insert(QStringLiteral("reference"), reference);
    if (!errorCode.isEmpty())
        result.insert(QStringLiteral("error_code"), errorCode);
    return result;
}

} // namespace tessera
