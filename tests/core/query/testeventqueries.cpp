// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "query/eventqueries.h"
#include "resultassert.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestEventQueries : public QObject
{
    Q_OBJECT
private slots:
    void managedEventsCountSoldAndLeftSeatsAndStanding()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"), saleRequest(f.ids().event,
                                                      QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                                 gaLine(f.ids().standingQuota, 2)},
                                                      QJsonArray{cash(38000 + 24000)}))
                .result);
        SqliteDb db = f.reader();
        auto events = EventQueries(db).managed();
        TESSERA_VERIFY_OK(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().sold, 3);
        QCOMPARE(events->first().left, 302 + 198);
        QCOMPARE(events->first().cancelledAtMs, 0);
        auto names = EventQueries(db).categoryNames(f.ids().venue);
        TESSERA_VERIFY_OK(names);
        QCOMPARE(*names, (QStringList{QStringLiteral("Stalls"), QStringLiteral("Balcony")}));
    }

    void cancelPreviewCountsWhatCancellingUndoes()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"), saleRequest(f.ids().event,
                                                      QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                                 seatLine(QStringLiteral("S-A-2"))},
                                                      QJsonArray{cash(76000)}))
                .result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("hold"),
                  holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-B-1"))}))
                .result);
        // A scanned ticket is refunded too, and a pending order's deposit.
        auto scanned =
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-C-1"))},
                              QJsonArray{cash(38000)}));
        TESSERA_VERIFY_OK(scanned.result);
        const QString code = scanned.result.value()[QStringLiteral("tickets")]
                                 .toArray()[0][QStringLiteral("code")]
                                 .toString();
        TESSERA_VERIFY_OK(f.run(QStringLiteral("redeem"),
                                QJsonObject{{QStringLiteral("code"), code},
                                            {QStringLiteral("gate"), QStringLiteral("North")}})
                              .result);
        auto pending =
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-C-2"))}));
        TESSERA_VERIFY_OK(pending.result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("add_payment"),
                  QJsonObject{{QStringLiteral("order"),
                               pending.result.value()[QStringLiteral("order")].toInteger()},
                              {QStringLiteral("payment"), cash(5000)}})
                .result);
        // And an order nothing was paid for yet: only cancelled.
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-C-3"))}))
                .result);
        SqliteDb db = f.reader();
        auto preview = EventQueries(db).cancelPreview(f.ids().event);
        TESSERA_VERIFY_OK(preview);
        QCOMPARE(preview->paidOrders, 2);
        QCOMPARE(preview->tickets, 3);
        QCOMPARE(preview->amount, 76000 + 38000 + 5000);
        QCOMPARE(preview->unpaidOrders, 1);
        QCOMPARE(preview->partPaidOrders, 1);
        QCOMPARE(preview->partPaidAmount, 5000);
        QCOMPARE(preview->holds, 1);
        QCOMPARE(preview->currency, QStringLiteral("CNY"));
        QVERIFY(!EventQueries(db).cancelPreview(999).ok());
    }

    void aCancelledEventLeavesTheSellList()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto before = EventQueries(db).sellable(0);
        TESSERA_VERIFY_OK(before);
        QCOMPARE(before->size(), 1);
        QCOMPARE(before->first().seatsFree, 303);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("cancel_event"),
                                QJsonObject{{QStringLiteral("event"), f.ids().event},
                                            {QStringLiteral("reason"), QStringLiteral("Flood")}})
                              .result);
        auto after = EventQueries(db).sellable(0);
        TESSERA_VERIFY_OK(after);
        QVERIFY(after->isEmpty());
        auto managed = EventQueries(db).managed();
        TESSERA_VERIFY_OK(managed);
        QVERIFY(managed->first().cancelledAtMs > 0);
    }

    void orderStatusReadsAPaidOrder()
    {
        EngineFixture f;
        const CommandOutcome sale =
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                              QJsonArray{cash(38000)}));
        TESSERA_VERIFY_OK(sale.result);
        SqliteDb db = f.reader();
        auto status =
            EventQueries(db).orderStatus(sale.result.value()[QStringLiteral("order")].toInteger());
        TESSERA_VERIFY_OK(status);
        QCOMPARE(status->state, 1);
        QCOMPARE(status->paid, 38000);
        QVERIFY(!EventQueries(db).orderStatus(999).ok());
    }
};

QTEST_GUILESS_MAIN(TestEventQueries)
#include "testeventqueries.moc"
