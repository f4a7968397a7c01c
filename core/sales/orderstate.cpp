// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/orderstate.h"

#include <charconv>

namespace tessera {

QString orderStateName(OrderState state)
{
    switch (state) {
    case OrderState::Pending:
        return QStringLiteral("pending");
    case OrderState::Paid:
        return QStringLiteral("paid");
    case OrderState::Cancelled:
        return QStringLiteral("cancelled");
    case OrderState::Refunded:
        return QStringLiteral("refunded");
    case OrderState::PartlyRefunded:
        return QStringLiteral("partly_refunded");
    }
    return QStringLiteral("unknown");
}

QString paymentStateName(PaymentState state)
{
    switch (state) {
    case PaymentState::Approved:
        return QStringLiteral("approved");
    case PaymentState::Declined:
        return QStringLiteral("declined");
    case PaymentState::Unknown:
        return QStringLiteral("unknown");
    case PaymentState::Refunded:
        return QStringLiteral("refunded");
    }
    return QStringLiteral("unknown");
}

QString lineStateName(LineState state)
{
    switch (state) {
    case LineState::Active:
        return QStringLiteral("active");
    case LineState::Refunded:
        return QStringLiteral("refunded");
    case LineState::Exchanged:
        return QStringLiteral("exchanged");
    }
    return QStringLiteral("unknown");
}

QString orderNumber(const QString &terminalId, qint64 orderId)
{
    if (orderId < 0)
        return terminalId + QLatin1Char('-') +
               QStringLiteral("%1").arg(orderId, 6, 10, QLatin1Char('0'));
    // At least six digits, zero-padded ("T1-000042"); built without arg(),
    // as every sale's answer carries one.
    char digits[24];
    const auto size =
        qsizetype(std::to_chars(digits, digits + sizeof digits, orderId).ptr - digits);
    QString number;
    number.reserve(terminalId.size() + 1 + qMax<qsizetype>(6, size));
    number.append(terminalId).append(QLatin1Char('-'));
    for (qsizetype i = size; i < 6; ++i)
        number.append(QLatin1Char('0'));
    return number.append(QLatin1StringView(digits, size));
}

} // namespace tessera
