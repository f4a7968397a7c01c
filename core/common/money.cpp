// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/money.h"

namespace tessera {

QString Money::toString() const
{
    const qint64 whole = minor / 100;
    const qint64 cents = qAbs(minor % 100);
    const QString sign = (minor < 0 && whole == 0) ? QStringLiteral("-") : QString();
    return sign + QString::number(whole) + QLatin1Char('.') +
           QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0')) + QLatin1Char(' ') + currency;
}

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

} // namespace tessera
