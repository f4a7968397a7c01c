// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"
#include "setup/canceleventcommand.h"
#include "setup/demostaff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPair>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kCancel = QStringLiteral("cancel_event");

QJsonObject cancel(qint64 event, const QString &reason = QStringLiteral("The dancer is ill"))
{
    return QJsonObject{{QStringLiteral("event"), event}, {QStringLiteral("reason"), reason}};
}

// Sells `seat` for cash and returns {order, ticket code}.
QPair<qint64, QString> sellSeatForCash(EngineFixture &f, const QString &seat)
{
    auto sold = f.run(QStringLiteral("sell"), saleRequest(f.ids().event, QJsonArray{seatLine(seat)},
                                                          QJsonArray{cash(38000)}));
    if (!sold.result.ok())
        qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
    const QJsonObject r = sold.result.value();
    return {r[QStringLiteral("order")].toInteger(),
            r[QStringLiteral("tickets")].toArray()[0][QStringLiteral("code")].toString()};
}

// A pending order for `seat` with `paid` of its 380.00 paid in cash.
qint64 partPaidOrder(EngineFixture &f, const QString &seat, qint64 paid)
{
    auto sold =
        f.run(QStringLiteral("sell"), saleRequest(f.ids().event, QJsonArray{seatLine(seat)}));
    if (!sold.result.ok())
        qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
    const qint64 order = sold.result.value()[QStringLiteral("order")].toInteger();
    auto added =
        f.run(QStringLiteral("add_payment"), QJsonObject{{QStringLiteral("order"), order},
                                                         {QStringLiteral("payment"), cash(paid)}});
    if (!added.result.ok())
        qFatal("add_payment failed: %s", qPrintable(added.result.error().toString()));
    return order;
}

qint64 orderState(const EngineFixture &f, qint64 order)
{
    return f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(order));
}

} // namespace

class TestCancelEventCommand : public QObject
{
    Q_OBJECT
private slots:
    void cancellingRefundsEveryPaidOrderAndReleasesHolds()
    {
        EngineFixture f;
        const qint64 event = f.ids().event;
        // Two paid orders (one with a card key that stays sold), a hold.
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"), saleRequest(event,
                                                      QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                                 seatLine(QStringLiteral("S-A-2"))},
                                                      QJsonArray{cash(76000)}))
                .result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"), saleRequest(event,
                                                      QJsonArray{gaLine(f.ids().standingQuota, 1),
                                                                 cardLine(f.ids().cardProduct, 1)},
                                                      QJsonArray{cash(22000)}))
                .result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("hold"),
                                holdRequest(event, QJsonArray{seatLine(QStringLiteral("S-B-1"))}))
                              .result);

        const CommandOutcome done = f.run(kCancel, cancel(event));
        TESSERA_VERIFY_OK(done.result);
        const QJsonObject answer = done.result.value();
        QCOMPARE(answer[QStringLiteral("refunded_orders")].toInteger(), 2);
        QCOMPARE(answer[QStringLiteral("refunded_tickets")].toInteger(), 3);
        QCOMPARE(answer[QStringLiteral("refunded_amount")].toInteger(), 76000 + 12000);
        QCOMPARE(answer[QStringLiteral("released_holds")].toInteger(), 1);

        QCOMPARE(count(f, QStringLiteral("event_seats"), QStringLiteral("state <> 0")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT sold + held FROM ga_quotas")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT SUM(amount) FROM refunds")), 88000);
        QCOMPARE(f.text(QStringLiteral("SELECT GROUP_CONCAT(DISTINCT reason) FROM refunds")),
                 QStringLiteral("The dancer is ill"));
        // The card key was not for the event: its line is still sold.
        QCOMPARE(count(f, QStringLiteral("order_lines"), QStringLiteral("kind = 2 AND state = 0")),
                 1);
        QVERIFY(f.scalar(QStringLiteral("SELECT cancelled_at FROM events")) > 0);
        QCOMPARE(count(f, QStringLiteral("audit_log"), QStringLiteral("action = 'event_cancel'")),
                 1);
    }

    void aCancelledEventSellsNothingAndIsNotCancelledTwice()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kCancel, cancel(f.ids().event)).result);
        const CommandOutcome sale =
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                              QJsonArray{cash(38000)}));
        TESSERA_VERIFY_REFUSED(sale, ErrorCode::SaleWindowClosed, QStringLiteral("event"));
        TESSERA_VERIFY_REFUSED(f.run(kCancel, cancel(f.ids().event)), ErrorCode::InvalidState,
                               QStringLiteral("event"));
        TESSERA_VERIFY_REFUSED(f.run(QStringLiteral("edit_event"),
                                     QJsonObject{{QStringLiteral("event"), f.ids().event},
                                                 {QStringLiteral("name"), QStringLiteral("X")}}),
                               ErrorCode::InvalidState, QStringLiteral("event"));
    }

    void aCancellationWithoutAReasonIsRefusedAndChangesNothing()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                              QJsonArray{cash(38000)}))
                .result);
        const CommandOutcome blank = f.run(kCancel, cancel(f.ids().event, QStringLiteral("  ")));
        QVERIFY(!blank.result.ok());
        QCOMPARE(blank.result.error().where, QStringLiteral("reason"));
        TESSERA_VERIFY_REFUSED(f.run(kCancel, cancel(999)), ErrorCode::NotFound,
                               QStringLiteral("event"));
        QCOMPARE(count(f, QStringLiteral("refunds")), 0);
        QCOMPARE(count(f, QStringLiteral("events"), QStringLiteral("cancelled_at IS NOT NULL")), 0);
    }

    void aScannedTicketIsRefundedWhenTheShowIsCancelled()
    {
        EngineFixture f;
        const auto [scannedOrder, code] = sellSeatForCash(f, QStringLiteral("S-A-1"));
        const auto [otherOrder, otherCode] = sellSeatForCash(f, QStringLiteral("S-A-2"));
        Q_UNUSED(otherCode);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("redeem"),
                                QJsonObject{{QStringLiteral("code"), code},
                                            {QStringLiteral("gate"), QStringLiteral("North")}})
                              .result);
        QCOMPARE(count(f, QStringLiteral("order_lines"), QStringLiteral("redeemed_at IS NOT NULL")),
                 1);

        const CommandOutcome done = f.run(kCancel, cancel(f.ids().event));
        TESSERA_VERIFY_OK(done.result);
        QCOMPARE(done.result.value()[QStringLiteral("refunded_tickets")].toInteger(), 2);
        QCOMPARE(done.result.value()[QStringLiteral("refunded_amount")].toInteger(), 2 * 38000);
        QCOMPARE(
            f.scalar(
                QStringLiteral("SELECT amount FROM refunds WHERE order_id = %1").arg(scannedOrder)),
            38000);
        QCOMPARE(
            count(f, QStringLiteral("refunds"), QStringLiteral("order_id = %1").arg(otherOrder)),
            1);
        // Both orders are refunded in full (state 3) and every seat is free again.
        QCOMPARE(orderState(f, scannedOrder), 3);
        QCOMPARE(orderState(f, otherOrder), 3);
        QCOMPARE(count(f, QStringLiteral("order_lines"), QStringLiteral("state = 0")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-2")), 0);
        // The journal keeps the cancellation with what it refunded.
        QCOMPARE(count(f, QStringLiteral("journal"), QStringLiteral("kind = 'cancel_event'")), 1);
        const QJsonObject journalled =
            QJsonDocument::fromJson(
                f.text(QStringLiteral("SELECT result FROM journal WHERE kind = 'cancel_event'"))
                    .toUtf8())
                .object();
        QCOMPARE(journalled[QStringLiteral("refunded_amount")].toInteger(), 2 * 38000);
        QCOMPARE(journalled[QStringLiteral("refunded_tickets")].toInteger(), 2);
    }

    void aPartPaidOrderIsRefundedWhatWasPaidAndCancelled()
    {
        EngineFixture f;
        const qint64 order = partPaidOrder(f, QStringLiteral("S-C-1"), 20000);
        const qint64 deposit = partPaidOrder(f, QStringLiteral("S-C-2"), 100);
        QCOMPARE(orderState(f, order), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-1")), 2);

        const CommandOutcome done = f.run(kCancel, cancel(f.ids().event));
        TESSERA_VERIFY_OK(done.result);
        const QJsonObject answer = done.result.value();
        QCOMPARE(answer[QStringLiteral("refunded_part_paid_orders")].toInteger(), 2);
        QCOMPARE(answer[QStringLiteral("cancelled_orders")].toInteger(), 2);
        QCOMPARE(answer[QStringLiteral("refunded_amount")].toInteger(), 20100);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT amount FROM refunds WHERE order_id = %1").arg(order)),
            20000);
        QCOMPARE(
            f.text(QStringLiteral("SELECT reason FROM refunds WHERE order_id = %1").arg(order)),
            QStringLiteral("The dancer is ill"));
        // Cancelled (state 2), its paid part given back, its seat on sale again.
        QCOMPARE(orderState(f, order), 2);
        QCOMPARE(orderState(f, deposit), 2);
        QCOMPARE(f.scalar(QStringLiteral("SELECT refunded FROM orders WHERE id = %1").arg(order)),
                 20000);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-1")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-2")), 0);
        QCOMPARE(count(f, QStringLiteral("journal"), QStringLiteral("kind = 'cancel_event'")), 1);
    }

    void aRefusedCancellationLeavesPaidAndPartPaidOrdersAlone()
    {
        EngineFixture f;
        const auto [paidOrder, code] = sellSeatForCash(f, QStringLiteral("S-A-1"));
        Q_UNUSED(code);
        const qint64 partPaid = partPaidOrder(f, QStringLiteral("S-C-1"), 20000);
        // Cash refunds now need an open shift, and none is open.
        f.requireShiftsFor(ShiftRule::Cash);
        const qint64 journalBefore = count(f, QStringLiteral("journal"));

        const CommandOutcome refused = f.run(kCancel, cancel(f.ids().event));
        QVERIFY(!refused.result.ok());
        QCOMPARE(count(f, QStringLiteral("refunds")), 0);
        QCOMPARE(orderState(f, paidOrder), 1);
        QCOMPARE(orderState(f, partPaid), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-1")), 2);
        QCOMPARE(count(f, QStringLiteral("events"), QStringLiteral("cancelled_at IS NOT NULL")), 0);
        QCOMPARE(count(f, QStringLiteral("journal")), journalBefore);
    }

    void aCashierCannotCancelAnEvent()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(DemoStaff::seed(f.engine()));
        const CommandOutcome byCashier = f.engine().execute(CommandRequest(
            std::make_unique<CancelEventCommand>(f.ids().event, QStringLiteral("No reason")),
            QStringLiteral("c1"), QStringLiteral("cashier")));
        QVERIFY(!byCashier.result.ok());
        QCOMPARE(byCashier.result.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(count(f, QStringLiteral("events"), QStringLiteral("cancelled_at IS NOT NULL")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCancelEventCommand)
#include "testcanceleventcommand.moc"
