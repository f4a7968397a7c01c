// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "shiftrequests.h"

#include "shift/shiftqueries.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kSeat = 38000;

Result<QJsonObject> reportOf(EngineFixture &f, qint64 shift)
{
    SqliteDb db = f.reader();
    return ShiftQueries(db, QStringLiteral("T1")).report(shift);
}

QJsonObject takingsOf(const QJsonObject &report, const QString &method)
{
    for (const QJsonValue &row : report[QStringLiteral("takings")].toArray()) {
        if (row[QStringLiteral("method")].toString() == method)
            return row.toObject();
    }
    return {};
}

qint64 orderOf(const CommandOutcome &outcome)
{
    return outcome.result.value()[QStringLiteral("order")].toInteger();
}

} // namespace

class TestShiftQueries : public QObject
{
    Q_OBJECT
private slots:
    void beforeTheFirstShiftThereIsNone()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        ShiftQueries shifts(db, QStringLiteral("T1"));
        auto open = shifts.openShift();
        TESSERA_VERIFY_OK(open);
        QVERIFY(!open->has_value());
        auto latest = shifts.latestShift();
        TESSERA_VERIFY_OK(latest);
        QVERIFY(!latest->has_value());
        auto report = shifts.report(42);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QCOMPARE(report.error().where, QStringLiteral("shift"));
    }

    void anOpenShiftIsFoundOnItsTerminalOnly()
    {
        EngineFixture f;
        const qint64 shift = f.run(QStringLiteral("open_shift"), openShift(10000))
                                 .result.value()[QStringLiteral("shift")]
                                 .toInteger();
        SqliteDb db = f.reader();
        auto open = ShiftQueries(db, QStringLiteral("T1")).openShift();
        TESSERA_VERIFY_OK(open);
        QCOMPARE(open->value_or(0), shift);
        auto elsewhere = ShiftQueries(db, QStringLiteral("T2")).openShift();
        TESSERA_VERIFY_OK(elsewhere);
        QVERIFY(!elsewhere->has_value());
    }

    void anOpenShiftsReportIsLive()
    {
        EngineFixture f;
        const qint64 shift = f.run(QStringLiteral("open_shift"), openShift(10000))
                                 .result.value()[QStringLiteral("shift")]
                                 .toInteger();
        auto before = reportOf(f, shift);
        TESSERA_VERIFY_OK(before);
        QCOMPARE((*before)[QStringLiteral("state")].toString(), QStringLiteral("open"));
        QCOMPARE((*before)[QStringLiteral("expected")].toInteger(), 10000);
        QVERIFY(!before->contains(QStringLiteral("counted")));
        QVERIFY(!before->contains(QStringLiteral("closed_at")));

        TESSERA_VERIFY_OK(sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)}).result);
        auto after = reportOf(f, shift);
        TESSERA_VERIFY_OK(after);
        QCOMPARE((*after)[QStringLiteral("expected")].toInteger(), 10000 + kSeat);
        QCOMPARE((*after)[QStringLiteral("cash_sales")].toInteger(), kSeat);
    }

    void seatExchangeDifferencesReachTheDrawer()
    {
        EngineFixture f;
        const qint64 shift = f.run(QStringLiteral("open_shift"), openShift(20000))
                                 .result.value()[QStringLiteral("shift")]
                                 .toInteger();
        auto lineOf = [](const CommandOutcome &sold) {
            return sold.result.value()[QStringLiteral("tickets")]
                .toArray()
                .first()[QStringLiteral("line")]
                .toInteger();
        };
        auto exchange = [&](const CommandOutcome &sold, const QString &seat,
                            const std::optional<QJsonObject> &payment) {
            QJsonObject request{{QStringLiteral("order"), orderOf(sold)},
                                {QStringLiteral("line"), lineOf(sold)},
                                {QStringLiteral("seat"), seat}};
            if (payment)
                request.insert(QStringLiteral("payment"), *payment);
            return f.run(QStringLiteral("exchange_seat"), request);
        };
        // Balcony ¥220 moved up to the stalls: ¥160 more in cash.
        const CommandOutcome balcony = sellSeat(f, QStringLiteral("B-AA-1"), {cash(22000)});
        TESSERA_VERIFY_OK(balcony.result);
        TESSERA_VERIFY_OK(exchange(balcony, QStringLiteral("S-A-1"), cash(16000)).result);
        // Stalls ¥380 moved down to the balcony: ¥160 back out of the drawer.
        const CommandOutcome stalls = sellSeat(f, QStringLiteral("S-A-2"), {cash(kSeat)});
        TESSERA_VERIFY_OK(stalls.result);
        TESSERA_VERIFY_OK(exchange(stalls, QStringLiteral("B-AA-2"), std::nullopt).result);

        auto report = reportOf(f, shift);
        TESSERA_VERIFY_OK(report);
        QCOMPARE((*report)[QStringLiteral("cash_sales")].toInteger(), 22000 + 16000 + kSeat);
        QCOMPARE((*report)[QStringLiteral("cash_refunds")].toInteger(), 16000);
        QCOMPARE((*report)[QStringLiteral("expected")].toInteger(),
                 20000 + 22000 + 16000 + kSeat - 16000);
        const QJsonArray refunds = (*report)[QStringLiteral("refunds")].toArray();
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds[0][QStringLiteral("reason")].toString(), QStringLiteral("Seat exchange"));
    }

    void theZReportHasEverythingOfTheShift()
    {
        EngineFixture f;
        // The shift lasts eight hours: keep the unpaid order pending for the report.
        f.setPendingOrderTtlMs(0);
        f.reopen();
        const qint64 shift = f.run(QStringLiteral("open_shift"), openShift(20000))
                                 .result.value()[QStringLiteral("shift")]
                                 .toInteger();
        f.clock().advance(60'000);
        const CommandOutcome cashSale =
            sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)});
        const CommandOutcome cardSale = sellSeat(
            f, QStringLiteral("S-A-2"), QJsonArray{payment(QStringLiteral("card"), kSeat)});
        const CommandOutcome qrSale =
            sellSeat(f, QStringLiteral("S-A-3"), QJsonArray{payment(QStringLiteral("qr"), kSeat)});
        const CommandOutcome unpaid = sellSeat(f, QStringLiteral("S-A-4"), QJsonArray());
        const CommandOutcome stillPending = sellSeat(f, QStringLiteral("S-A-5"), QJsonArray());
        for (const CommandOutcome *o : {&cashSale, &cardSale, &qrSale, &unpaid, &stillPending})
            TESSERA_VERIFY_OK(o->result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("cancel_order"),
                                QJsonObject{{QStringLiteral("order"), orderOf(unpaid)}})
                              .result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), orderOf(cashSale)},
                                            {QStringLiteral("reason"), QStringLiteral("ill")}})
                              .result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("cash_movement"),
                                movement(QStringLiteral("in"), 5000, QStringLiteral("coins")))
                              .result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("cash_movement"),
                                movement(QStringLiteral("out"), 10000, QStringLiteral("bank drop")))
                              .result);
        f.clock().advance(8 * 3600'000);
        // Expected: 200 + 380 - 380 + 50 - 100 = ¥150; counted ¥152.
        TESSERA_VERIFY_OK(f.run(QStringLiteral("close_shift"),
                                closeShift({{10000, 1}, {5000, 1}, {100, 2}},
                                           QStringLiteral("two yuan found under the tray")))
                              .result);
        // Sold after the close: not in this shift.
        TESSERA_VERIFY_OK(sellSeat(f, QStringLiteral("S-A-6"), QJsonArray{cash(kSeat)}).result);

        auto report = reportOf(f, shift);
        TESSERA_VERIFY_OK(report);
        const QJsonObject r = *report;
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("closed"));
        QCOMPARE(r[QStringLiteral("terminal")].toString(), QStringLiteral("T1"));
        QCOMPARE(r[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        QCOMPARE(r[QStringLiteral("opened_by")].toString(), QStringLiteral("tester"));
        QCOMPARE(r[QStringLiteral("closed_by")].toString(), QStringLiteral("tester"));
        QCOMPARE(r[QStringLiteral("opened_at")].toString(), QStringLiteral("2026-11-22T02:00:00Z"));
        QCOMPARE(r[QStringLiteral("closed_at")].toString(), QStringLiteral("2026-11-22T10:01:00Z"));
        QCOMPARE(r[QStringLiteral("note")].toString(),
                 QStringLiteral("two yuan found under the tray"));
        QCOMPARE(r[QStringLiteral("float")].toInteger(), 20000);

        const QJsonObject cashRow = takingsOf(r, QStringLiteral("cash"));
        QCOMPARE(cashRow[QStringLiteral("count")].toInteger(), 1);
        QCOMPARE(cashRow[QStringLiteral("amount")].toInteger(), kSeat);
        QCOMPARE(takingsOf(r, QStringLiteral("card"))[QStringLiteral("amount")].toInteger(), kSeat);
        QCOMPARE(takingsOf(r, QStringLiteral("qr"))[QStringLiteral("count")].toInteger(), 1);
        QCOMPARE(r[QStringLiteral("cash_sales")].toInteger(), kSeat);

        const QJsonArray refunds = r[QStringLiteral("refunds")].toArray();
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds[0][QStringLiteral("order")].toInteger(), orderOf(cashSale));
        QCOMPARE(refunds[0][QStringLiteral("cash")].toInteger(), kSeat);
        QCOMPARE(refunds[0][QStringLiteral("reason")].toString(), QStringLiteral("ill"));
        QCOMPARE(r[QStringLiteral("refunded_total")].toInteger(), kSeat);
        QCOMPARE(r[QStringLiteral("cash_refunds")].toInteger(), kSeat);

        const QJsonArray moves = r[QStringLiteral("movements")].toArray();
        QCOMPARE(moves.size(), 2);
        QCOMPARE(moves[1][QStringLiteral("kind")].toString(), QStringLiteral("out"));
        QCOMPARE(moves[1][QStringLiteral("reason")].toString(), QStringLiteral("bank drop"));
        QCOMPARE(r[QStringLiteral("cash_in")].toInteger(), 5000);
        QCOMPARE(r[QStringLiteral("cash_out")].toInteger(), 10000);

        const QJsonObject orders = r[QStringLiteral("orders")].toObject();
        QCOMPARE(orders[QStringLiteral("sold")].toInteger(), 3);
        QCOMPARE(orders[QStringLiteral("pending")].toInteger(), 1);
        QCOMPARE(orders[QStringLiteral("cancelled")].toInteger(), 1);
        QCOMPARE(orders[QStringLiteral("refunded")].toInteger(), 1);

        QCOMPARE(r[QStringLiteral("expected")].toInteger(), 15000);
        const QJsonArray counted = r[QStringLiteral("counted")].toArray();
        QCOMPARE(counted.size(), 3);
        QCOMPARE(counted[2][QStringLiteral("denomination")].toInteger(), 100);
        QCOMPARE(counted[2][QStringLiteral("count")].toInteger(), 2);
        QCOMPARE(counted[2][QStringLiteral("amount")].toInteger(), 200);
        QCOMPARE(r[QStringLiteral("counted_total")].toInteger(), 15200);
        QCOMPARE(r[QStringLiteral("difference")].toInteger(), 200);
        QCOMPARE(r[QStringLiteral("over_short")].toString(), QStringLiteral("over"));
    }

    void theLatestShiftIsTheNewest()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(QStringLiteral("open_shift"), openShift(100)).result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("close_shift"), closeShift({{100, 1}})).result);
        const qint64 second = f.run(QStringLiteral("open_shift"), openShift(200))
                                  .result.value()[QStringLiteral("shift")]
                                  .toInteger();
        SqliteDb db = f.reader();
        auto latest = ShiftQueries(db, QStringLiteral("T1")).latestShift();
        TESSERA_VERIFY_OK(latest);
        QCOMPARE(latest->value_or(0), second);
    }
};

QTEST_GUILESS_MAIN(TestShiftQueries)
#include "testshiftqueries.moc"
