// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"
#include "setup/canceleventcommand.h"
#include "setup/demostaff.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kCancel = QStringLiteral("cancel_event");

QJsonObject cancel(qint64 event, const QString &reason = QStringLiteral("The dancer is ill"))
{
    return QJsonObject{{QStringLiteral("event"), event}, {QStringLiteral("reason"), reason}};
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
