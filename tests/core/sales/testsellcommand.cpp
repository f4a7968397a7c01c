// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "salerequests.h"

#include "api/commandfactory.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <latch>
#include <mutex>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSell = QStringLiteral("sell");
const QString kAddPayment = QStringLiteral("add_payment");
const QString kCancel = QStringLiteral("cancel_order");

qint64 orderId(const CommandOutcome &outcome)
{
    return outcome.result.value()[QStringLiteral("order")].toInteger();
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

qint64 seatsInState(const EngineFixture &f, int state)
{
    return count(f, QStringLiteral("event_seats"),
                 QStringLiteral("event_id = %1 AND state = %2").arg(f.ids().event).arg(state));
}

QJsonObject addPayment(qint64 order, const QJsonObject &payment)
{
    return QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("payment"), payment}};
}

// Submits `copies` identical sales at once, each with its own key, and waits
// for all answers. Returns how many went through; `refusals` counts the codes.
int sellConcurrently(EngineFixture &f, const QJsonObject &sale, int copies,
                     QHash<QString, int> &refusals)
{
    std::atomic<int> ok{0};
    std::mutex mutex;
    std::latch done(copies);
    for (int i = 0; i < copies; ++i) {
        auto command = CommandFactory::fromJson(QStringLiteral("sell"), sale);
        if (!command)
            qFatal("bad sale: %s", qPrintable(command.error().toString()));
        f.engine().submit(CommandRequest{std::move(*command), QStringLiteral("rush-%1").arg(i),
                                         QStringLiteral("tester")},
                          [&](CommandOutcome outcome) {
                              if (outcome.result.ok()) {
                                  ++ok;
                              } else {
                                  std::lock_guard lock(mutex);
                                  ++refusals[outcome.result.error().codeName()];
                              }
                              done.count_down();
                          });
    }
    done.wait();
    return ok.load();
}

bool isTicketCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^TK1-[0-9]+-[0-9A-F]{16}$"));
    return pattern.match(code).hasMatch();
}

} // namespace

class TestSellCommand : public QObject
{
    Q_OBJECT
private slots:
    void paidMixedOrderIssuesTicketsAndCardKey()
    {
        EngineFixture f;
        auto sold = f.run(kSell, saleRequest(f.ids().event,
                                             QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                        gaLine(f.ids().standingQuota, 1),
                                                        cardLine(f.ids().cardProduct, 1)},
                                             QJsonArray{cash(38000 + 12000 + 10000)}));
        TESSERA_VERIFY_OK(sold.result);
        const QJsonObject r = sold.result.value();
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(r[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        QCOMPARE(r[QStringLiteral("total")].toInteger(), 60000);
        QCOMPARE(r[QStringLiteral("paid")].toInteger(), 60000);
        QCOMPARE(r[QStringLiteral("number")].toString(),
                 QStringLiteral("T1-%1").arg(orderId(sold), 6, 10, QLatin1Char('0')));

        const QJsonArray tickets = r[QStringLiteral("tickets")].toArray();
        QCOMPARE(tickets.size(), 2);
        for (const QJsonValue &ticket : tickets) {
            const QString code = ticket[QStringLiteral("code")].toString();
            QVERIFY2(isTicketCode(code), qPrintable(code));
            QVERIFY(code.startsWith(
                QStringLiteral("TK1-%1-").arg(ticket[QStringLiteral("line")].toInteger())));
        }
        QCOMPARE(tickets[0][QStringLiteral("seat")].toString(), QStringLiteral("S-A-1"));
        QCOMPARE(tickets[0][QStringLiteral("price")].toInteger(), 38000);
        QCOMPARE(tickets[1][QStringLiteral("ga")].toInteger(), f.ids().standingQuota);
        QCOMPARE(tickets[1][QStringLiteral("price")].toInteger(), 12000);
        const QJsonArray cards = r[QStringLiteral("cards")].toArray();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards[0][QStringLiteral("card")].toInteger(), f.ids().cardProduct);
        QCOMPARE(cards[0][QStringLiteral("price")].toInteger(), 10000);

        QCOMPARE(
            f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(orderId(sold))),
            1);
        QCOMPARE(count(f, QStringLiteral("order_lines"),
                       QStringLiteral("order_id = %1").arg(orderId(sold))),
                 3);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(gaSold(f), 1);
        QCOMPARE(count(f, QStringLiteral("card_codes"),
                       QStringLiteral("state = 2 AND order_id = %1").arg(orderId(sold))),
                 1);
        QCOMPARE(count(f, QStringLiteral("payments"),
                       QStringLiteral("order_id = %1 AND state = 0").arg(orderId(sold))),
                 1);
    }

    void eachTicketsCodeIsItsStoredSecretAndTheJournalHoldsNone()
    {
        EngineFixture f;
        auto sold = f.run(kSell, saleRequest(f.ids().event,
                                             QJsonArray{seatLine(QStringLiteral("S-A-2")),
                                                        gaLine(f.ids().standingQuota, 3)},
                                             QJsonArray{cash(38000 + 3 * 12000)}));
        TESSERA_VERIFY_OK(sold.result);
        const QJsonArray tickets = sold.result.value()[QStringLiteral("tickets")].toArray();
        QCOMPARE(tickets.size(), 4);
        for (const QJsonValue &ticket : tickets) {
            const qint64 line = ticket[QStringLiteral("line")].toInteger();
            const QString secret =
                f.text(QStringLiteral("SELECT secret FROM order_lines WHERE id = %1").arg(line));
            QCOMPARE(secret.size(), 16);
            QCOMPARE(ticket[QStringLiteral("code")].toString(),
                     QStringLiteral("TK1-%1-%2").arg(line).arg(secret));
            // Written into the answer's bytes right after the ticket's price.
            const QByteArray member = QStringLiteral(R"("price":%1,"code":"TK1-%2-%3"})")
                                          .arg(ticket[QStringLiteral("price")].toInteger())
                                          .arg(line)
                                          .arg(secret)
                                          .toUtf8();
            QVERIFY2(sold.result.json().contains(member), sold.result.json().constData());
        }
        // The journal keeps the same answer without a single code.
        const QString journalled = f.text(
            QStringLiteral("SELECT result FROM journal WHERE seq = %1").arg(sold.journalSeq));
        QVERIFY(!journalled.contains(QStringLiteral("code")));
        QJsonObject withoutCodes = sold.result.value();
        QJsonArray stripped;
        for (const QJsonValue &ticket : tickets) {
            QJsonObject t = ticket.toObject();
            t.remove(QStringLiteral("code"));
            stripped.push_back(t);
        }
        withoutCodes.insert(QStringLiteral("tickets"), stripped);
        QCOMPARE(QJsonDocument::fromJson(journalled.toUtf8()).object(), withoutCodes);
    }

    void priceDependsOnCategoryAndTicketType_data()
    {
        QTest::addColumn<QString>("seat");
        QTest::addColumn<QString>("ticketType");
        QTest::addColumn<qint64>("price");
        QTest::newRow("stalls adult")
            << QStringLiteral("S-A-1") << QStringLiteral("adult") << qint64(38000);
        QTest::newRow("stalls child")
            << QStringLiteral("S-A-1") << QStringLiteral("child") << qint64(19000);
        QTest::newRow("stalls student")
            << QStringLiteral("S-L-26") << QStringLiteral("student") << qint64(28000);
        QTest::newRow("balcony adult")
            << QStringLiteral("B-AA-1") << QStringLiteral("adult") << qint64(22000);
        QTest::newRow("balcony child")
            << QStringLiteral("B-DD-18") << QStringLiteral("child") << qint64(11000);
        QTest::newRow("balcony student")
            << QStringLiteral("B-BB-5") << QStringLiteral("student") << qint64(16000);
        QTest::newRow("no type means adult")
            << QStringLiteral("B-AA-2") << QString() << qint64(22000);
    }

    void priceDependsOnCategoryAndTicketType()
    {
        QFETCH(QString, seat);
        QFETCH(QString, ticketType);
        QFETCH(qint64, price);
        EngineFixture f;
        auto sold = f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(seat, ticketType)},
                                             QJsonArray{cash(price)}));
        TESSERA_VERIFY_OK(sold.result);
        const QJsonObject r = sold.result.value();
        QCOMPARE(r[QStringLiteral("total")].toInteger(), price);
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        const QJsonObject ticket = r[QStringLiteral("tickets")].toArray().first().toObject();
        QCOMPARE(ticket[QStringLiteral("price")].toInteger(), price);
        QCOMPARE(ticket[QStringLiteral("ticket_type")].toString(),
                 ticketType.isEmpty() ? QStringLiteral("adult") : ticketType);
    }

    void unknownTicketTypeIsRefusedNamingTheLine()
    {
        EngineFixture f;
        auto sold = f.run(
            kSell, saleRequest(f.ids().event,
                               QJsonArray{seatLine(QStringLiteral("S-A-1"), QStringLiteral("vip"))},
                               QJsonArray{cash(38000)}));
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::UnknownReference,
                               QStringLiteral("lines[0].ticket_type"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
    }

    void ticketTypeWithoutGaPriceIsRefused()
    {
        EngineFixture f;
        // Standing is priced for adults only.
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                               gaLine(f.ids().standingQuota, 1,
                                                                      QStringLiteral("child"))}));
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::UnknownReference,
                               QStringLiteral("lines[1].ticket_type"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        QCOMPARE(gaSold(f), 0);
    }

    void sellingSoldSeatIsRefusedAndWritesNothing()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(38000)}))
                .result);
        const qint64 orders = count(f, QStringLiteral("orders"));
        const qint64 journal = count(f, QStringLiteral("journal"));
        auto again = f.run(kSell, saleRequest(f.ids().event,
                                              QJsonArray{seatLine(QStringLiteral("S-A-2")),
                                                         gaLine(f.ids().standingQuota, 2),
                                                         seatLine(QStringLiteral("S-A-1"))},
                                              QJsonArray{cash(2 * 38000 + 2 * 12000)}));
        TESSERA_VERIFY_REFUSED(again, ErrorCode::SeatUnavailable, QStringLiteral("lines[2].seat"));
        QCOMPARE(again.journalSeq, 0);
        QCOMPARE(count(f, QStringLiteral("orders")), orders);
        QCOMPARE(count(f, QStringLiteral("order_lines")), 1);
        QCOMPARE(count(f, QStringLiteral("payments")), 1);
        QCOMPARE(count(f, QStringLiteral("journal")), journal);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-2")), 0);
        QCOMPARE(gaSold(f), 0);
    }

    void sameSeatTwiceInOneOrderIsRefused()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                               seatLine(QStringLiteral("S-A-1"),
                                                                        QStringLiteral("child"))}));
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::DuplicateId, QStringLiteral("lines[1].seat"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
    }

    void gaQuotaSellsExactlyToCapacity()
    {
        EngineFixture f;
        const qint64 quota = f.ids().standingQuota;
        TESSERA_VERIFY_OK(f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(quota, 199)},
                                                   QJsonArray{cash(199 * 12000)}))
                              .result);
        TESSERA_VERIFY_OK(f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(quota, 1)},
                                                   QJsonArray{cash(12000)}))
                              .result);
        QCOMPARE(gaSold(f), 200);
        auto over = f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(quota, 1)},
                                             QJsonArray{cash(12000)}));
        TESSERA_VERIFY_REFUSED(over, ErrorCode::QuotaExhausted,
                               QStringLiteral("lines[0].quantity"));
        QCOMPARE(gaSold(f), 200);
        QCOMPARE(count(f, QStringLiteral("orders")), 2);
        QCOMPARE(count(f, QStringLiteral("order_lines"), QStringLiteral("kind = 1")), 200);
    }

    void gaLinesOfOneOrderCountTogether()
    {
        EngineFixture f;
        const qint64 quota = f.ids().standingQuota;
        auto sold = f.run(
            kSell, saleRequest(f.ids().event, QJsonArray{gaLine(quota, 150), gaLine(quota, 51)}));
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::QuotaExhausted,
                               QStringLiteral("lines[1].quantity"));
        QCOMPARE(gaSold(f), 0);
    }

    void cardPoolExhaustionIsRefused()
    {
        EngineFixture f(true, 3);
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 2)},
                                     QJsonArray{cash(20000)}))
                .result);
        auto tooMany =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 2)},
                                     QJsonArray{cash(20000)}));
        TESSERA_VERIFY_REFUSED(tooMany, ErrorCode::PoolExhausted,
                               QStringLiteral("lines[0].quantity"));
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)},
                                     QJsonArray{cash(10000)}))
                .result);
        auto none =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)},
                                     QJsonArray{cash(10000)}));
        TESSERA_VERIFY_REFUSED(none, ErrorCode::PoolExhausted, QStringLiteral("lines[0].quantity"));
        QCOMPARE(cardCodes(f, 2), 3);
        // Each code went to exactly one order.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(DISTINCT ref_id) FROM order_lines "
                                         "WHERE kind = 2")),
                 3);
    }

    void unknownCardProductIsRefused()
    {
        EngineFixture f;
        auto sold = f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(999, 1)}));
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::NotFound, QStringLiteral("lines[0].card"));
    }

    void cashHandedOverIsKeptWithThePayment()
    {
        EngineFixture f;
        QJsonObject handed = cash(38000);
        handed.insert(QStringLiteral("tendered"), 40000);
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{handed}))
                .result);
        QCOMPARE(f.scalar(QStringLiteral("SELECT tendered FROM payments")), 40000);
    }

    void cashHandedOverBelowTheAmountOrByCardIsRefused()
    {
        EngineFixture f;
        QJsonObject tooLittle = cash(38000);
        tooLittle.insert(QStringLiteral("tendered"), 20000);
        TESSERA_VERIFY_REFUSED(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{tooLittle})),
            ErrorCode::InvalidInput, QStringLiteral("payments[0].tendered"));
        QJsonObject card = payment(QStringLiteral("card"), 38000);
        card.insert(QStringLiteral("tendered"), 40000);
        TESSERA_VERIFY_REFUSED(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{card})),
            ErrorCode::InvalidInput, QStringLiteral("payments[0].tendered"));
        QCOMPARE(count(f, QStringLiteral("payments")), 0);
    }

    void paymentsExceedingTotalAreRefused()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(30000), cash(10000)}));
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::PaymentMismatch, QStringLiteral("payments"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        QCOMPARE(count(f, QStringLiteral("payments")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
    }

    void partialPaymentLeavesOrderPendingUntilPaidInFull()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(20000)}));
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = orderId(sold);
        QCOMPARE(sold.result.value()[QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
        QCOMPARE(sold.result.value()[QStringLiteral("paid")].toInteger(), 20000);
        // No ticket code leaves the till before the order is paid.
        const QJsonObject ticket =
            sold.result.value()[QStringLiteral("tickets")].toArray().first().toObject();
        QVERIFY(!ticket.contains(QStringLiteral("code")));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);

        TESSERA_VERIFY_REFUSED(f.run(kAddPayment, addPayment(order, cash(18001))),
                               ErrorCode::PaymentMismatch, QStringLiteral("payment.amount"));

        auto paid = f.run(kAddPayment, addPayment(order, payment(QStringLiteral("card"), 18000,
                                                                 QStringLiteral("approved"))));
        TESSERA_VERIFY_OK(paid.result);
        const QJsonObject r = paid.result.value();
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(r[QStringLiteral("paid")].toInteger(), 38000);
        QCOMPARE(r[QStringLiteral("due")].toInteger(), 0);
        const QJsonArray tickets = r[QStringLiteral("tickets")].toArray();
        QCOMPARE(tickets.size(), 1);
        QVERIFY(isTicketCode(tickets[0][QStringLiteral("code")].toString()));
        QCOMPARE(tickets[0][QStringLiteral("line")].toInteger(),
                 ticket[QStringLiteral("line")].toInteger());

        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(order)), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT paid FROM orders WHERE id = %1").arg(order)),
                 38000);
        TESSERA_VERIFY_REFUSED(f.run(kAddPayment, addPayment(order, cash(1))),
                               ErrorCode::InvalidState, QStringLiteral("order"));
    }

    void declinedPaymentNeedsErrorCodeAndDoesNotCount()
    {
        EngineFixture f;
        const QJsonArray lines{seatLine(QStringLiteral("S-A-1"))};
        auto noCode = f.run(kSell, saleRequest(f.ids().event, lines,
                                               QJsonArray{payment(QStringLiteral("card"), 38000,
                                                                  QStringLiteral("declined"))}));
        TESSERA_VERIFY_REFUSED(noCode, ErrorCode::MissingField,
                               QStringLiteral("payments[0].error_code"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);

        auto declined =
            f.run(kSell, saleRequest(f.ids().event, lines,
                                     QJsonArray{payment(QStringLiteral("card"), 38000,
                                                        QStringLiteral("declined"),
                                                        QStringLiteral("card_declined"))}));
        TESSERA_VERIFY_OK(declined.result);
        const qint64 order = orderId(declined);
        QCOMPARE(declined.result.value()[QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
        QCOMPARE(declined.result.value()[QStringLiteral("paid")].toInteger(), 0);
        QCOMPARE(count(f, QStringLiteral("payments"),
                       QStringLiteral("order_id = %1 AND state = 1 AND error_code = "
                                      "'card_declined'")
                           .arg(order)),
                 1);

        auto again = f.run(kAddPayment, addPayment(order, payment(QStringLiteral("qr"), 38000,
                                                                  QStringLiteral("unknown"),
                                                                  QStringLiteral("timeout"))));
        TESSERA_VERIFY_OK(again.result);
        QCOMPARE(again.result.value()[QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
        QCOMPARE(again.result.value()[QStringLiteral("due")].toInteger(), 38000);
        QVERIFY(!again.result.value().contains(QStringLiteral("tickets")));

        TESSERA_VERIFY_REFUSED(
            f.run(kAddPayment, addPayment(order, payment(QStringLiteral("card"), 38000,
                                                         QStringLiteral("declined")))),
            ErrorCode::MissingField, QStringLiteral("payment.error_code"));

        auto paid = f.run(kAddPayment, addPayment(order, cash(38000)));
        TESSERA_VERIFY_OK(paid.result);
        QCOMPARE(paid.result.value()[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(count(f, QStringLiteral("payments"), QStringLiteral("order_id = %1").arg(order)),
                 3);
    }

    void declinedPaymentBesideApprovedOneIsNotAnOverpayment()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{payment(QStringLiteral("card"), 38000,
                                                        QStringLiteral("declined"),
                                                        QStringLiteral("insufficient_funds")),
                                                cash(38000)}));
        TESSERA_VERIFY_OK(sold.result);
        QCOMPARE(sold.result.value()[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(sold.result.value()[QStringLiteral("paid")].toInteger(), 38000);
    }

    void cancellingPendingOrderPutsEverythingBack()
    {
        EngineFixture f(true, 3);
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                               gaLine(f.ids().standingQuota, 2),
                                                               cardLine(f.ids().cardProduct, 3)}));
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = orderId(sold);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(gaSold(f), 2);
        QCOMPARE(cardCodes(f, 0), 0);

        auto cancelled = f.run(
            kCancel, QJsonObject{{QStringLiteral("order"), order},
                                 {QStringLiteral("reason"), QStringLiteral("customer left")}});
        TESSERA_VERIFY_OK(cancelled.result);
        QCOMPARE(cancelled.result.value()[QStringLiteral("state")].toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(order)), 2);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(gaSold(f), 0);
        QCOMPARE(cardCodes(f, 0), 3);
        QCOMPARE(count(f, QStringLiteral("card_codes"), QStringLiteral("order_id IS NOT NULL")), 0);

        // Everything can be sold again, the same card keys included (nobody saw them).
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                               gaLine(f.ids().standingQuota, 200),
                                                               cardLine(f.ids().cardProduct, 3)}))
                .result);
        TESSERA_VERIFY_REFUSED(f.run(kCancel, QJsonObject{{QStringLiteral("order"), order}}),
                               ErrorCode::InvalidState, QStringLiteral("order"));
    }

    void cancellingPartlyPaidOrderIsRefused()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(1000)}));
        TESSERA_VERIFY_OK(sold.result);
        TESSERA_VERIFY_REFUSED(
            f.run(kCancel, QJsonObject{{QStringLiteral("order"), orderId(sold)}}),
            ErrorCode::InvalidState, QStringLiteral("order"));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
    }

    void cancellingPaidOrderIsRefused()
    {
        EngineFixture f;
        auto sold = f.run(kSell, saleRequest(f.ids().event,
                                             QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                        cardLine(f.ids().cardProduct, 1)},
                                             QJsonArray{cash(48000)}));
        TESSERA_VERIFY_OK(sold.result);
        TESSERA_VERIFY_REFUSED(
            f.run(kCancel, QJsonObject{{QStringLiteral("order"), orderId(sold)}}),
            ErrorCode::InvalidState, QStringLiteral("order"));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(orderId(sold))),
            1);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(cardCodes(f, 2), 1);
    }

    void cancellingUnknownOrderIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(f.run(kCancel, QJsonObject{{QStringLiteral("order"), 4242}}),
                               ErrorCode::NotFound, QStringLiteral("order"));
    }

    void saleAfterWindowClosesIsRefused()
    {
        EngineFixture f;
        const qint64 closes = f.scalar(
            QStringLiteral("SELECT sale_ends_at FROM events WHERE id = %1").arg(f.ids().event));
        // The demo performance is a week ahead; sales close at curtain-up.
        QVERIFY(closes > f.clock().nowMs() + 7 * 24 * 3600 * 1000LL);
        QCOMPARE(
            closes,
            f.scalar(
                QStringLiteral("SELECT starts_at FROM events WHERE id = %1").arg(f.ids().event)));

        f.clock().set(closes - 1);
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(38000)}))
                .result);
        f.clock().set(closes);
        auto late =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-2"))},
                                     QJsonArray{cash(38000)}));
        TESSERA_VERIFY_REFUSED(late, ErrorCode::SaleWindowClosed, QStringLiteral("event"));
        f.clock().advance(24 * 3600 * 1000LL);
        TESSERA_VERIFY_REFUSED(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                                     QJsonArray{cash(12000)})),
            ErrorCode::SaleWindowClosed, QStringLiteral("event"));
        QCOMPARE(count(f, QStringLiteral("orders")), 1);
        // Card keys belong to no event and stay on sale.
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)},
                                     QJsonArray{cash(10000)}))
                .result);
    }

    void unknownEventIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kSell, saleRequest(9999, QJsonArray{seatLine(QStringLiteral("S-A-1"))})),
            ErrorCode::NotFound, QStringLiteral("event"));
    }

    void channelIsRecordedOnTheOrder()
    {
        EngineFixture f;
        QJsonObject sale = saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                       QJsonArray{cash(38000)});
        sale.insert(QStringLiteral("channel"), QStringLiteral("phone"));
        auto sold = f.run(kSell, sale);
        TESSERA_VERIFY_OK(sold.result);
        QCOMPARE(f.scalar(QStringLiteral("SELECT channel = 'phone' FROM orders WHERE id = %1")
                              .arg(orderId(sold))),
                 1);
        sale.insert(QStringLiteral("channel"), QStringLiteral("fax"));
        TESSERA_VERIFY_REFUSED(f.run(kSell, sale), ErrorCode::InvalidInput,
                               QStringLiteral("channel"));
    }

    void concurrentSalesOfOneSeatSellItOnce()
    {
        EngineFixture f;
        QHash<QString, int> refusals;
        const int sold = sellConcurrently(f,
                                          saleRequest(f.ids().event,
                                                      QJsonArray{seatLine(QStringLiteral("S-F-7"))},
                                                      QJsonArray{cash(38000)}),
                                          40, refusals);
        QCOMPARE(sold, 1);
        QCOMPARE(refusals.value(errorCodeName(ErrorCode::SeatUnavailable)), 39);
        QCOMPARE(count(f, QStringLiteral("orders")), 1);
        QCOMPARE(count(f, QStringLiteral("order_lines")), 1);
    }

    void concurrentCardSalesDeliverEachKeyOnce()
    {
        EngineFixture f;
        QHash<QString, int> refusals;
        const int sold = sellConcurrently(f,
                                          saleRequest(f.ids().event,
                                                      QJsonArray{cardLine(f.ids().cardProduct, 1)},
                                                      QJsonArray{cash(10000)}),
                                          30, refusals);
        QCOMPARE(sold, 20);
        QCOMPARE(refusals.value(errorCodeName(ErrorCode::PoolExhausted)), 10);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(DISTINCT ref_id) FROM order_lines "
                                         "WHERE kind = 2")),
                 20);
        QCOMPARE(cardCodes(f, 2), 20);
    }

    void concurrentGaSalesStopAtCapacity()
    {
        EngineFixture f;
        QHash<QString, int> refusals;
        const int sold = sellConcurrently(f,
                                          saleRequest(f.ids().event,
                                                      QJsonArray{gaLine(f.ids().standingQuota, 7)},
                                                      QJsonArray{cash(7 * 12000)}),
                                          30, refusals);
        // 28 sales of 7 fill 196 of the 200 places; the 4 left are fewer than 7.
        QCOMPARE(sold, 28);
        QCOMPARE(refusals.value(errorCodeName(ErrorCode::QuotaExhausted)), 2);
        QCOMPARE(gaSold(f), 196);
        QCOMPARE(count(f, QStringLiteral("order_lines"), QStringLiteral("kind = 1")), 196);
    }

    void heldGaIsNotSoldToOthers()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("hold"),
                  holdRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 150)}))
                .result);
        TESSERA_VERIFY_REFUSED(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 51)})),
            ErrorCode::QuotaExhausted, QStringLiteral("lines[0].quantity"));
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 50)}))
                .result);
        QCOMPARE(gaSold(f), 50);
    }

    void cardInOtherCurrencyIsRefused()
    {
        EngineFixture f;
        auto product = f.run(QStringLiteral("create_card_product"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Steam 20")},
                                         {QStringLiteral("price"), 2000},
                                         {QStringLiteral("currency"), QStringLiteral("USD")}});
        TESSERA_VERIFY_OK(product.result);
        const qint64 usd = product.result.value()[QStringLiteral("product")].toInteger();
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("import_card_codes"),
                  QJsonObject{{QStringLiteral("product"), usd},
                              {QStringLiteral("csv"), QStringLiteral("code\nST-1\n")}})
                .result);
        auto mixed =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                               cardLine(usd, 1)}));
        TESSERA_VERIFY_REFUSED(mixed, ErrorCode::InvalidInput, QStringLiteral("lines[1].card"));
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        // On its own it sells in its own currency.
        auto alone =
            f.run(kSell, QJsonObject{{QStringLiteral("lines"), QJsonArray{cardLine(usd, 1)}},
                                     {QStringLiteral("payments"), QJsonArray{cash(2000)}}});
        TESSERA_VERIFY_OK(alone.result);
        QCOMPARE(alone.result.value()[QStringLiteral("currency")].toString(),
                 QStringLiteral("USD"));
        QCOMPARE(alone.result.value()[QStringLiteral("state")].toString(), QStringLiteral("paid"));
    }

    void seatCountsAlwaysAddUpToTheVenue()
    {
        EngineFixture f;
        const qint64 event = f.ids().event;
        auto sell = [&](const QStringList &seats, qint64 amount) {
            QJsonArray lines;
            for (const QString &seat : seats)
                lines.push_back(seatLine(seat));
            return f.run(
                kSell, saleRequest(event, lines, amount ? QJsonArray{cash(amount)} : QJsonArray{}));
        };
        auto hold = [&](const QStringList &seats, qint64 ttl) {
            QJsonArray lines;
            for (const QString &seat : seats)
                lines.push_back(seatLine(seat));
            return f.run(QStringLiteral("hold"), holdRequest(event, lines, ttl));
        };
        // "sold S, held H, available A" as the database has it, and as it must be.
        auto seats = [&] {
            return QStringLiteral("sold %1, held %2, available %3")
                .arg(seatsInState(f, 2))
                .arg(seatsInState(f, 1))
                .arg(seatsInState(f, 0));
        };
        auto expected = [](qint64 sold, qint64 held) {
            return QStringLiteral("sold %1, held %2, available %3")
                .arg(sold)
                .arg(held)
                .arg(303 - sold - held);
        };

        auto paid =
            sell({QStringLiteral("S-A-1"), QStringLiteral("S-A-2"), QStringLiteral("B-AA-1")},
                 2 * 38000 + 22000);
        TESSERA_VERIFY_OK(paid.result);
        QCOMPARE(seats(), expected(3, 0));
        TESSERA_VERIFY_OK(hold({QStringLiteral("S-B-1"), QStringLiteral("S-B-2")}, 600).result);
        auto shortLived = hold({QStringLiteral("S-C-1")}, 10);
        TESSERA_VERIFY_OK(shortLived.result);
        QCOMPARE(seats(), expected(3, 3));
        auto pending = sell({QStringLiteral("S-D-1"), QStringLiteral("S-D-2")}, 0);
        TESSERA_VERIFY_OK(pending.result);
        QCOMPARE(seats(), expected(5, 3));
        TESSERA_VERIFY_REFUSED(sell({QStringLiteral("S-D-3"), QStringLiteral("S-B-1")}, 0),
                               ErrorCode::SeatUnavailable, QStringLiteral("lines[1].seat"));
        QCOMPARE(seats(), expected(5, 3));
        TESSERA_VERIFY_OK(
            f.run(kCancel, QJsonObject{{QStringLiteral("order"), orderId(pending)}}).result);
        QCOMPARE(seats(), expected(3, 3));
        const qint64 firstLine = paid.result.value()[QStringLiteral("tickets")]
                                     .toArray()[0][QStringLiteral("line")]
                                     .toInteger();
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), orderId(paid)},
                                            {QStringLiteral("lines"), QJsonArray{firstLine}},
                                            {QStringLiteral("reason"), QStringLiteral("ill")}})
                              .result);
        QCOMPARE(seats(), expected(2, 3));
        f.clock().advance(11'000);
        TESSERA_VERIFY_OK(sell({QStringLiteral("S-C-1")}, 38000).result);
        QCOMPARE(seats(), expected(3, 2));
        QCOMPARE(seatState(f, event, QStringLiteral("S-A-1")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSellCommand)
#include "testsellcommand.moc"
