// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuetime.h"

#include "common/clock.h"

namespace tessera {

VenueTime::VenueTime(const QTimeZone &zone, const Clock &clock,
                     const std::optional<QLocale> &locale)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_clock(&clock)
    , m_locale(locale)
{}

VenueTime::VenueTime(const QTimeZone &zone, const std::optional<QLocale> &locale)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_locale(locale)
{}

VenueTime VenueTime::inZone(const QString &zoneId) const
{
    const QTimeZone zone(zoneId.toUtf8());
    if (zoneId.isEmpty() || !zone.isValid())
        return *this;
    VenueTime other(zone, m_locale);
    other.m_clock = m_clock;
    return other;
}

qint64 VenueTime::nowMs() const
{
    Q_ASSERT(m_clock);
    return m_clock ? m_clock->nowMs() : 0;
}

QDateTime VenueTime::now() const
{
    return at(nowMs());
}

QDateTime VenueTime::at(qint64 msSinceEpoch) const
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, m_zone);
}

QDateTime VenueTime::at(const QDateTime &instant) const
{
    return instant.toTimeZone(m_zone);
}

QDateTime VenueTime::instant(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

QString VenueTime::date(const QDateTime &instant) const
{
    return locale().toString(at(instant).date(), QStringLiteral("yyyy-MM-dd"));
}

QString VenueTime::longDate(const QDateTime &instant) const
{
    return locale().toString(at(instant).date(), QLocale::LongFormat);
}

QString VenueTime::time(const QDateTime &instant) const
{
    return locale().toString(at(instant).time(), QStringLiteral("HH:mm"));
}

QString VenueTime::timeWithSeconds(const QDateTime &instant) const
{
    return locale().toString(at(instant).time(), QStringLiteral("HH:mm:ss"));
}

QString VenueTime::dateTime(const QDateTime &instant) const
{
    return date(instant) + QLatin1Char(' ') + time(instant);
}

QString VenueTime::zoneName(const QDateTime &instant) const
{
    const int offset = m_zone.offsetFromUtc(instant);
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offset) / 60;
    QString text = QStringLiteral("UTC") + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
                   QString::number(minutes / 60);
    if (minutes % 60 != 0)
        text += QStringLiteral(":%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString VenueTime::timeWithZone(const QDateTime &instant) const
{
    return time(instant) + QLatin1Char(' ') + zoneName(instant);
}

QString VenueTime::dateTimeWithZone(const QDateTime &instant) const
{
    return dateTime(instant) + QLatin1Char(' ') + zoneName(instant);
}

QString VenueTime::dateTime(const QString &iso) const
{
    const QDateTime when = instant(iso);
    return when.isValid() ? dateTime(when) : iso;
}

} // namespace tessera
