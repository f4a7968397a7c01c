// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "shiftrequests.h"

#include "shift/shiftqueries.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kOpen = QStringLiteral("open_shift");
const QString kMove = QStringLiteral("cash_movement");
const QString kClose = QStringLiteral("close_shift");
constexpr qint64 kSeat = 38000; // a stalls seat, adult
constexpr qint64 kStanding = 12000;

qint64 expectedAfterMove(const CommandOutcome &outcome)
{
    return outcome.result.value()[QStringLiteral("expected")].toInteger();
}

// What the open shift's drawer should hold now, as a reader sees it.
qint64 expectedNow(EngineFixture &f)
{
    SqliteDb db = f.reader();
    ShiftQueries shifts(db, QStringLiteral("T1"));
    auto open = shifts.openShift();
    if (!open || !*open)
        qFatal("no open shift");
    auto report = shifts.report(**open);
    if (!report)
        qFatal("no report: %s", qPrintable(report.error().toString()));
    return (*report)[QStringLiteral("expected")].toInteger();
}

} // namespace

class TestShiftCommands : public QObject
{
    Q_OBJECT
private slots:
    void openingTakesTheFloatAndTheEventsCurrency()
    {
        EngineFixture f;
        const CommandOutcome opened = f.run(kOpen, openShift(50000));
        TESSERA_VERIFY_OK(opened.result);
        const QJsonObject r = opened.result.value();
        QVERIFY(r[QStringLiteral("shift")].toInteger() > 0);
        QCOMPARE(r[QStringLiteral("float")].toInteger(), 50000);
        QCOMPARE(r[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        QCOMPARE(r[QStringLiteral("terminal")].toString(), QStringLiteral("T1"));
        QCOMPARE(r[QStringLiteral("opened_by")].toString(), QStringLiteral("tester"));
        QCOMPARE(count(f, QStringLiteral("shifts"), QStringLiteral("closed_at IS NULL")), 1);
    }

    void anExplicitCurrencyIsKept()
    {
        EngineFixture f;
        const CommandOutcome opened = f.run(kOpen, openShift(0, QStringLiteral("EUR")));
        TESSERA_VERIFY_OK(opened.result);
        QCOMPARE(opened.result.value()[QStringLiteral("currency")].toString(),
                 QStringLiteral("EUR"));
    }

    void aSecondOpenOnTheSameTerminalIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(50000)).result);
        const CommandOutcome again = f.run(kOpen, openShift(10000));
        TESSERA_VERIFY_REFUSED(again, ErrorCode::InvalidState, QStringLiteral("shift"));
        QVERIFY2(again.result.error().message.contains(QStringLiteral("already open")),
                 qPrintable(again.result.error().message));
        QCOMPARE(count(f, QStringLiteral("shifts")), 1);
        // Once closed, the next shift opens.
        TESSERA_VERIFY_OK(f.run(kClose, closeShift({{10000, 5}})).result);
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(10000)).result);
        QCOMPARE(count(f, QStringLiteral("shifts")), 2);
    }

    void openRefusesBadInputNamingTheField()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(f.run(kOpen, QJsonObject()), ErrorCode::MissingField,
                               QStringLiteral("float"));
        TESSERA_VERIFY_REFUSED(f.run(kOpen, openShift(-1)), ErrorCode::InvalidInput,
                               QStringLiteral("float"));
        TESSERA_VERIFY_REFUSED(f.run(kOpen, QJsonObject{{QStringLiteral("float"), 10.5}}),
                               ErrorCode::InvalidInput, QStringLiteral("float"));
        TESSERA_VERIFY_REFUSED(f.run(kOpen, openShift(100, QStringLiteral("yuan"))),
                               ErrorCode::InvalidInput, QStringLiteral("currency"));
        TESSERA_VERIFY_REFUSED(
            f.run(kOpen, QJsonObject{{QStringLiteral("float"), 1}, {QStringLiteral("flaot"), 1}}),
            ErrorCode::InvalidInput, QStringLiteral("flaot"));
        QCOMPARE(count(f, QStringLiteral("shifts")), 0);
    }

    void withoutACatalogTheCurrencyMustBeNamed()
    {
        EngineFixture f(false);
        TESSERA_VERIFY_REFUSED(f.run(kOpen, openShift(100)), ErrorCode::MissingField,
                               QStringLiteral("currency"));
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(100, QStringLiteral("USD"))).result);
    }

    void cashMovesNeedAnOpenShift()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(f.run(kMove, movement(QStringLiteral("in"), 1000)),
                               ErrorCode::InvalidState, QStringLiteral("shift"));
        TESSERA_VERIFY_REFUSED(f.run(kClose, closeShift({{100, 1}})), ErrorCode::InvalidState,
                               QStringLiteral("shift"));
        QCOMPARE(count(f, QStringLiteral("cash_movements")), 0);
    }

    void cashInAndOutMoveTheExpectedCash()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(10000)).result);
        const CommandOutcome in = f.run(kMove, movement(QStringLiteral("in"), 5000));
        TESSERA_VERIFY_OK(in.result);
        QCOMPARE(expectedAfterMove(in), 15000);
        QCOMPARE(in.result.value()[QStringLiteral("kind")].toString(), QStringLiteral("in"));
        const CommandOutcome out =
            f.run(kMove, movement(QStringLiteral("out"), 3000, QStringLiteral("bank drop")));
        TESSERA_VERIFY_OK(out.result);
        QCOMPARE(expectedAfterMove(out), 12000);
        QCOMPARE(count(f, QStringLiteral("cash_movements")), 2);
    }

    void cashOutAboveTheDrawerIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(10000)).result);
        const CommandOutcome tooMuch = f.run(kMove, movement(QStringLiteral("out"), 10001));
        TESSERA_VERIFY_REFUSED(tooMuch, ErrorCode::InvalidState, QStringLiteral("amount"));
        QVERIFY2(tooMuch.result.error().message.contains(QStringLiteral("100.00 CNY")),
                 qPrintable(tooMuch.result.error().message));
        QCOMPARE(count(f, QStringLiteral("cash_movements")), 0);
        // Everything that is there can go.
        const CommandOutcome all = f.run(kMove, movement(QStringLiteral("out"), 10000));
        TESSERA_VERIFY_OK(all.result);
        QCOMPARE(expectedAfterMove(all), 0);
    }

    void movementRefusesBadInputNamingTheField()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(10000)).result);
        TESSERA_VERIFY_REFUSED(f.run(kMove, movement(QStringLiteral("sideways"), 100)),
                               ErrorCode::InvalidInput, QStringLiteral("kind"));
        TESSERA_VERIFY_REFUSED(f.run(kMove, movement(QStringLiteral("in"), 0)),
                               ErrorCode::InvalidInput, QStringLiteral("amount"));
        TESSERA_VERIFY_REFUSED(f.run(kMove, movement(QStringLiteral("in"), -5)),
                               ErrorCode::InvalidInput, QStringLiteral("amount"));
        TESSERA_VERIFY_REFUSED(
            f.run(kMove, movement(QStringLiteral("in"), 100, QStringLiteral("  "))),
            ErrorCode::InvalidInput, QStringLiteral("reason"));
        TESSERA_VERIFY_REFUSED(
            f.run(kMove, QJsonObject{{QStringLiteral("kind"), QStringLiteral("in")},
                                     {QStringLiteral("amount"), 100}}),
            ErrorCode::MissingField, QStringLiteral("reason"));
        TESSERA_VERIFY_REFUSED(
            f.run(kMove, movement(QStringLiteral("in"), 100, QString(201, QLatin1Char('x')))),
            ErrorCode::InvalidInput, QStringLiteral("reason"));
        QCOMPARE(count(f, QStringLiteral("cash_movements")), 0);
    }

    void expectedIsFloatPlusCashSalesMinusCashRefundsPlusMovements()
    {
        EngineFixture f;
        // Before the shift: not this drawer's.
        TESSERA_VERIFY_OK(sellSeat(f, QStringLiteral("S-B-1"), QJsonArray{cash(kSeat)}).result);
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(20000)).result);

        TESSERA_VERIFY_OK(sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)}).result);
        const CommandOutcome byCard = sellSeat(f, QStringLiteral("S-A-2"),
                                               QJsonArray{payment(QStringLiteral("card"), kSeat)});
        TESSERA_VERIFY_OK(byCard.result);
        // Two standing tickets, part cash, part card.
        const CommandOutcome mixed =
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 2)},
                              QJsonArray{cash(4000),
                                         payment(QStringLiteral("card"), 2 * kStanding - 4000)}));
        TESSERA_VERIFY_OK(mixed.result);
        // A declined cash payment never reaches the drawer.
        TESSERA_VERIFY_OK(
            sellSeat(f, QStringLiteral("S-A-3"),
                     QJsonArray{payment(QStringLiteral("cash"), kSeat, QStringLiteral("declined"),
                                        QStringLiteral("cash_miscounted"))})
                .result);
        QCOMPARE(expectedNow(f), 20000 + kSeat + 4000);

        // Refunding one standing ticket (¥120) pays back the order's ¥40 cash
        // first, the rest goes back to the card; a card order's refund takes
        // no cash.
        const qint64 mixedOrder = mixed.result.value()[QStringLiteral("order")].toInteger();
        const qint64 gaTicket = mixed.result.value()[QStringLiteral("tickets")]
                                    .toArray()
                                    .first()[QStringLiteral("line")]
                                    .toInteger();
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), mixedOrder},
                                            {QStringLiteral("lines"), QJsonArray{gaTicket}},
                                            {QStringLiteral("reason"), QStringLiteral("ill")}})
                              .result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("refund"),
                  QJsonObject{{QStringLiteral("order"),
                               byCard.result.value()[QStringLiteral("order")].toInteger()},
                              {QStringLiteral("reason"), QStringLiteral("wrong date")}})
                .result);
        TESSERA_VERIFY_OK(f.run(kMove, movement(QStringLiteral("in"), 1000)).result);
        TESSERA_VERIFY_OK(f.run(kMove, movement(QStringLiteral("out"), 501)).result);
        QCOMPARE(expectedNow(f), 20000 + kSeat + 4000 - 4000 + 1000 - 501);

        // The second standing ticket's refund has no cash left to take.
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), mixedOrder},
                                            {QStringLiteral("reason"), QStringLiteral("ill")}})
                              .result);
        QCOMPARE(expectedNow(f), 20000 + kSeat + 1000 - 501);
        // The writer's check for a cash-out sees the same drawer.
        const qint64 drawer = expectedNow(f);
        TESSERA_VERIFY_REFUSED(f.run(kMove, movement(QStringLiteral("out"), drawer + 1)),
                               ErrorCode::InvalidState, QStringLiteral("amount"));
        TESSERA_VERIFY_OK(f.run(kMove, movement(QStringLiteral("out"), drawer)).result);
        QCOMPARE(expectedNow(f), 0);
    }

    void aCashOrderOfAnEarlierShiftIsPaidBackFromTodaysDrawer()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(0)).result);
        const CommandOutcome sold = sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)});
        TESSERA_VERIFY_OK(sold.result);
        TESSERA_VERIFY_OK(
            f.run(kClose, closeShift({{10000, 3}, {5000, 1}, {2000, 1}, {1000, 1}})).result);

        TESSERA_VERIFY_OK(f.run(kOpen, openShift(50000)).result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("refund"),
                  QJsonObject{{QStringLiteral("order"),
                               sold.result.value()[QStringLiteral("order")].toInteger()},
                              {QStringLiteral("reason"), QStringLiteral("cannot come")}})
                .result);
        QCOMPARE(expectedNow(f), 50000 - kSeat);
    }

    void underTheRuleNoneSellingCancellingAndRefundingNeedNoShift()
    {
        EngineFixture f; // the fixture's rule: none
        const CommandOutcome sold = sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)});
        TESSERA_VERIFY_OK(sold.result);
        const CommandOutcome pending = sellSeat(f, QStringLiteral("S-A-2"), QJsonArray());
        TESSERA_VERIFY_OK(pending.result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("cancel_order"),
                  QJsonObject{{QStringLiteral("order"),
                               pending.result.value()[QStringLiteral("order")].toInteger()}})
                .result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("refund"),
                  QJsonObject{{QStringLiteral("order"),
                               sold.result.value()[QStringLiteral("order")].toInteger()},
                              {QStringLiteral("reason"), QStringLiteral("no shift needed")}})
                .result);
        QCOMPARE(count(f, QStringLiteral("shifts")), 0);
    }

    void closingComputesTheDifference()
    {
        EngineFixture f;
        const qint64 shift =
            f.run(kOpen, openShift(10000)).result.value()[QStringLiteral("shift")].toInteger();
        TESSERA_VERIFY_OK(sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)}).result);
        // Expected ¥480; counted ¥475: five short.
        const CommandOutcome closed = f.run(
            kClose, closeShift({{10000, 4}, {5000, 1}, {2000, 1}, {500, 1}}, QStringLiteral("  ")));
        TESSERA_VERIFY_OK(closed.result);
        const QJsonObject r = closed.result.value();
        QCOMPARE(r[QStringLiteral("shift")].toInteger(), shift);
        QCOMPARE(r[QStringLiteral("expected")].toInteger(), 48000);
        QCOMPARE(r[QStringLiteral("counted")].toInteger(), 47500);
        QCOMPARE(r[QStringLiteral("difference")].toInteger(), -500);
        QCOMPARE(r[QStringLiteral("over_short")].toString(), QStringLiteral("short"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT difference FROM shifts WHERE id = %1").arg(shift)),
                 -500);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT note IS NULL FROM shifts WHERE id = %1").arg(shift)),
            1);
        // Closed: no more movements until the next shift opens.
        TESSERA_VERIFY_REFUSED(f.run(kMove, movement(QStringLiteral("in"), 100)),
                               ErrorCode::InvalidState, QStringLiteral("shift"));
    }

    void overAndBalancedAreNamed()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(1000)).result);
        const CommandOutcome over = f.run(kClose, closeShift({{1000, 1}, {10, 3}}));
        TESSERA_VERIFY_OK(over.result);
        QCOMPARE(over.result.value()[QStringLiteral("difference")].toInteger(), 30);
        QCOMPARE(over.result.value()[QStringLiteral("over_short")].toString(),
                 QStringLiteral("over"));
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(1000)).result);
        const CommandOutcome even = f.run(kClose, closeShift({{500, 2}, {100, 0}}));
        TESSERA_VERIFY_OK(even.result);
        QCOMPARE(even.result.value()[QStringLiteral("over_short")].toString(),
                 QStringLiteral("balanced"));
    }

    void closeRefusesBadCountsNamingTheRow()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(1000)).result);
        TESSERA_VERIFY_REFUSED(f.run(kClose, QJsonObject()), ErrorCode::MissingField,
                               QStringLiteral("counted"));
        TESSERA_VERIFY_REFUSED(
            f.run(kClose, QJsonObject{{QStringLiteral("counted"), QJsonArray()}}),
            ErrorCode::MissingField, QStringLiteral("counted"));
        TESSERA_VERIFY_REFUSED(f.run(kClose, closeShift({{1000, 1}, {1000, 2}})),
                               ErrorCode::DuplicateId, QStringLiteral("counted[1].denomination"));
        TESSERA_VERIFY_REFUSED(f.run(kClose, closeShift({{1000, -1}})), ErrorCode::InvalidInput,
                               QStringLiteral("counted[0].count"));
        TESSERA_VERIFY_REFUSED(f.run(kClose, closeShift({{1000, 1}, {0, 1}})),
                               ErrorCode::InvalidInput, QStringLiteral("counted[1].denomination"));
        TESSERA_VERIFY_REFUSED(f.run(kClose, QJsonObject{{QStringLiteral("counted"),
                                                          QJsonArray{QStringLiteral("x")}}}),
                               ErrorCode::InvalidInput, QStringLiteral("counted[0]"));
        TESSERA_VERIFY_REFUSED(f.run(kClose, closeShift({{1000, 2'000'000}})),
                               ErrorCode::InvalidInput, QStringLiteral("counted[0].count"));
        TESSERA_VERIFY_REFUSED(
            f.run(kClose, closeShift({{1000, 1}}, QString(501, QLatin1Char('n')))),
            ErrorCode::InvalidInput, QStringLiteral("note"));
        QCOMPARE(count(f, QStringLiteral("shifts"), QStringLiteral("closed_at IS NULL")), 1);
    }

    void aRetriedCloseHasTheEffectOfOne()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(1000)).result);
        const QString key = QStringLiteral("close-once");
        const CommandOutcome first = f.run(kClose, closeShift({{1000, 1}}), key);
        TESSERA_VERIFY_OK(first.result);
        const CommandOutcome again = f.run(kClose, closeShift({{1000, 1}}), key);
        TESSERA_VERIFY_OK(again.result);
        QVERIFY(again.replayed);
        QCOMPARE(again.result.value()[QStringLiteral("shift")],
                 first.result.value()[QStringLiteral("shift")]);
        QCOMPARE(count(f, QStringLiteral("shifts")), 1);
    }
};

QTEST_GUILESS_MAIN(TestShiftCommands)
#include "testshiftcommands.moc"
