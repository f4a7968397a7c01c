// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "salerequests.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kHold = QStringLiteral("hold");
const QString kSell = QStringLiteral("sell");

qint64 holdId(const CommandOutcome &outcome)
{
    return outcome.result.value()[QStringLiteral("hold")].toInteger();
}

qint64 gaHeld(const EngineFixture &f)
{
    return f.scalar(
        QStringLiteral("SELECT held FROM ga_quotas WHERE id = %1").arg(f.ids().standingQuota));
}

qint64 gaSold(const EngineFixture &f)
{
    return f.scalar(
        QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1").arg(f.ids().standingQuota));
}

qint64 cardCodes(const EngineFixture &f, int state)
{
    return count(f, QStringLiteral("card_codes"), QStringLiteral("state = %1").arg(state));
}

qint64 holdState(const EngineFixture &f, qint64 hold)
{
    return f.scalar(QStringLiteral("SELECT state FROM holds WHERE id = %1").arg(hold));
}

// A seat, three standing tickets and two gift cards.
QJsonArray mixedLines(const EngineFixture &f, const QString &seat = QStringLiteral("S-A-1"))
{
    return QJsonArray{seatLine(seat), gaLine(f.ids().standingQuota, 3),
                      cardLine(f.ids().cardProduct, 2)};
}

} // namespace

class TestHoldCommand : public QObject
{
    Q_OBJECT
private slots:
    void holdReservesSeatsGaAndCardKeys()
    {
        EngineFixture f;
        const qint64 now = f.clock().nowMs();
        auto held = f.run(kHold, holdRequest(f.ids().event, mixedLines(f), 120));
        TESSERA_VERIFY_OK(held.result);
        const QJsonObject r = held.result.value();
        const qint64 hold = holdId(held);
        QVERIFY(hold > 0);
        QCOMPARE(r[QStringLiteral("expires_at")].toInteger(), now + 120'000);
        QCOMPARE(r[QStringLiteral("seats")].toArray(), QJsonArray{QStringLiteral("S-A-1")});

        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT es.hold_id FROM event_seats es JOIN seats s ON "
                                         "s.id = es.seat_id WHERE s.guid = 'S-A-1'")),
                 hold);
        QCOMPARE(gaHeld(f), 3);
        QCOMPARE(cardCodes(f, 1), 2);
        QCOMPARE(count(f, QStringLiteral("card_codes"), QStringLiteral("hold_id = %1").arg(hold)),
                 2);
        QCOMPARE(holdState(f, hold), 0);
        QCOMPARE(count(f, QStringLiteral("hold_items"), QStringLiteral("hold_id = %1").arg(hold)),
                 4);
    }

    void cardOnlyHoldNeedsNoEvent()
    {
        EngineFixture f;
        auto held = f.run(kHold, QJsonObject{{QStringLiteral("lines"),
                                              QJsonArray{cardLine(f.ids().cardProduct, 1)}}});
        TESSERA_VERIFY_OK(held.result);
        QCOMPARE(cardCodes(f, 1), 1);
    }

    void seatLineWithoutEventIsRefused()
    {
        EngineFixture f;
        auto held = f.run(kHold, QJsonObject{{QStringLiteral("lines"),
                                              QJsonArray{seatLine(QStringLiteral("S-A-1"))}}});
        TESSERA_VERIFY_REFUSED(held, ErrorCode::MissingField, QStringLiteral("event"));
    }

    void heldSeatCannotBeSoldByOthers()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))}))
                .result);
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(38000)}));
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::SeatUnavailable, QStringLiteral("lines[0].seat"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 1);
    }

    void heldSeatCannotBeHeldAgain()
    {
        EngineFixture f;
        const QJsonObject request =
            holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        TESSERA_VERIFY_OK(f.run(kHold, request).result);
        TESSERA_VERIFY_REFUSED(f.run(kHold, request), ErrorCode::SeatUnavailable,
                               QStringLiteral("lines[0].seat"));
        QCOMPARE(count(f, QStringLiteral("holds")), 1);
    }

    void retriedHoldIsAnsweredWithTheFirstHold()
    {
        EngineFixture f;
        const QJsonObject request = holdRequest(f.ids().event, mixedLines(f));
        auto first = f.run(kHold, request, QStringLiteral("hold-key"));
        TESSERA_VERIFY_OK(first.result);
        auto retried = f.run(kHold, request, QStringLiteral("hold-key"));
        TESSERA_VERIFY_OK(retried.result);
        QVERIFY(retried.replayed);
        QCOMPARE(holdId(retried), holdId(first));
        QCOMPARE(count(f, QStringLiteral("holds")), 1);
        QCOMPARE(gaHeld(f), 3);
        QCOMPARE(cardCodes(f, 1), 2);
    }

    void holdStillReservesJustBeforeItsExpiry()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kHold, holdRequest(f.ids().event, mixedLines(f), 60)).result);
        f.clock().advance(60'000 - 1);
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(38000)}));
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::SeatUnavailable, QStringLiteral("lines[0].seat"));
        QCOMPARE(gaHeld(f), 3);
        QCOMPARE(cardCodes(f, 1), 2);
    }

    void expiredHoldComesBackOnSale()
    {
        EngineFixture f;
        auto held = f.run(kHold, holdRequest(f.ids().event, mixedLines(f), 60));
        TESSERA_VERIFY_OK(held.result);
        const qint64 hold = holdId(held);
        f.clock().advance(60'000 + 1);

        // The next command sees the seat, the standing tickets and the codes back.
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(38000)}));
        TESSERA_VERIFY_OK(sold.result);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(gaHeld(f), 0);
        QCOMPARE(cardCodes(f, 1), 0);
        QCOMPARE(cardCodes(f, 0), 20);
        QCOMPARE(count(f, QStringLiteral("card_codes"), QStringLiteral("hold_id IS NOT NULL")), 0);
        QCOMPARE(holdState(f, hold), 3);

        QCOMPARE(count(f, QStringLiteral("journal"), QStringLiteral("kind = 'expire_hold'")), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT json_extract(payload, '$.hold') FROM journal "
                                         "WHERE kind = 'expire_hold'")),
                 hold);
        QCOMPARE(f.scalar(QStringLiteral("SELECT json_extract(result, '$.released_ga') FROM "
                                         "journal WHERE kind = 'expire_hold'")),
                 3);
        // The expiry is journalled before the sale that found the seat free.
        QVERIFY(f.scalar(QStringLiteral("SELECT seq FROM journal WHERE kind = 'expire_hold'")) <
                sold.journalSeq);
    }

    void expiredHoldCannotBeSoldFrom()
    {
        EngineFixture f;
        auto held = f.run(
            kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))}, 10));
        TESSERA_VERIFY_OK(held.result);
        f.clock().advance(10'000);
        QJsonObject sale = saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                       QJsonArray{cash(38000)});
        sale.insert(QStringLiteral("hold"), holdId(held));
        TESSERA_VERIFY_REFUSED(f.run(kSell, sale), ErrorCode::NotFound, QStringLiteral("hold"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
    }

    void holdSurvivesReopenAndStillExpires()
    {
        EngineFixture f;
        auto held = f.run(kHold, holdRequest(f.ids().event, mixedLines(f), 60));
        TESSERA_VERIFY_OK(held.result);
        f.reopen();
        TESSERA_VERIFY_REFUSED(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))})),
            ErrorCode::SeatUnavailable, QStringLiteral("lines[0].seat"));

        f.clock().advance(61'000);
        TESSERA_VERIFY_OK(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))}))
                .result);
        QCOMPARE(holdState(f, holdId(held)), 3);
        QCOMPARE(gaHeld(f), 0);
        QCOMPARE(cardCodes(f, 0), 20);
    }

    void releasingHoldPutsEverythingBack()
    {
        EngineFixture f;
        auto held = f.run(kHold, holdRequest(f.ids().event, mixedLines(f)));
        TESSERA_VERIFY_OK(held.result);
        const qint64 hold = holdId(held);
        auto released = f.run(QStringLiteral("release_hold"), QJsonObject{{kHold, hold}});
        TESSERA_VERIFY_OK(released.result);
        const QJsonObject r = released.result.value();
        QCOMPARE(r[QStringLiteral("released_seats")].toInteger(), 1);
        QCOMPARE(r[QStringLiteral("released_ga")].toInteger(), 3);
        QCOMPARE(r[QStringLiteral("released_cards")].toInteger(), 2);

        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(gaHeld(f), 0);
        QCOMPARE(cardCodes(f, 0), 20);
        QCOMPARE(holdState(f, hold), 2);
        // What came back can be sold at once.
        TESSERA_VERIFY_OK(f.run(kSell, saleRequest(f.ids().event,
                                                   QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                              cardLine(f.ids().cardProduct, 20)},
                                                   QJsonArray{cash(38000 + 20 * 10000)}))
                              .result);
    }

    void releasingHoldTwiceIsRefused()
    {
        EngineFixture f;
        auto held = f.run(kHold, holdRequest(f.ids().event, mixedLines(f)));
        TESSERA_VERIFY_OK(held.result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("release_hold"), QJsonObject{{kHold, holdId(held)}}).result);
        TESSERA_VERIFY_REFUSED(
            f.run(QStringLiteral("release_hold"), QJsonObject{{kHold, holdId(held)}}),
            ErrorCode::NotFound, QStringLiteral("hold"));
        QCOMPARE(gaHeld(f), 0);
        QCOMPARE(cardCodes(f, 0), 20);
    }

    void sellingFromHoldConvertsItAndReleasesLeftovers()
    {
        EngineFixture f;
        auto held =
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                               seatLine(QStringLiteral("S-A-2")),
                                                               gaLine(f.ids().standingQuota, 3),
                                                               cardLine(f.ids().cardProduct, 2)}));
        TESSERA_VERIFY_OK(held.result);
        const qint64 hold = holdId(held);

        QJsonObject sale = saleRequest(f.ids().event,
                                       QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                  gaLine(f.ids().standingQuota, 1),
                                                  cardLine(f.ids().cardProduct, 1)},
                                       QJsonArray{cash(38000 + 12000 + 10000)});
        sale.insert(kHold, hold);
        auto sold = f.run(kSell, sale);
        TESSERA_VERIFY_OK(sold.result);
        QCOMPARE(sold.result.value()[QStringLiteral("state")].toString(), QStringLiteral("paid"));

        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-2")), 0);
        QCOMPARE(gaSold(f), 1);
        QCOMPARE(gaHeld(f), 0);
        QCOMPARE(cardCodes(f, 2), 1);
        QCOMPARE(cardCodes(f, 1), 0);
        QCOMPARE(cardCodes(f, 0), 19);
        QCOMPARE(holdState(f, hold), 1);
        // The released seat is on sale for everybody again.
        TESSERA_VERIFY_OK(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-2"))}))
                .result);
    }

    void sellingFromHoldRefusesSeatNotInIt()
    {
        EngineFixture f;
        auto held =
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))}));
        TESSERA_VERIFY_OK(held.result);
        QJsonObject sale = saleRequest(
            f.ids().event,
            QJsonArray{seatLine(QStringLiteral("S-A-1")), seatLine(QStringLiteral("S-A-3"))},
            QJsonArray{cash(2 * 38000)});
        sale.insert(kHold, holdId(held));
        TESSERA_VERIFY_REFUSED(f.run(kSell, sale), ErrorCode::InvalidInput,
                               QStringLiteral("lines[1].seat"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 1);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-3")), 0);
        QCOMPARE(holdState(f, holdId(held)), 0);
    }

    void sellingFromHoldRefusesMoreGaOrCardsThanHeld()
    {
        EngineFixture f;
        auto held = f.run(kHold, holdRequest(f.ids().event, mixedLines(f)));
        TESSERA_VERIFY_OK(held.result);
        QJsonObject moreGa =
            saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 4)});
        moreGa.insert(kHold, holdId(held));
        TESSERA_VERIFY_REFUSED(f.run(kSell, moreGa), ErrorCode::QuotaExhausted,
                               QStringLiteral("lines[0].quantity"));
        QJsonObject moreCards =
            saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 3)});
        moreCards.insert(kHold, holdId(held));
        TESSERA_VERIFY_REFUSED(f.run(kSell, moreCards), ErrorCode::PoolExhausted,
                               QStringLiteral("lines[0].quantity"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        QCOMPARE(gaHeld(f), 3);
        QCOMPARE(cardCodes(f, 1), 2);
    }

    void ttlBounds_data()
    {
        QTest::addColumn<qint64>("ttl");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("below minimum") << qint64(9) << false;
        QTest::newRow("minimum") << qint64(10) << true;
        QTest::newRow("maximum") << qint64(24 * 3600) << true;
        QTest::newRow("above maximum") << qint64(24 * 3600 + 1) << false;
        QTest::newRow("zero") << qint64(0) << false;
        QTest::newRow("negative") << qint64(-60) << false;
    }

    void ttlBounds()
    {
        QFETCH(qint64, ttl);
        QFETCH(bool, accepted);
        EngineFixture f;
        auto held = f.run(
            kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))}, ttl));
        if (accepted) {
            TESSERA_VERIFY_OK(held.result);
            QCOMPARE(held.result.value()[QStringLiteral("expires_at")].toInteger(),
                     f.clock().nowMs() + ttl * 1000);
        } else {
            TESSERA_VERIFY_REFUSED(held, ErrorCode::InvalidInput, QStringLiteral("ttl_seconds"));
            QCOMPARE(count(f, QStringLiteral("holds")), 0);
        }
    }

    void holdingMoreGaThanAvailableIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kHold,
                  holdRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 201)})),
            ErrorCode::QuotaExhausted, QStringLiteral("lines[0].quantity"));
        QCOMPARE(gaHeld(f), 0);

        TESSERA_VERIFY_OK(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 150)}))
                .result);
        TESSERA_VERIFY_REFUSED(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 51)})),
            ErrorCode::QuotaExhausted, QStringLiteral("lines[0].quantity"));
        TESSERA_VERIFY_OK(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 50)}))
                .result);
        QCOMPARE(gaHeld(f), 200);
    }

    void holdingMoreCardsThanInPoolIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 21)})),
            ErrorCode::PoolExhausted, QStringLiteral("lines[0].quantity"));
        QCOMPARE(cardCodes(f, 0), 20);
    }

    void unknownSeatIsRefusedNamingTheLine()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("Z-9-9"))})),
            ErrorCode::UnknownReference, QStringLiteral("lines[0].seat"));
        // Nothing of a refused hold is kept, not even its valid lines.
        TESSERA_VERIFY_REFUSED(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                               seatLine(QStringLiteral("NOPE"))})),
            ErrorCode::UnknownReference, QStringLiteral("lines[1].seat"));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(count(f, QStringLiteral("holds")), 0);
    }

    void sameSeatTwiceInOneHoldIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                               seatLine(QStringLiteral("S-A-1"))})),
            ErrorCode::DuplicateId, QStringLiteral("lines[1].seat"));
        QCOMPARE(count(f, QStringLiteral("holds")), 0);
    }

    void holdAfterSalesCloseIsRefused()
    {
        EngineFixture f;
        const qint64 closes = f.scalar(
            QStringLiteral("SELECT sale_ends_at FROM events WHERE id = %1").arg(f.ids().event));
        f.clock().set(closes);
        TESSERA_VERIFY_REFUSED(
            f.run(kHold, holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))})),
            ErrorCode::SaleWindowClosed, QStringLiteral("event"));
    }
};

QTEST_GUILESS_MAIN(TestHoldCommand)
#include "testholdcommand.moc"
