// SPDX-License-Identifier: GPL-3.0-or-later
#include "printstyle.h"

#include "console/moneyformat.h"
#include "console/venuetime.h"

namespace tessera {

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
    return MoneyFormat::money(minor, currency, m_locale);
}

// A printed time is read away from the counter: always with its zone.
QString PrintStyle::date(const QDateTime &when) const
{
    return VenueTime(when.timeZone(), m_locale).longDate(when);
}

QString PrintStyle::time(const QDateTime &when) const
{
    return VenueTime(when.timeZone(), m_locale).timeWithZone(when);
}

QString PrintStyle::dateTime(const QDateTime &when) const
{
    return VenueTime(when.timeZone(), m_locale).dateTimeWithZone(when);
}

} // namespace tessera
