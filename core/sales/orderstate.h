// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>

namespace tessera {

enum class OrderState : int {
    Pending = 0,
    Paid = 1,
    Cancelled = 2,
    Refunded = 3,
    PartlyRefunded = 4
};
enum class PaymentState : int { Approved = 0, Declined = 1, Unknown = 2, Refunded = 3 };
// A line is active until it is refunded, or exchanged for another seat
// (exchange_seat: the old line stays, void, beside the new one).
enum class LineState : int { Active = 0, Refunded = 1, Exchanged = 2 };
enum class CardCodeState : int { Available = 0, Held = 1, Sold = 2, Void = 3 };

QString orderStateName(OrderState state);
QString paymentStateName(PaymentState state);
QString lineStateName(LineState state);
// Order numbers as people read them: "<terminal>-000042".
QString orderNumber(const QString &terminalId, qint64 orderId);
// The same text as UTF-8 in `out`, for an answer written as bytes by the
// writer (no QString made and dropped per sale); empty when it does not fit.
std::string_view orderNumber(char (&out)[64], QStringView terminalId, qint64 orderId);

} // namespace tessera
