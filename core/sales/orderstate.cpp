// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/orderstate.h"

#include <charconv>
#include <cstring>

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
    char text[64];
    if (const std::string_view number = orderNumber(text, terminalId, orderId); !number.empty())
        return QString::fromUtf8(number.data(), qsizetype(number.size()));
    return terminalId + QLatin1Char('-') +
           QStringLiteral("%1").arg(orderId, 6, 10, QLatin1Char('0'));
}

std::string_view orderNumber(char (&out)[64], QStringView terminalId, qint64 orderId)
{
    // At least six digits, zero-padded ("T1-000042"). Terminal ids are short
    // ASCII; anything else takes the QString path.
    if (orderId < 0 || terminalId.size() > 32)
        return {};
    char *at = out;
    for (const QChar c : terminalId) {
        if (c.unicode() >= 0x80)
            return {};
        *at++ = char(c.unicode());
    }
    *at++ = '-';
    char digits[24];
    const auto size = size_t(std::to_chars(digits, digits + sizeof digits, orderId).ptr - digits);
    for (size_t i = size; i < 6; ++i)
        *at++ = '0';
    std::memcpy(at, digits, size);
    at += size;
    return {out, size_t(at - out)};
}

} // namespace tessera
