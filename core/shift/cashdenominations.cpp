// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/cashdenominations.h"

#include <QStringList>

namespace tessera {

QList<qint64> CashDenominations::forCurrency(const QString &currency)
{
    if (currency == QLatin1String("CNY")) // 100, 50, 20, 10, 5, 1 yuan; 5 jiao, 1 jiao
        return {10000, 5000, 2000, 1000, 500, 100, 50, 10};
    if (currency == QLatin1String("EUR")) // notes to 100 €, coins to 1 cent
        return {10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    if (currency == QLatin1String("USD")) // bills to $100, quarter, dime, nickel, penny
        return {10000, 5000, 2000, 1000, 500, 100, 25, 10, 5, 1};
    if (currency == QLatin1String("GBP"))
        return {5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    if (currency == QLatin1String("HKD"))
        return {100000, 50000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10};
    if (minorDigits(currency) == 0)
        return {10000, 5000, 1000, 500, 100, 50, 10, 5, 1};
    return {10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1};
}

int CashDenominations::minorDigits(const QString &currency)
{
    static const QStringList none{QStringLiteral("JPY"), QStringLiteral("KRW"),
                                  QStringLiteral("VND"), QStringLiteral("ISK")};
    return none.contains(currency) ? 0 : 2;
}

} // namespace tessera
