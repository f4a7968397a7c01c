// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace tessera {

class Clock;
class ConsoleContext;

// Every time a person reads, in one zone: the box office's (or an event's
// venue's), never the PC's. The core hands out instants (UTC milliseconds or
// ISO 8601 UTC text); only this formats them, with the injected clock for
// "now". Numeric dates are "2026-12-10", times 24-hour "19:30"; the zone is
// named as its UTC offset ("UTC+8"), which no reader can mistake, where a
// time could be misread (printouts, the header clock, check-in).
class VenueTime
{
public:
    // An invalid `zone` falls back to UTC.
    // Without `locale`, the application's locale when it formats (so a
    // language switch applies to a VenueTime kept by a screen).
    VenueTime(const QTimeZone &zone, const Clock &clock,
              const std::optional<QLocale> &locale = std::nullopt);
    // Formatting only, for instants handed over (printouts): no now().
    explicit VenueTime(const QTimeZone &zone, const std::optional<QLocale> &locale = std::nullopt);
    // The box office's zone (setup/boxofficetimezone.h) on the console's clock
    // (in venuetimeboxoffice.cpp, with the console: not in tessera_documents).
    static VenueTime boxOffice(ConsoleContext &context);

    // The same clock and locale in another zone (an event's venue, by IANA
    // id); this zone when `zoneId` is empty or unknown.
    VenueTime inZone(const QString &zoneId) const;

    const QTimeZone &zone() const { return m_zone; }
    QLocale locale() const { return m_locale.value_or(QLocale()); }
    // The injected clock's time (0 without a clock).
    qint64 nowMs() const;
    QDateTime now() const;
    // The instant in this zone.
    QDateTime at(qint64 msSinceEpoch) const;
    QDateTime at(const QDateTime &instant) const;
    // An ISO 8601 instant from the core ("2026-12-10T11:30:00Z"); invalid
    // when the text is not one.
    static QDateTime instant(const QString &iso);

    // "2026-12-10".
    QString date(const QDateTime &instant) const;
    // "Thursday, 10 December 2026" / "2026年12月10日星期四" (the locale's long date).
    QString longDate(const QDateTime &instant) const;
    // "19:30".
    QString time(const QDateTime &instant) const;
    // "19:30:05".
    QString timeWithSeconds(const QDateTime &instant) const;
    // "2026-12-10 19:30".
    QString dateTime(const QDateTime &instant) const;
    // "UTC+8", "UTC-4:30", "UTC": the zone's offset at that instant.
    QString zoneName(const QDateTime &instant) const;
    // "19:30 UTC+8".
    QString timeWithZone(const QDateTime &instant) const;
    // "2026-12-10 19:30 UTC+8".
    QString dateTimeWithZone(const QDateTime &instant) const;

    // The same from milliseconds since the epoch.
    QString date(qint64 ms) const { return date(at(ms)); }
    QString longDate(qint64 ms) const { return longDate(at(ms)); }
    QString time(qint64 ms) const { return time(at(ms)); }
    QString timeWithSeconds(qint64 ms) const { return timeWithSeconds(at(ms)); }
    QString dateTime(qint64 ms) const { return dateTime(at(ms)); }
    QString timeWithZone(qint64 ms) const { return timeWithZone(at(ms)); }
    QString dateTimeWithZone(qint64 ms) const { return dateTimeWithZone(at(ms)); }
    // From ISO 8601 text; the text itself when it is not a time.
    QString dateTime(const QString &iso) const;

private:
    QTimeZone m_zone;
    const Clock *m_clock = nullptr;
    std::optional<QLocale> m_locale;
};

} // namespace tessera
