// SPDX-License-Identifier: GPL-3.0-or-later
#include "amounttext.h"

#include <QLocale>
#include <QRegularExpression>

namespace tessera {

std::optional<qint64> parseAmount(const QString &text)
{
    QString plain = text.trimmed();
    const QString decimal = QLocale().decimalPoint();
    if (decimal != QLatin1String("."))
        plain.replace(decimal, QStringLiteral("."));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{0,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(plain);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 major = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return major * 100 + fraction.toLongLong();
}

QString formatAmount(qint64 minor)
{
    return QLocale().toString(double(minor) / 100.0, 'f', 2);
}

QString formatMoney(qint64 minor, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(formatAmount(minor), currency);
}

} // namespace tessera
