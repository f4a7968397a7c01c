// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/cashpayment.h"

#include <array>

namespace tessera {

Result<qint64> CashPayment::changeFor(qint64 dueMinor, qint64 tenderedMinor)
{
    if (dueMinor < 0 || tenderedMinor < dueMinor)
        return fail(ErrorCode::InvalidInput,
                    PaymentResult::tr("The amount tendered is less than the amount due."),
                    QStringLiteral("tendered"));
    return tenderedMinor - dueMinor;
}

qint64 CashPayment::minorPerMajor(const QString &currency)
{
    // ISO 4217 currencies without minor units that a venue might take.
    static const std::array<QLatin1String, 9> zeroDecimal{
        QLatin1String("JPY"), QLatin1String("KRW"), QLatin1String("VND"),
        QLatin1String("CLP"), QLatin1String("ISK"), QLatin1String("PYG"),
        QLatin1String("UGX"), QLatin1String("XAF"), QLatin1String("XOF")};
    for (const QLatin1String code : zeroDecimal) {
        if (currency == code)
            return 1;
    }
    return 100;
}

QList<qint64> CashPayment::suggestedTenders(qint64 dueMinor, const QString &currency)
{
    QList<qint64> tenders;
    if (dueMinor <= 0)
        return tenders;
    tenders.append(dueMinor);
    const qint64 unit = minorPerMajor(currency);
    // Zero-decimal currencies count in hundreds and thousands (1 000 yen notes).
    const qint64 scale = unit == 1 ? 100 : 1;
    constexpr std::array<qint64, 5> steps{1, 10, 20, 50, 100};
    constexpr qsizetype kMaxSuggestions = 5;
    for (const qint64 step : steps) {
        const qint64 stepMinor = step * scale * unit;
        const qint64 roundedUp = (dueMinor + stepMinor - 1) / stepMinor * stepMinor;
        if (roundedUp > tenders.constLast())
            tenders.append(roundedUp);
        if (tenders.size() == kMaxSuggestions)
            break;
    }
    return tenders;
}

PaymentResult CashPayment::decide(const PaymentRequest &request) const
{
    if (request.amount.minor <= 0)
        return PaymentResult::declined(PaymentError::InvalidAmount);
    const auto change = changeFor(request.amount.minor, request.tenderedMinor);
    if (!change)
        return PaymentResult::declined(PaymentError::InvalidAmount, change.error().message);
    PaymentResult result = PaymentResult::approved({});
    result.changeMinor = *change;
    return result;
}

} // namespace tessera
