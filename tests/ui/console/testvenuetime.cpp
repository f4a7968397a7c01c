// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/venuetime.h"
#include "manualclock.h"

#include <QTest>

#include <time.h>

using namespace tessera;
using namespace tessera::test;

namespace {

// 2026-12-10 11:30 UTC: 19:30 in Shanghai, 06:30 in New York.
const QDateTime kShow(QDate(2026, 12, 10), QTime(11, 30), QTimeZone::utc());

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

} // namespace

class TestVenueTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The PC is somewhere else: nothing may show its zone.
        qputenv("TZ", "America/New_York");
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void aShanghaiShowIsAtHalfPastSevenWhateverThePcsZone()
    {
        ManualClock clock;
        const VenueTime time(zone("Asia/Shanghai"), clock);
        QCOMPARE(time.time(kShow), QStringLiteral("19:30"));
        QCOMPARE(time.date(kShow), QStringLiteral("2026-12-10"));
        QCOMPARE(time.dateTime(kShow), QStringLiteral("2026-12-10 19:30"));
        QCOMPARE(time.dateTime(kShow.toMSecsSinceEpoch()), QStringLiteral("2026-12-10 19:30"));
        QCOMPARE(time.dateTime(QStringLiteral("2026-12-10T11:30:00Z")),
                 QStringLiteral("2026-12-10 19:30"));
        QCOMPARE(time.dateTime(QStringLiteral("2026-12-10T11:30:00.000Z")),
                 QStringLiteral("2026-12-10 19:30"));
        // A time given in the PC's zone is the same instant.
        QCOMPARE(time.time(kShow.toLocalTime()), QStringLiteral("19:30"));
        QCOMPARE(time.timeWithSeconds(kShow.addSecs(5)), QStringLiteral("19:30:05"));
    }

    void theZoneIsNamedByItsOffset()
    {
        ManualClock clock;
        QCOMPARE(VenueTime(zone("Asia/Shanghai"), clock).timeWithZone(kShow),
                 QStringLiteral("19:30 UTC+8"));
        QCOMPARE(VenueTime(zone("Asia/Shanghai"), clock).dateTimeWithZone(kShow),
                 QStringLiteral("2026-12-10 19:30 UTC+8"));
        QCOMPARE(VenueTime(zone("Asia/Kolkata"), clock).timeWithZone(kShow),
                 QStringLiteral("17:00 UTC+5:30"));
        QCOMPARE(VenueTime(zone("America/New_York"), clock).timeWithZone(kShow),
                 QStringLiteral("06:30 UTC-5"));
        QCOMPARE(VenueTime(QTimeZone::utc(), clock).timeWithZone(kShow),
                 QStringLiteral("11:30 UTC"));
        // Summer time is the offset of that day.
        const QDateTime july(QDate(2026, 7, 10), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(VenueTime(zone("Europe/Berlin"), clock).timeWithZone(july),
                 QStringLiteral("14:00 UTC+2"));
    }

    void nowIsTheInjectedClocksInTheZone()
    {
        ManualClock clock(kShow.toMSecsSinceEpoch());
        const VenueTime time(zone("Asia/Shanghai"), clock);
        QCOMPARE(time.nowMs(), kShow.toMSecsSinceEpoch());
        QCOMPARE(time.now().time(), QTime(19, 30));
        clock.advance(5 * 3600 * 1000); // 00:30 the next day in Shanghai
        QCOMPARE(time.now().date(), QDate(2026, 12, 11));
    }

    void anotherZoneKeepsTheClockAndAnUnknownOneKeepsTheZone()
    {
        ManualClock clock(kShow.toMSecsSinceEpoch());
        const VenueTime shanghai(zone("Asia/Shanghai"), clock);
        const VenueTime london = shanghai.inZone(QStringLiteral("Europe/London"));
        QCOMPARE(london.time(kShow), QStringLiteral("11:30"));
        QCOMPARE(london.nowMs(), kShow.toMSecsSinceEpoch());
        QCOMPARE(shanghai.inZone(QString()).time(kShow), QStringLiteral("19:30"));
        QCOMPARE(shanghai.inZone(QStringLiteral("Mars/Olympus")).time(kShow),
                 QStringLiteral("19:30"));
        QCOMPARE(VenueTime(QTimeZone(QByteArray("Mars/Olympus")), clock).time(kShow),
                 QStringLiteral("11:30"));
    }

    void theLongDateIsTheLocales()
    {
        const VenueTime chinese(zone("Asia/Shanghai"), QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY2(chinese.longDate(kShow).contains(QStringLiteral("2026年12月10日")),
                 qPrintable(chinese.longDate(kShow)));
        const VenueTime english(zone("Asia/Shanghai"));
        QVERIFY2(english.longDate(kShow).contains(QStringLiteral("December 10, 2026")),
                 qPrintable(english.longDate(kShow)));
        // Late at night in New York is already the next day in Shanghai.
        const QDateTime late(QDate(2026, 12, 9), QTime(23, 0), zone("America/New_York"));
        QCOMPARE(english.date(late), QStringLiteral("2026-12-10"));
    }
};

QTEST_GUILESS_MAIN(TestVenueTime)
#include "testvenuetime.moc"
