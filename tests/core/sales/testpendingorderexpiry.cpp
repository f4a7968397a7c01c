// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/orderqueries.h"
#include "resultassert.h"
#include "salerequests.h"
#include "sales/pendingorderwait.h"
#include "storage/sqlitedb.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSell = QStringLiteral("sell");
const QString kAddPayment = QStringLiteral("add_payment");
const QString kHold = QStringLiteral("hold");
constexpr qint64 kMinute = 60'000;
constexpr qint64 kTtl = 30 * kMinute; // the engine's default

qint64 orderId(const CommandOutcome &outcome)
{
    return outcome.result.value()[QStringLiteral("order")].toInteger();
}

// 0 pending, 1 paid, 2 cancelled.
qint64 orderState(const EngineFixture &f, qint64 order)
{
    return f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(order));
}

qint64 gaSold(const EngineFixture &f)
{
    return f.scalar(
        QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1").arg(f.ids().standingQuota));
}

qint64 availableCards(const EngineFixture &f)
{
    return count(f, QStringLiteral("card_codes"), QStringLiteral("state = 0"));
}

QJsonObject declined(qint64 amount)
{
    return payment(QStringLiteral("qr"), amount, QStringLiteral("declined"),
                   QStringLiteral("insufficient_funds"));
}

QJsonObject addPayment(qint64 order, const QJsonObject &payment)
{
    return QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("payment"), payment}};
}

// One seat; the QR payment was refused.
CommandOutcome refusedSaleOf(EngineFixture &f, const QString &seat)
{
    return f.run(
        kSell, saleRequest(f.ids().event, QJsonArray{seatLine(seat)}, QJsonArray{declined(1000)}));
}

// A seat, two standing tickets and a card key; the QR payment was refused.
CommandOutcome refusedSale(EngineFixture &f)
{
    const QJsonArray lines{seatLine(QStringLiteral("S-A-1")), gaLine(f.ids().standingQuota, 2),
                           cardLine(f.ids().cardProduct, 1)};
    return f.run(kSell, saleRequest(f.ids().event, lines, QJsonArray{declined(1000)}));
}

// Any command makes the writer look: a short hold of one standing ticket.
void nudge(EngineFixture &f)
{
    TESSERA_VERIFY_OK(
        f.run(kHold, holdRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)}, 10))
            .result);
}

} // namespace

class TestPendingOrderExpiry : public QObject
{
    Q_OBJECT

private slots:
    void unpaidOrderComesBackOnSaleAfterTheWait()
    {
        EngineFixture f;
        const qint64 cardsBefore = availableCards(f);
        auto sold = refusedSale(f);
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = orderId(sold);
        QCOMPARE(orderState(f, order), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(gaSold(f), 2);
        QCOMPARE(availableCards(f), cardsBefore - 1);

        f.clock().advance(kTtl - 1000);
        nudge(f);
        QCOMPARE(orderState(f, order), 0);

        f.clock().advance(2000);
        nudge(f);
        QCOMPARE(orderState(f, order), 2);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(gaSold(f), 0);
        QCOMPARE(availableCards(f), cardsBefore);
        {
            SqliteDb db = f.reader();
            auto expired = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                               .order(order);
            TESSERA_VERIFY_OK(expired);
            QCOMPARE((*expired)[QStringLiteral("cancelled_by")].toString(),
                     QStringLiteral("system"));
            QCOMPARE((*expired)[QStringLiteral("cancel_reason")].toString(),
                     QStringLiteral("expired"));
            QCOMPARE((*expired)[QStringLiteral("cancelled_at")].toString(),
                     QStringLiteral("2026-11-22T02:30:01Z"));
        }

        // Journalled as the system's doing, before the command that found it.
        QCOMPARE(count(f, QStringLiteral("journal"), QStringLiteral("kind = 'expire_order'")), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT json_extract(payload, '$.order') FROM journal "
                                         "WHERE kind = 'expire_order'")),
                 order);
        QCOMPARE(f.scalar(QStringLiteral("SELECT json_extract(result, '$.released_lines') FROM "
                                         "journal WHERE kind = 'expire_order'")),
                 4);
        QCOMPARE(count(f, QStringLiteral("journal"),
                       QStringLiteral("kind = 'expire_order' AND actor = 'system'")),
                 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal")) -
                     f.scalar(QStringLiteral("SELECT seq FROM journal WHERE kind = "
                                             "'expire_order'")),
                 1);
        // The seat is for sale again.
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(38000)}))
                .result);
    }

    void expiresWithoutAnyCommand()
    {
        EngineFixture f;
        auto sold = refusedSale(f);
        TESSERA_VERIFY_OK(sold.result);
        f.clock().advance(kTtl + 1000);
        // The writer wakes on its own at least four times a second.
        QTRY_COMPARE_WITH_TIMEOUT(orderState(f, orderId(sold)), 2, 5000);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
    }

    void aPaymentAttemptRestartsTheWait()
    {
        EngineFixture f;
        auto sold = refusedSale(f);
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = orderId(sold);
        f.clock().advance(20 * kMinute);
        auto again = f.run(kAddPayment, addPayment(order, declined(1000)));
        TESSERA_VERIFY_OK(again.result);

        f.clock().advance(20 * kMinute); // 40 minutes old, 20 since the last try
        nudge(f);
        QCOMPARE(orderState(f, order), 0);
        f.clock().advance(11 * kMinute);
        nudge(f);
        QCOMPARE(orderState(f, order), 2);
    }

    void paymentOfUnknownOutcomeKeepsTheOrder()
    {
        // The money may have moved: reconciliation settles it, not the clock.
        EngineFixture f;
        const QJsonArray lines{seatLine(QStringLiteral("S-A-1"))};
        auto sold = f.run(kSell, saleRequest(f.ids().event, lines,
                                             QJsonArray{payment(QStringLiteral("qr"), 38000,
                                                                QStringLiteral("unknown"),
                                                                QStringLiteral("timeout"))}));
        TESSERA_VERIFY_OK(sold.result);
        f.clock().advance(6 * 60 * kMinute);
        nudge(f);
        QCOMPARE(orderState(f, orderId(sold)), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(count(f, QStringLiteral("journal"), QStringLiteral("kind = 'expire_order'")), 0);
    }

    void partlyPaidOrderIsKept()
    {
        // Cancelling it would keep the customer's money: a refund decides.
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(20000)}));
        TESSERA_VERIFY_OK(sold.result);
        f.clock().advance(6 * 60 * kMinute);
        nudge(f);
        QCOMPARE(orderState(f, orderId(sold)), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
    }

    void paidOrderIsNeverTouched()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(38000)}));
        TESSERA_VERIFY_OK(sold.result);
        f.clock().advance(6 * 60 * kMinute);
        nudge(f);
        QCOMPARE(orderState(f, orderId(sold)), 1);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
    }

    void expiredOrderTakesNoPayment()
    {
        EngineFixture f;
        auto sold = refusedSale(f);
        TESSERA_VERIFY_OK(sold.result);
        f.clock().advance(kTtl + 1000);
        nudge(f);
        TESSERA_VERIFY_REFUSED(f.run(kAddPayment, addPayment(orderId(sold), cash(1000))),
                               ErrorCode::InvalidState, QStringLiteral("order"));
    }

    void waitSurvivesARestart()
    {
        EngineFixture f;
        auto sold = refusedSale(f);
        TESSERA_VERIFY_OK(sold.result);
        f.reopen();
        f.clock().advance(kTtl + 1000);
        nudge(f);
        QCOMPARE(orderState(f, orderId(sold)), 2);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
    }

    void phoneBookingsAreLeftAlone()
    {
        // Booked by phone, paid at pick-up: not a cart someone walked away from.
        EngineFixture f;
        QJsonObject booking = saleRequest(
            f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))}, QJsonArray{declined(1)});
        booking.insert(QStringLiteral("channel"), QStringLiteral("phone"));
        auto sold = f.run(kSell, booking);
        TESSERA_VERIFY_OK(sold.result);
        f.clock().advance(24 * 60 * kMinute);
        nudge(f);
        QCOMPARE(orderState(f, orderId(sold)), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
    }

    void theBoxOfficeSetsTheWait()
    {
        EngineFixture f;
        auto set = f.run(QStringLiteral("set_pending_order_wait"),
                         QJsonObject{{QStringLiteral("minutes"), 10}});
        TESSERA_VERIFY_OK(set.result);
        QCOMPARE(set.result.value()[QStringLiteral("minutes")].toInteger(), 10);
        {
            SqliteDb db = f.reader();
            QCOMPARE(PendingOrderWait::read(db).value_or(-1), 10);
        }
        auto sold = refusedSale(f);
        TESSERA_VERIFY_OK(sold.result);
        f.clock().advance(10 * kMinute + 1000);
        nudge(f);
        QCOMPARE(orderState(f, orderId(sold)), 2);
        // Audited as a manager's decision.
        QCOMPARE(count(f, QStringLiteral("audit_log"), QStringLiteral("action = 'settings'")), 1);

        // 0: kept until somebody cancels it, whatever the engine's default.
        TESSERA_VERIFY_OK(f.run(QStringLiteral("set_pending_order_wait"),
                                QJsonObject{{QStringLiteral("minutes"), 0}})
                              .result);
        auto kept = refusedSaleOf(f, QStringLiteral("S-A-2"));
        TESSERA_VERIFY_OK(kept.result);
        f.clock().advance(24 * 60 * kMinute);
        nudge(f);
        QCOMPARE(orderState(f, orderId(kept)), 0);
        // The setting holds for the file, across a restart.
        f.reopen();
        f.clock().advance(kMinute);
        nudge(f);
        QCOMPARE(orderState(f, orderId(kept)), 0);
    }

    void aBadWaitIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QJsonValue>("minutes");
        QTest::addColumn<QString>("code");
        QTest::newRow("negative") << QJsonValue(-1) << QStringLiteral("invalid_input");
        QTest::newRow("over a day") << QJsonValue(24 * 60 + 1) << QStringLiteral("invalid_input");
        QTest::newRow("text") << QJsonValue(QStringLiteral("ten"))
                              << QStringLiteral("invalid_input");
        QTest::newRow("fraction") << QJsonValue(1.5) << QStringLiteral("invalid_input");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined)
                                 << QStringLiteral("missing_field");
    }

    void aBadWaitIsRefusedAndChangesNothing()
    {
        QFETCH(QJsonValue, minutes);
        QFETCH(QString, code);
        EngineFixture f;
        QJsonObject request;
        if (!minutes.isUndefined())
            request.insert(QStringLiteral("minutes"), minutes);
        auto refused = f.run(QStringLiteral("set_pending_order_wait"), request);
        QVERIFY(!refused.result.ok());
        QCOMPARE(refused.result.error().codeName(), code);
        QCOMPARE(refused.result.error().where, QStringLiteral("minutes"));
        SqliteDb db = f.reader();
        QVERIFY(!PendingOrderWait::read(db).has_value());
    }

    void zeroTtlKeepsPendingOrders()
    {
        EngineFixture f;
        f.setPendingOrderTtlMs(0);
        f.reopen();
        auto sold = refusedSale(f);
        TESSERA_VERIFY_OK(sold.result);
        f.clock().advance(24 * 60 * kMinute);
        nudge(f);
        QCOMPARE(orderState(f, orderId(sold)), 0);
    }
};

QTEST_GUILESS_MAIN(TestPendingOrderExpiry)
#include "testpendingorderexpiry.moc"
