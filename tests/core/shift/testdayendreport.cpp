// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "shiftrequests.h"

#include "shift/dayendcsv.h"
#include "shift/dayendreport.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kSeat = 38000;
constexpr qint64 kStanding = 12000;
const QDate kDay(2026, 11, 22);

CommandOutcome sellStanding(EngineFixture &f, const QJsonObject &pay)
{
    return f.run(
        QStringLiteral("sell"),
        saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)}, QJsonArray{pay}));
}

// A known business day (22 November, the fixture's clock starts at 02:00 UTC):
//   shift 1: float 500; seat by cash 380 (refunded later), standing by card
//     120 and by QR 120, an unpaid seat voided, cash in 10 and out 50;
//     expected 460, counted 459 (1 short);
//   shift 2: float 100, standing by cash 120, still open (expected 220);
//   at 17:00 UTC (01:00 on the 23rd in Shanghai) a standing ticket by card.
void seedDay(EngineFixture &f)
{
    TESSERA_VERIFY_OK(f.run(QStringLiteral("open_shift"), openShift(50000)).result);
    const CommandOutcome seat = sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)});
    TESSERA_VERIFY_OK(seat.result);
    TESSERA_VERIFY_OK(sellStanding(f, payment(QStringLiteral("card"), kStanding)).result);
    TESSERA_VERIFY_OK(sellStanding(f, payment(QStringLiteral("qr"), kStanding)).result);
    const CommandOutcome unpaid = sellSeat(f, QStringLiteral("S-A-2"), QJsonArray());
    TESSERA_VERIFY_OK(unpaid.result);
    TESSERA_VERIFY_OK(
        f.run(QStringLiteral("cancel_order"),
              QJsonObject{{QStringLiteral("order"),
                           unpaid.result.value()[QStringLiteral("order")].toInteger()},
                          {QStringLiteral("reason"), QStringLiteral("=changed mind")}})
            .result);
    TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                            QJsonObject{{QStringLiteral("order"),
                                         seat.result.value()[QStringLiteral("order")].toInteger()},
                                        {QStringLiteral("reason"), QStringLiteral("ill")}})
                          .result);
    TESSERA_VERIFY_OK(
        f.run(QStringLiteral("cash_movement"), movement(QStringLiteral("in"), 1000)).result);
    TESSERA_VERIFY_OK(
        f.run(QStringLiteral("cash_movement"), movement(QStringLiteral("out"), 5000)).result);
    TESSERA_VERIFY_OK(f.run(QStringLiteral("close_shift"),
                            closeShift({{10000, 4}, {5000, 1}, {500, 1}, {100, 4}}))
                          .result);
    TESSERA_VERIFY_OK(f.run(QStringLiteral("open_shift"), openShift(10000)).result);
    TESSERA_VERIFY_OK(sellStanding(f, cash(kStanding)).result);
    f.clock().set(QDateTime(kDay, QTime(17, 0), Qt::UTC).toMSecsSinceEpoch());
    TESSERA_VERIFY_OK(sellStanding(f, payment(QStringLiteral("card"), kStanding)).result);
}

QJsonObject report(EngineFixture &f, QDate date, const QByteArray &zone)
{
    SqliteDb db = f.reader();
    auto r = DayEndReport::compute(db, date, QTimeZone(zone));
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return *r;
}

QJsonObject at(const QJsonObject &o, const char *array, int i)
{
    return o.value(QLatin1String(array)).toArray().at(i).toObject();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

} // namespace

class TestDayEndReport : public QObject
{
    Q_OBJECT
private slots:
    void everyFigureOfAKnownDay()
    {
        EngineFixture f;
        seedDay(f);
        const QJsonObject r = report(f, kDay, "UTC");
        QCOMPARE(r[QStringLiteral("date")].toString(), QStringLiteral("2026-11-22"));
        QCOMPARE(r[QStringLiteral("from")].toString(), QStringLiteral("2026-11-22T00:00:00Z"));
        QCOMPARE(r[QStringLiteral("to")].toString(), QStringLiteral("2026-11-23T00:00:00Z"));

        const QJsonArray takings = r[QStringLiteral("takings")].toArray();
        QCOMPARE(takings.size(), 3);
        QCOMPARE(at(r, "takings", 0)[QStringLiteral("method")].toString(), QStringLiteral("cash"));
        QCOMPARE(num(at(r, "takings", 0), "count"), 2);
        QCOMPARE(num(at(r, "takings", 0), "amount"), kSeat + kStanding);
        QCOMPARE(at(r, "takings", 1)[QStringLiteral("method")].toString(), QStringLiteral("card"));
        QCOMPARE(num(at(r, "takings", 1), "count"), 2);
        QCOMPARE(num(at(r, "takings", 1), "amount"), 2 * kStanding);
        QCOMPARE(at(r, "takings", 2)[QStringLiteral("method")].toString(), QStringLiteral("qr"));
        QCOMPARE(num(at(r, "takings", 2), "count"), 1);
        QCOMPARE(num(at(r, "takings", 2), "amount"), kStanding);

        QCOMPARE(r[QStringLiteral("refunds")].toArray().size(), 1);
        QCOMPARE(num(at(r, "refunds", 0), "count"), 1);
        QCOMPARE(num(at(r, "refunds", 0), "amount"), kSeat);
        QCOMPARE(num(at(r, "refunds", 0), "cash"), kSeat);
        QCOMPARE(r[QStringLiteral("voids")].toArray().size(), 1);
        QCOMPARE(num(at(r, "voids", 0), "count"), 1);
        QCOMPARE(num(at(r, "voids", 0), "amount"), kSeat);
        QCOMPARE(num(r, "expired"), 0);
        QCOMPARE(num(r, "cash_in"), 1000);
        QCOMPARE(num(r, "cash_out"), 5000);

        const QJsonArray shifts = r[QStringLiteral("shifts")].toArray();
        QCOMPARE(shifts.size(), 2);
        const QJsonObject first = shifts.at(0).toObject();
        QCOMPARE(first[QStringLiteral("state")].toString(), QStringLiteral("closed"));
        QCOMPARE(num(first, "float"), 50000);
        QCOMPARE(num(first, "expected"), 46000);
        QCOMPARE(num(first, "counted"), 45900);
        QCOMPARE(num(first, "difference"), -100);
        QCOMPARE(first[QStringLiteral("over_short")].toString(), QStringLiteral("short"));
        const QJsonObject second = shifts.at(1).toObject();
        QCOMPARE(second[QStringLiteral("state")].toString(), QStringLiteral("open"));
        QCOMPARE(num(second, "expected"), 10000 + kStanding);
        QVERIFY(!second.contains(QStringLiteral("difference")));
        QCOMPARE(num(r, "difference_total"), -100);

        QCOMPARE(r[QStringLiteral("totals")].toArray().size(), 1);
        const QJsonObject totals = at(r, "totals", 0);
        QCOMPARE(totals[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        QCOMPARE(num(totals, "taken"), kSeat + 4 * kStanding);
        QCOMPARE(num(totals, "refunded"), kSeat);
        QCOMPARE(num(totals, "net"), 4 * kStanding);
        QCOMPARE(num(totals, "cash_taken"), kSeat + kStanding);
        QCOMPARE(num(totals, "cash_refunded"), kSeat);
    }

    void theBusinessDayIsTheBoxOfficesCalendarDay()
    {
        EngineFixture f;
        seedDay(f);
        // In Shanghai the 22nd ends at 16:00 UTC: the 17:00 card sale is the 23rd's.
        const QJsonObject day22 = report(f, kDay, "Asia/Shanghai");
        QCOMPARE(day22[QStringLiteral("from")].toString(), QStringLiteral("2026-11-21T16:00:00Z"));
        QCOMPARE(num(at(day22, "takings", 1), "count"), 1);
        const QJsonObject day23 = report(f, kDay.addDays(1), "Asia/Shanghai");
        QCOMPARE(day23[QStringLiteral("takings")].toArray().size(), 1);
        QCOMPARE(num(at(day23, "takings", 0), "amount"), kStanding);
        QCOMPARE(day23[QStringLiteral("shifts")].toArray().size(), 0);
        QCOMPARE(day23[QStringLiteral("refunds")].toArray().size(), 0);
        SqliteDb db = f.reader();
        QCOMPARE(DayEndReport::boxOfficeZone(db).id(), QByteArray("Asia/Shanghai"));
    }

    void theCsvHasABomTheFiguresAndNoFormulas()
    {
        EngineFixture f;
        seedDay(f);
        const QByteArray csv = DayEndCsv::write(report(f, kDay, "UTC"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY2(text.contains(QStringLiteral("Takings,cash,CNY,2,500.00\r\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Takings,card,CNY,2,240.00\r\n")));
        QVERIFY(text.contains(QStringLiteral("Refunds,paid back in cash,CNY,,380.00\r\n")));
        QVERIFY(text.contains(QStringLiteral("Totals,net,CNY,,480.00\r\n")));
        QVERIFY(text.contains(QStringLiteral(",460.00,459.00,-1.00,")));
        QCOMPARE(DayEndCsv::cell(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
        QCOMPARE(DayEndCsv::cell(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
        QCOMPARE(DayEndCsv::cell(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(DayEndCsv::cell(QStringLiteral("-1.00")), QStringLiteral("-1.00"));
        QCOMPARE(DayEndCsv::cell(QStringLiteral("-x")), QStringLiteral("'-x"));
        QCOMPARE(DayEndCsv::cell(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    }
};

QTEST_MAIN(TestDayEndReport)
#include "testdayendreport.moc"
