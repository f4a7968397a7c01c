// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/validuntil.h"

#include <QDate>

#include <cstdio>

namespace tessera {
namespace {

constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 UnixEpochJulianDay = 2'440'588;

// Reads exactly `count` ASCII digits at `pos`.
bool readDigits(QStringView text, qsizetype pos, int count, int *value)
{
    if (pos < 0 || pos + count > text.size())
        return false;
    int v = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *value = v;
    return true;
}

} // namespace

// Hand-written because QDateTime::fromString() reads a missing offset as local time and is
// slow for a million rows.
std::optional<qint64> parseValidUntil(QStringView text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readDigits(text, 0, 4, &year) || text.size() < 10 || text[4] != u'-' ||
        !readDigits(text, 5, 2, &month) || text[7] != u'-' || !readDigits(text, 8, 2, &day)) {
        return std::nullopt;
    }
    if (year < 1970 || !QDate::isValid(year, month, day))
        return std::nullopt;
    const qint64 dayMs = (QDate(year, month, day).toJulianDay() - UnixEpochJulianDay) * MsPerDay;
    if (text.size() == 10)
        return dayMs + MsPerDay - 1;

    qsizetype p = 10;
    if (text[p] != u'T' && text[p] != u't' && text[p] != u' ')
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int milli = 0;
    if (!readDigits(text, p + 1, 2, &hour) || p + 3 >= text.size() || text[p + 3] != u':' ||
        !readDigits(text, p + 4, 2, &minute)) {
        return std::nullopt;
    }
    p += 6;
    if (p < text.size() && text[p] == u':') {
        if (!readDigits(text, p + 1, 2, &second))
            return std::nullopt;
        p += 3;
        if (p < text.size() && (text[p] == u'.' || text[p] == u',')) {
            const qsizetype fractionStart = ++p;
            int scale = 100;
            while (p < text.size() && text[p] >= u'0' && text[p] <= u'9') {
                milli += (text[p].unicode() - u'0') * scale;
                scale /= 10;
                ++p;
            }
            if (p == fractionStart)
                return std::nullopt;
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;

    int offsetMinutes = 0;
    if (p < text.size()) {
        const QChar zone = text[p];
        if (zone == u'Z' || zone == u'z') {
            ++p;
        } else if (zone == u'+' || zone == u'-') {
            int offsetHours = 0;
            int offsetMins = 0;
            if (!readDigits(text, p + 1, 2, &offsetHours))
                return std::nullopt;
            p += 3;
            const bool colon = p < text.size() && text[p] == u':';
            if (colon)
                ++p;
            if (colon || p < text.size()) {
                if (!readDigits(text, p, 2, &offsetMins))
                    return std::nullopt;
                p += 2;
            }
            if (offsetHours > 14 || offsetMins > 59)
                return std::nullopt;
            offsetMinutes = (offsetHours * 60 + offsetMins) * (zone == u'-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    if (p != text.size())
        return std::nullopt;
    const qint64 ms = dayMs + ((hour * 60 + minute) * 60 + second) * qint64(1000) + milli -
                      offsetMinutes * qint64(60'000);
    if (ms <= 0)
        return std::nullopt;
    return ms;
}

QByteArray formatValidUntil(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / MsPerDay : (ms - MsPerDay + 1) / MsPerDay;
    const qint64 msOfDay = ms - days * MsPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + UnixEpochJulianDay).getDate(&year, &month, &day);
    char buffer[48];
    if (msOfDay == MsPerDay - 1) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    } else {
        const int seconds = int(msOfDay / 1000);
        const int milli = int(msOfDay % 1000);
        if (milli != 0) {
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month,
                          day, seconds / 3600, seconds / 60 % 60, seconds % 60, milli);
        } else {
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                          seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
    }
    return QByteArray(buffer);
}

} // namespace tessera
