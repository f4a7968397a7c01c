// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace tessera {

// The notes and coins a cashier counts in a drawer of one currency, largest
// first, in minor units (CNY: ¥100 … 1 jiao). A currency without a known set
// gets a decimal series so its drawer can still be counted.
class CashDenominations
{
public:
    static QList<qint64> forCurrency(const QString &currency);
    // Digits after the decimal point of an ISO 4217 currency (2, or 0 for JPY…).
    static int minorDigits(const QString &currency);
};

} // namespace tessera
