// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "query/orderqueries.h"
#include "resultassert.h"
#include "salerequests.h"
#include "sales/exchangecommand.h"
#include "setup/demostaff.h"
#include "tickets/ticketbook.h"
#include "tickets/ticketverifier.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSell = QStringLiteral("sell");
const QString kExchange = QStringLiteral("exchange_seat");

// Stalls adult 380.00, Stalls child 190.00, Balcony adult 220.00 (the demo event).
constexpr qint64 kStallsAdult = 38000;
constexpr qint64 kStallsChild = 19000;
constexpr qint64 kBalconyAdult = 22000;

struct PaidOrder
{
    qint64 id = 0;
    qint64 seatLine = 0;  // S-A-1, adult
    qint64 childLine = 0; // S-A-2, child
    qint64 gaLine = 0;
    QString seatCode;
};

PaidOrder sellPaidOrder(EngineFixture &f)
{
    auto sold = f.run(
        kSell, saleRequest(f.ids().event,
                           QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                      seatLine(QStringLiteral("S-A-2"), QStringLiteral("child")),
                                      gaLine(f.ids().standingQuota, 1)},
                           QJsonArray{cash(kStallsAdult + kStallsChild + 12000)}));
    if (!sold.result.ok())
        qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
    const QJsonObject r = sold.result.value();
    const QJsonArray tickets = r[QStringLiteral("tickets")].toArray();
    PaidOrder order;
    order.id = r[QStringLiteral("order")].toInteger();
    order.seatLine = tickets[0][QStringLiteral("line")].toInteger();
    order.childLine = tickets[1][QStringLiteral("line")].toInteger();
    order.gaLine = tickets[2][QStringLiteral("line")].toInteger();
    order.seatCode = tickets[0][QStringLiteral("code")].toString();
    return order;
}

QJsonObject exchangeRequest(qint64 order, qint64 line, const QString &seat, qint64 event = 0)
{
    QJsonObject o{{QStringLiteral("order"), order},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("seat"), seat}};
    if (event)
        o.insert(QStringLiteral("event"), event);
    return o;
}

QJsonObject redeemRequest(const QString &code)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("gate"), QStringLiteral("N")}};
}

qint64 lineState(const EngineFixture &f, qint64 line)
{
    return f.scalar(QStringLiteral("SELECT state FROM order_lines WHERE id = %1").arg(line));
}

qint64 lineCount(const EngineFixture &f, qint64 order)
{
    return count(f, QStringLiteral("order_lines"), QStringLiteral("order_id = %1").arg(order));
}

// Nothing changed: the line is active, both seats as they were, no new line.
void verifyUntouched(const EngineFixture &f, const PaidOrder &order, const QString &seat,
                     qint64 seatStateBefore)
{
    QCOMPARE(lineState(f, order.seatLine), 0);
    QCOMPARE(lineCount(f, order.id), 3);
    QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
    if (!seat.isEmpty())
        QCOMPARE(seatState(f, f.ids().event, seat), seatStateBefore);
}

QJsonObject lineOf(const QJsonObject &order, qint64 line)
{
    for (const QJsonValue &l : order[QStringLiteral("lines")].toArray()) {
        if (l[QStringLiteral("line")].toInteger() == line)
            return l.toObject();
    }
    return {};
}

} // namespace

class TestExchangeCommand : public QObject
{
    Q_OBJECT
private slots:
    void exchangeMovesTheTicketToASeatOfTheSamePrice()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        auto exchanged =
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5")));
        TESSERA_VERIFY_OK(exchanged.result);
        const QJsonObject r = exchanged.result.value();
        const qint64 newLine = r[QStringLiteral("new_line")].toInteger();
        QVERIFY(newLine > order.gaLine);
        QCOMPARE(r[QStringLiteral("line")].toInteger(), order.seatLine);
        QCOMPARE(r[QStringLiteral("old_seat")].toString(), QStringLiteral("S-A-1"));
        QCOMPARE(r[QStringLiteral("seat")].toString(), QStringLiteral("S-C-5"));
        QCOMPARE(r[QStringLiteral("ticket_type")].toString(), QStringLiteral("adult"));
        QCOMPARE(r[QStringLiteral("price")].toInteger(), kStallsAdult);
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QVERIFY(r[QStringLiteral("code")].toString().startsWith(
            QStringLiteral("TK1-%1-").arg(newLine)));

        QCOMPARE(lineState(f, order.seatLine), 2);
        QCOMPARE(lineState(f, newLine), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-5")), 2);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT price FROM order_lines WHERE id = %1").arg(newLine)),
            kStallsAdult);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines a JOIN order_lines b "
                                         "ON a.ticket_type_id = b.ticket_type_id "
                                         "WHERE a.id = %1 AND b.id = %2")
                              .arg(order.seatLine)
                              .arg(newLine)),
                 1);
        // No money moves: the order's totals and state are as they were.
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(order.id)),
                 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT total - paid + refunded FROM orders WHERE id = %1")
                              .arg(order.id)),
                 0);
        QCOMPARE(count(f, QStringLiteral("journal"), QStringLiteral("kind = 'exchange_seat'")), 1);

        // The freed seat sells again; the new one does not.
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(kStallsAdult)}))
                .result);
        TESSERA_VERIFY_REFUSED(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-C-5"))},
                                     QJsonArray{cash(kStallsAdult)})),
            ErrorCode::SeatUnavailable, QStringLiteral("lines[0].seat"));
    }

    void orderShowsTheExchangedLineAndItsReplacement()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        auto exchanged =
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5")));
        TESSERA_VERIFY_OK(exchanged.result);
        const qint64 newLine = exchanged.result.value()[QStringLiteral("new_line")].toInteger();
        SqliteDb db = f.reader();
        auto shown = OrderQueries(db, f.engine().terminalId()).order(order.id);
        TESSERA_VERIFY_OK(shown);
        const QJsonObject old = lineOf(*shown, order.seatLine);
        QCOMPARE(old[QStringLiteral("state")].toString(), QStringLiteral("exchanged"));
        QCOMPARE(old[QStringLiteral("seat")].toString(), QStringLiteral("S-A-1"));
        QVERIFY(!old.contains(QStringLiteral("code")));
        const QJsonObject fresh = lineOf(*shown, newLine);
        QCOMPARE(fresh[QStringLiteral("state")].toString(), QStringLiteral("active"));
        QCOMPARE(fresh[QStringLiteral("seat")].toString(), QStringLiteral("S-C-5"));
        QCOMPARE(fresh[QStringLiteral("ticket_type")].toString(), QStringLiteral("adult"));
        QCOMPARE(fresh[QStringLiteral("code")].toString(),
                 exchanged.result.value()[QStringLiteral("code")].toString());
        QCOMPARE((*shown)[QStringLiteral("state")].toString(), QStringLiteral("paid"));
    }

    void oldCodeIsRefusedAtTheGateAndTheNewOneAdmitted()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        SqliteDb db = f.reader();
        auto signedBefore = TicketBook(db).signedCodes(order.id, f.engine().ticketKey());
        TESSERA_VERIFY_OK(signedBefore);
        const QString oldSigned = (*signedBefore)[0][QStringLiteral("code")].toString();

        auto exchanged =
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5")));
        TESSERA_VERIFY_OK(exchanged.result);
        const QJsonObject r = exchanged.result.value();
        const qint64 newLine = r[QStringLiteral("new_line")].toInteger();

        // The offline gate: the old signed code is revoked, the new one valid.
        auto signedAfter = TicketBook(db).signedCodes(order.id, f.engine().ticketKey());
        TESSERA_VERIFY_OK(signedAfter);
        QString newSigned;
        for (const QJsonValue &c : *signedAfter) {
            QVERIFY(c[QStringLiteral("line")].toInteger() != order.seatLine);
            if (c[QStringLiteral("line")].toInteger() == newLine)
                newSigned = c[QStringLiteral("code")].toString();
        }
        QVERIFY(!newSigned.isEmpty());
        auto setup = TicketBook(db).gateSetup(f.ids().event, f.engine().ticketKey().publicKey());
        TESSERA_VERIFY_OK(setup);
        const TicketVerifier gate(*setup, f.clock());
        QCOMPARE(gate.verify(oldSigned).status, TicketStatus::Revoked);
        const TicketVerdict fresh = gate.verify(newSigned);
        QVERIFY2(fresh.admits(), qPrintable(fresh.message));
        QCOMPARE(fresh.claims->seatGuid, QStringLiteral("S-C-5"));

        // The engine's gate: both old codes refused, the new one admitted once.
        TESSERA_VERIFY_REFUSED(f.run(QStringLiteral("redeem"), redeemRequest(order.seatCode)),
                               ErrorCode::InvalidState, QStringLiteral("code"));
        TESSERA_VERIFY_REFUSED(f.run(QStringLiteral("redeem"), redeemRequest(oldSigned)),
                               ErrorCode::InvalidState, QStringLiteral("code"));
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("redeem"), redeemRequest(r[QStringLiteral("code")].toString()))
                .result);
        TESSERA_VERIFY_REFUSED(f.run(QStringLiteral("redeem"), redeemRequest(newSigned)),
                               ErrorCode::AlreadyRedeemed, QStringLiteral("code"));

        // Scanning the new signed code at the counter finds the order.
        // (with the data key: the signature is checked against the sealed key)
        const auto dataKey = f.engine().dataKey(db);
        auto found = OrderQueries(db, f.engine().terminalId(), dataKey.get()).find(newSigned);
        TESSERA_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE((*found)[0][QStringLiteral("order")].toInteger(), order.id);
    }

    void childTicketKeepsItsTypeAndPrice()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        auto exchanged =
            f.run(kExchange, exchangeRequest(order.id, order.childLine, QStringLiteral("S-D-9")));
        TESSERA_VERIFY_OK(exchanged.result);
        QCOMPARE(exchanged.result.value()[QStringLiteral("ticket_type")].toString(),
                 QStringLiteral("child"));
        QCOMPARE(exchanged.result.value()[QStringLiteral("price")].toInteger(), kStallsChild);
    }

    void retriedExchangeIsAnsweredWithTheFirst()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        const QJsonObject request =
            exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5"));
        auto first = f.run(kExchange, request, QStringLiteral("exchange-key"));
        TESSERA_VERIFY_OK(first.result);
        auto retried = f.run(kExchange, request, QStringLiteral("exchange-key"));
        TESSERA_VERIFY_OK(retried.result);
        QVERIFY(retried.replayed);
        QCOMPARE(retried.result.value(), first.result.value());
        QCOMPARE(lineCount(f, order.id), 4);
    }

    void refundAfterExchangeRefundsTheReplacementOnly()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        auto exchanged =
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5")));
        TESSERA_VERIFY_OK(exchanged.result);
        const qint64 newLine = exchanged.result.value()[QStringLiteral("new_line")].toInteger();
        const auto refund = [&](const QJsonArray &lines) {
            QJsonObject o{{QStringLiteral("order"), order.id},
                          {QStringLiteral("reason"), QStringLiteral("Customer request")}};
            if (!lines.isEmpty())
                o.insert(QStringLiteral("lines"), lines);
            return f.run(QStringLiteral("refund"), o);
        };
        TESSERA_VERIFY_REFUSED(refund(QJsonArray{order.seatLine}), ErrorCode::InvalidState,
                               QStringLiteral("lines"));
        auto all = refund({});
        TESSERA_VERIFY_OK(all.result);
        QCOMPARE(all.result.value()[QStringLiteral("amount")].toInteger(),
                 kStallsAdult + kStallsChild + 12000);
        QCOMPARE(all.result.value()[QStringLiteral("state")].toString(),
                 QStringLiteral("refunded"));
        QVERIFY(!all.result.value()[QStringLiteral("lines")].toArray().contains(order.seatLine));
        QCOMPARE(lineState(f, order.seatLine), 2);
        QCOMPARE(lineState(f, newLine), 1);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-5")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
    }

    void exchangedLineCannotBeExchangedAgain()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_OK(
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5")))
                .result);
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-6"))),
            ErrorCode::InvalidState, QStringLiteral("line"));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-6")), 0);
    }

    void unknownOrderOrLineIsRefused()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(777, order.seatLine, QStringLiteral("S-C-5"))),
            ErrorCode::NotFound, QStringLiteral("order"));
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, 999, QStringLiteral("S-C-5"))),
            ErrorCode::UnknownReference, QStringLiteral("line"));
        // A line of another order is not this order's line.
        auto other =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-B-1"))},
                                     QJsonArray{cash(kStallsAdult)}));
        TESSERA_VERIFY_OK(other.result);
        const qint64 otherLine = other.result.value()[QStringLiteral("tickets")]
                                     .toArray()[0][QStringLiteral("line")]
                                     .toInteger();
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, otherLine, QStringLiteral("S-C-5"))),
            ErrorCode::UnknownReference, QStringLiteral("line"));
        verifyUntouched(f, order, QStringLiteral("S-C-5"), 0);
    }

    void onlyActiveSeatLinesAreExchanged()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, order.gaLine, QStringLiteral("S-C-5"))),
            ErrorCode::InvalidState, QStringLiteral("line"));
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), order.id},
                                            {QStringLiteral("lines"), QJsonArray{order.childLine}},
                                            {QStringLiteral("reason"), QStringLiteral("ill")}})
                              .result);
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, order.childLine, QStringLiteral("S-D-9"))),
            ErrorCode::InvalidState, QStringLiteral("line"));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-D-9")), 0);
        // A partly refunded order can still exchange its active seats.
        TESSERA_VERIFY_OK(
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5")))
                .result);
    }

    void usedTicketIsNotExchanged()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("redeem"), redeemRequest(order.seatCode)).result);
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5"))),
            ErrorCode::InvalidState, QStringLiteral("line"));
        verifyUntouched(f, order, QStringLiteral("S-C-5"), 0);
    }

    void unknownOrUnavailableSeatIsRefused()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("Z-9-9"))),
            ErrorCode::UnknownReference, QStringLiteral("seat"));
        // Sold (to this very order, too), held or the line's own seat.
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-A-2"))),
            ErrorCode::SeatUnavailable, QStringLiteral("seat"));
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("hold"),
                  holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-C-7"))}))
                .result);
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-7"))),
            ErrorCode::SeatUnavailable, QStringLiteral("seat"));
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("S-A-1"))),
            ErrorCode::InvalidInput, QStringLiteral("seat"));
        verifyUntouched(f, order, QStringLiteral("S-C-7"), 1);
    }

    void cheaperSeatGivesTheDifferenceBack()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        // Nothing is paid for a cheaper seat.
        QJsonObject paying = exchangeRequest(order.id, order.seatLine, QStringLiteral("B-AA-1"));
        paying.insert(QStringLiteral("payment"), cash(16000));
        TESSERA_VERIFY_REFUSED(f.run(kExchange, paying), ErrorCode::PaymentMismatch,
                               QStringLiteral("payment"));
        verifyUntouched(f, order, QStringLiteral("B-AA-1"), 0);

        auto exchanged =
            f.run(kExchange, exchangeRequest(order.id, order.seatLine, QStringLiteral("B-AA-1")));
        TESSERA_VERIFY_OK(exchanged.result);
        const QJsonObject r = exchanged.result.value();
        QCOMPARE(r[QStringLiteral("price")].toInteger(), kBalconyAdult);
        QCOMPARE(r[QStringLiteral("old_price")].toInteger(), kStallsAdult);
        QCOMPARE(r[QStringLiteral("difference")].toInteger(), kBalconyAdult - kStallsAdult);
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("partly_refunded"));
        const qint64 refund = r[QStringLiteral("refund")].toInteger();
        QCOMPARE(f.scalar(QStringLiteral("SELECT amount FROM refunds WHERE id = %1").arg(refund)),
                 kStallsAdult - kBalconyAdult);
        QCOMPARE(count(f, QStringLiteral("refunds"),
                       QStringLiteral("id = %1 AND reason = 'Seat exchange' AND actor = 'tester'")
                           .arg(refund)),
                 1);
        const qint64 newLine = r[QStringLiteral("new_line")].toInteger();
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT price FROM order_lines WHERE id = %1").arg(newLine)),
            kBalconyAdult);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT refunded FROM orders WHERE id = %1").arg(order.id)),
            kStallsAdult - kBalconyAdult);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("B-AA-1")), 2);

        // Refunding the new ticket later gives back its own price: in all,
        // the customer got back what the first seat cost.
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), order.id},
                                            {QStringLiteral("lines"), QJsonArray{newLine}},
                                            {QStringLiteral("reason"), QStringLiteral("ill")}})
                              .result);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT refunded FROM orders WHERE id = %1").arg(order.id)),
            kStallsAdult);
    }

    void dearerSeatNeedsTheDifferencePaid()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("B-AA-1"))},
                                     QJsonArray{cash(kBalconyAdult)}));
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = sold.result.value()[QStringLiteral("order")].toInteger();
        const qint64 line = sold.result.value()[QStringLiteral("tickets")]
                                .toArray()
                                .first()[QStringLiteral("line")]
                                .toInteger();
        const qint64 difference = kStallsAdult - kBalconyAdult;
        auto attempt = [&](const std::optional<QJsonObject> &payment) {
            QJsonObject request = exchangeRequest(order, line, QStringLiteral("S-C-1"));
            if (payment)
                request.insert(QStringLiteral("payment"), *payment);
            return f.run(kExchange, request);
        };
        TESSERA_VERIFY_REFUSED(attempt(std::nullopt), ErrorCode::PaymentMismatch,
                               QStringLiteral("payment"));
        TESSERA_VERIFY_REFUSED(attempt(cash(difference - 1)), ErrorCode::PaymentMismatch,
                               QStringLiteral("payment.amount"));
        TESSERA_VERIFY_REFUSED(
            attempt(payment(QStringLiteral("card"), difference, QStringLiteral("declined"),
                            QStringLiteral("card_declined"))),
            ErrorCode::InvalidInput, QStringLiteral("payment.state"));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-1")), 0);
        QCOMPARE(count(f, QStringLiteral("payments")), 1);

        auto exchanged = attempt(payment(QStringLiteral("card"), difference));
        TESSERA_VERIFY_OK(exchanged.result);
        const QJsonObject r = exchanged.result.value();
        QCOMPARE(r[QStringLiteral("difference")].toInteger(), difference);
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QVERIFY(!r.contains(QStringLiteral("refund")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT total FROM orders WHERE id = %1").arg(order)),
                 kStallsAdult);
        QCOMPARE(f.scalar(QStringLiteral("SELECT paid FROM orders WHERE id = %1").arg(order)),
                 kStallsAdult);
        QCOMPARE(count(f, QStringLiteral("payments"),
                       QStringLiteral("order_id = %1 AND method = 'card' AND amount = %2 AND "
                                      "state = 0")
                           .arg(order)
                           .arg(difference)),
                 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT price FROM order_lines WHERE id = %1")
                              .arg(r[QStringLiteral("new_line")].toInteger())),
                 kStallsAdult);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-C-1")), 2);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("B-AA-1")), 0);
    }

    void samePriceTakesNoPayment()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        QJsonObject request = exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-1"));
        request.insert(QStringLiteral("payment"), cash(1));
        TESSERA_VERIFY_REFUSED(f.run(kExchange, request), ErrorCode::PaymentMismatch,
                               QStringLiteral("payment"));
        verifyUntouched(f, order, QStringLiteral("S-C-1"), 0);
    }

    void seatOfAnotherEventIsRefused()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        // The next day's performance at the same venue: same seats, other event.
        auto next = DemoSeeder::seed(f.engine(), f.clock().nowMs() + 24 * 3600 * 1000, 20);
        TESSERA_VERIFY_OK(next);
        QVERIFY(next->event != f.ids().event);
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange,
                  exchangeRequest(order.id, order.seatLine, QStringLiteral("S-C-5"), next->event)),
            ErrorCode::WrongEvent, QStringLiteral("event"));
        QCOMPARE(seatState(f, next->event, QStringLiteral("S-C-5")), 0);
        verifyUntouched(f, order, QStringLiteral("S-C-5"), 0);
        // Naming the line's own event is fine.
        TESSERA_VERIFY_OK(f.run(kExchange, exchangeRequest(order.id, order.seatLine,
                                                           QStringLiteral("S-C-5"), f.ids().event))
                              .result);
    }

    void pendingOrderIsNotExchanged()
    {
        EngineFixture f;
        auto pending =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))}));
        TESSERA_VERIFY_OK(pending.result);
        const QJsonObject r = pending.result.value();
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange,
                  exchangeRequest(
                      r[QStringLiteral("order")].toInteger(),
                      r[QStringLiteral("tickets")].toArray()[0][QStringLiteral("line")].toInteger(),
                      QStringLiteral("S-C-5"))),
            ErrorCode::InvalidState, QStringLiteral("order"));
    }

    void malformedRequestsAreRefusedBeforeTheEngine()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(f.run(kExchange, QJsonObject{{QStringLiteral("order"), 1},
                                                            {QStringLiteral("line"), 1}}),
                               ErrorCode::MissingField, QStringLiteral("seat"));
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, QJsonObject{{QStringLiteral("order"), 1},
                                         {QStringLiteral("line"), 0},
                                         {QStringLiteral("seat"), QStringLiteral("S-A-1")}}),
            ErrorCode::InvalidInput, QStringLiteral("line"));
        TESSERA_VERIFY_REFUSED(
            f.run(kExchange, QJsonObject{{QStringLiteral("order"), 1},
                                         {QStringLiteral("line"), 1},
                                         {QStringLiteral("seat"), QStringLiteral("S-A-1")},
                                         {QStringLiteral("price"), 1}}),
            ErrorCode::InvalidInput, QStringLiteral("price"));
    }

    void cashierNeedsASupervisorsApproval()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f); // before staff exist (set-up mode)
        TESSERA_VERIFY_OK(DemoStaff::seed(f.engine()));
        const auto exchange = [&](const QString &seat, const QString &key, const QString &actor,
                                  const QString &approver) {
            return f.engine().execute(CommandRequest(
                std::make_unique<ExchangeSeatCommand>(order.id, order.seatLine, seat), key, actor,
                approver));
        };
        auto alone =
            exchange(QStringLiteral("S-C-5"), QStringLiteral("x1"), QStringLiteral("cashier"), {});
        TESSERA_VERIFY_REFUSED(alone, ErrorCode::OverrideRequired, QStringLiteral("override_by"));
        auto byCashier = exchange(QStringLiteral("S-C-5"), QStringLiteral("x2"),
                                  QStringLiteral("cashier"), QStringLiteral("cashier"));
        TESSERA_VERIFY_REFUSED(byCashier, ErrorCode::PermissionDenied,
                               QStringLiteral("override_by"));
        QCOMPARE(lineState(f, order.seatLine), 0);

        auto approved = exchange(QStringLiteral("S-C-5"), QStringLiteral("x3"),
                                 QStringLiteral("cashier"), QStringLiteral("supervisor"));
        TESSERA_VERIFY_OK(approved.result);
        QCOMPARE(approved.result.value()[QStringLiteral("approved_by")].toString(),
                 QStringLiteral("supervisor"));
        // Audited as an override and as an exchange, with both names.
        QCOMPARE(count(f, QStringLiteral("audit_log"), QStringLiteral("action = 'exchange'")), 1);
        QCOMPARE(count(f, QStringLiteral("audit_log"),
                       QStringLiteral("action = 'override' AND actor = 'cashier'")),
                 1);

        // A supervisor exchanges without anybody's approval.
        auto bySupervisor = f.engine().execute(
            CommandRequest(std::make_unique<ExchangeSeatCommand>(order.id, order.childLine,
                                                                 QStringLiteral("S-D-9")),
                           QStringLiteral("x4"), QStringLiteral("supervisor")));
        TESSERA_VERIFY_OK(bySupervisor.result);
    }
};

QTEST_GUILESS_MAIN(TestExchangeCommand)
#include "testexchangecommand.moc"
