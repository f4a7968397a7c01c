// SPDX-License-Identifier: GPL-3.0-or-later
#include "printstyle.h"

#include <QStringList>
#include <QTimeZone>

namespace tessera {

namespace {

// ISO 4217 currencies without minor units among those a box office meets.
int minorDigits(const QString &currency)
{
    static const QStringList none{QStringLiteral("JPY"), QStringLiteral("KRW"),
                                  QStringLiteral("VND"), QStringLiteral("ISK")};
    return none.contains(currency) ? 0 : 2;
}

} // namespace

PrintStyle::PrintStyle(const QPaintDevice &device, QLocale locale)
    : m_dotsPerMm(device.logicalDpiX() / 25.4)
    , m_locale(std::move(locale))
{}

QFont PrintStyle::font(qreal points, QFont::Weight weight) const
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Noto Sans")});
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QFont PrintStyle::monospace(qreal points, QFont::Weight weight) const
{
    QFont f = font(points, weight);
    f.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono CJK SC")});
    f.setStyleHint(QFont::Monospace);
    return f;
}

QString PrintStyle::money(qint64 minor, const QString &currency) const
{
    const int digits = minorDigits(currency);
    double value = double(minor);
    for (int i = 0; i < digits; ++i)
        value /= 10;
    const bool localCurrency = m_locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    const QString symbol = localCurrency ? m_locale.currencySymbol() : currency + QChar(0x00A0);
    return m_locale.toCurrencyString(value, symbol, digits);
}

QString PrintStyle::date(const QDateTime &when) const
{
    return m_locale.toString(when.date(), QLocale::LongFormat);
}

QString PrintStyle::time(const QDateTime &when) const
{
    return m_locale.toString(when.time(), QLocale::ShortFormat) + QLatin1Char(' ') +
           when.timeZoneAbbreviation();
}

QString PrintStyle::dateTime(const QDateTime &when) const
{
    return m_locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time(when);
}

} // namespace tessera
