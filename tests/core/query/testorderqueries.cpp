// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include "query/orderqueries.h"
#include "sales/ticketcode.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSell = QStringLiteral("sell");

QJsonObject customer(const QString &name, const QString &phone)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("phone"), phone}};
}

QJsonObject saleFor(const EngineFixture &f, const QString &seat, const QJsonObject &buyer,
                    bool paid = true)
{
    QJsonObject sale = saleRequest(f.ids().event, QJsonArray{seatLine(seat)},
                                   paid ? QJsonArray{cash(38000)} : QJsonArray{});
    sale.insert(QStringLiteral("customer"), buyer);
    return sale;
}

qint64 orderOf(const CommandOutcome &outcome)
{
    return outcome.result.value()[QStringLiteral("order")].toInteger();
}

QList<qint64> orderIds(const QJsonArray &found)
{
    QList<qint64> ids;
    for (const QJsonValue &o : found)
        ids.push_back(o[QStringLiteral("order")].toInteger());
    return ids;
}

} // namespace

class TestOrderQueries : public QObject
{
    Q_OBJECT
private slots:
    void orderShowsLinesPaymentsAndRefunds()
    {
        EngineFixture f;
        const QJsonArray taken{
            payment(QStringLiteral("card"), 60000, QStringLiteral("declined"),
                    QStringLiteral("card_declined")),
            QJsonObject{{QStringLiteral("method"), QStringLiteral("qr")},
                        {QStringLiteral("amount"), 60000},
                        {QStringLiteral("reference"), QStringLiteral("WX-778")}}};
        QJsonObject sale = saleRequest(f.ids().event,
                                       QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                  gaLine(f.ids().standingQuota, 1),
                                                  cardLine(f.ids().cardProduct, 1)},
                                       taken);
        sale.insert(QStringLiteral("customer"),
                    customer(QStringLiteral("Wang Fang"), QStringLiteral("+86 138-0013-8000")));
        auto sold = f.run(kSell, sale);
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = orderOf(sold);
        const QJsonArray tickets = sold.result.value()[QStringLiteral("tickets")].toArray();
        const qint64 gaLineId = tickets[1][QStringLiteral("line")].toInteger();
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), order},
                                            {QStringLiteral("lines"), QJsonArray{gaLineId}},
                                            {QStringLiteral("reason"), QStringLiteral("rain")}})
                              .result);

        SqliteDb db = f.reader();
        auto shown =
            OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get()).order(order);
        TESSERA_VERIFY_OK(shown);
        const QJsonObject o = *shown;
        QCOMPARE(o[QStringLiteral("number")].toString(),
                 QStringLiteral("T1-%1").arg(order, 6, 10, QLatin1Char('0')));
        QCOMPARE(o[QStringLiteral("state")].toString(), QStringLiteral("partly_refunded"));
        QCOMPARE(o[QStringLiteral("total")].toInteger(), 60000);
        QCOMPARE(o[QStringLiteral("paid")].toInteger(), 60000);
        QCOMPARE(o[QStringLiteral("refunded")].toInteger(), 12000);
        QCOMPARE(o[QStringLiteral("channel")].toString(), QStringLiteral("counter"));
        QCOMPARE(o[QStringLiteral("actor")].toString(), QStringLiteral("tester"));
        QCOMPARE(o[QStringLiteral("customer")][QStringLiteral("name")].toString(),
                 QStringLiteral("Wang Fang"));

        const QJsonArray lines = o[QStringLiteral("lines")].toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0][QStringLiteral("kind")].toString(), QStringLiteral("seat"));
        QCOMPARE(lines[0][QStringLiteral("seat")].toString(), QStringLiteral("S-A-1"));
        QCOMPARE(lines[0][QStringLiteral("ticket_type")].toString(), QStringLiteral("adult"));
        QCOMPARE(lines[0][QStringLiteral("state")].toString(), QStringLiteral("active"));
        QCOMPARE(lines[0][QStringLiteral("code")].toString(),
                 tickets[0][QStringLiteral("code")].toString());
        QCOMPARE(lines[1][QStringLiteral("kind")].toString(), QStringLiteral("ga"));
        QCOMPARE(lines[1][QStringLiteral("ga")].toString(), QStringLiteral("Standing"));
        QCOMPARE(lines[1][QStringLiteral("state")].toString(), QStringLiteral("refunded"));
        QVERIFY(!lines[1].toObject().contains(QStringLiteral("code")));
        QCOMPARE(lines[2][QStringLiteral("kind")].toString(), QStringLiteral("card"));
        QCOMPARE(lines[2][QStringLiteral("product")].toString(), QStringLiteral("Gift card 100"));
        QCOMPARE(lines[2][QStringLiteral("price")].toInteger(), 10000);
        // The order view never shows a card key itself.
        QVERIFY(!lines[2].toObject().contains(QStringLiteral("code")));

        const QJsonArray payments = o[QStringLiteral("payments")].toArray();
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments[0][QStringLiteral("state")].toString(), QStringLiteral("declined"));
        QCOMPARE(payments[0][QStringLiteral("error_code")].toString(),
                 QStringLiteral("card_declined"));
        QCOMPARE(payments[1][QStringLiteral("state")].toString(), QStringLiteral("approved"));
        QCOMPARE(payments[1][QStringLiteral("method")].toString(), QStringLiteral("qr"));
        QCOMPARE(payments[1][QStringLiteral("reference")].toString(), QStringLiteral("WX-778"));

        const QJsonArray refunds = o[QStringLiteral("refunds")].toArray();
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds[0][QStringLiteral("amount")].toInteger(), 12000);
        QCOMPARE(refunds[0][QStringLiteral("reason")].toString(), QStringLiteral("rain"));
    }

    void pendingOrderShowsNoTicketCodes()
    {
        EngineFixture f;
        auto pending = f.run(kSell, saleFor(f, QStringLiteral("S-A-1"), QJsonObject(), false));
        TESSERA_VERIFY_OK(pending.result);
        SqliteDb db = f.reader();
        auto shown = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                         .order(orderOf(pending));
        TESSERA_VERIFY_OK(shown);
        QCOMPARE((*shown)[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        const QJsonObject line = (*shown)[QStringLiteral("lines")].toArray()[0].toObject();
        QVERIFY(!line.contains(QStringLiteral("code")));
        QVERIFY(!shown->contains(QStringLiteral("customer")));
    }

    void unknownOrderIsNotFound()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto shown =
            OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get()).order(4242);
        QVERIFY(!shown.ok());
        QCOMPARE(shown.error().codeName(), errorCodeName(ErrorCode::NotFound));
    }

    void findsOrderByNumberOrId()
    {
        EngineFixture f;
        auto first = f.run(kSell, saleFor(f, QStringLiteral("S-A-1"), QJsonObject()));
        auto second = f.run(kSell, saleFor(f, QStringLiteral("S-A-2"), QJsonObject()));
        TESSERA_VERIFY_OK(first.result);
        TESSERA_VERIFY_OK(second.result);
        SqliteDb db = f.reader();
        OrderQueries queries(db, f.engine().terminalId(), f.engine().dataKey(db).get());
        const QString number = second.result.value()[QStringLiteral("number")].toString();
        auto byNumber = queries.find(number);
        TESSERA_VERIFY_OK(byNumber);
        QCOMPARE(orderIds(*byNumber), QList<qint64>{orderOf(second)});
        QCOMPARE((*byNumber)[0][QStringLiteral("number")].toString(), number);
        auto byId = queries.find(QString::number(orderOf(first)));
        TESSERA_VERIFY_OK(byId);
        QCOMPARE(orderIds(*byId), QList<qint64>{orderOf(first)});
        auto otherTerminal =
            queries.find(QStringLiteral("T9-%1").arg(orderOf(first), 6, 10, QLatin1Char('0')));
        TESSERA_VERIFY_OK(otherTerminal);
        QVERIFY(otherTerminal->isEmpty());
    }

    void findsOrderByFormattedPhone()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell,
                  saleFor(f, QStringLiteral("S-A-1"),
                          customer(QStringLiteral("Li Lei"), QStringLiteral("+86 138-0013-8000"))));
        TESSERA_VERIFY_OK(sold.result);
        TESSERA_VERIFY_OK(f.run(kSell, saleFor(f, QStringLiteral("S-A-2"),
                                               customer(QStringLiteral("Han Meimei"),
                                                        QStringLiteral("+86 139-0000-0000"))))
                              .result);
        SqliteDb db = f.reader();
        auto found = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                         .find(QStringLiteral("+86 138-0013-8000"));
        TESSERA_VERIFY_OK(found);
        QCOMPARE(orderIds(*found), QList<qint64>{orderOf(sold)});
    }

    void findsOrderByMobileNumberOfDigitsOnly()
    {
        EngineFixture f;
        auto sold = f.run(
            kSell, saleFor(f, QStringLiteral("S-A-1"),
                           customer(QStringLiteral("Li Lei"), QStringLiteral("13800138000"))));
        TESSERA_VERIFY_OK(sold.result);
        SqliteDb db = f.reader();
        auto found = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                         .find(QStringLiteral("13800138000"));
        TESSERA_VERIFY_OK(found);
        QCOMPARE(orderIds(*found), QList<qint64>{orderOf(sold)});
    }

    // Names are stored encrypted and found by a blind index of the whole
    // name (trimmed, case-folded): a part of a name no longer matches.
    void findsOrderByWholeNameOnly()
    {
        EngineFixture f;
        auto wang = f.run(
            kSell, saleFor(f, QStringLiteral("S-A-1"), customer(QStringLiteral("Wang Fang"), {})));
        auto wang2 = f.run(
            kSell, saleFor(f, QStringLiteral("S-A-2"), customer(QStringLiteral("wang  fang"), {})));
        auto zhang = f.run(
            kSell, saleFor(f, QStringLiteral("S-A-3"), customer(QStringLiteral("Zhang Wei"), {})));
        TESSERA_VERIFY_OK(wang.result);
        TESSERA_VERIFY_OK(wang2.result);
        TESSERA_VERIFY_OK(zhang.result);
        SqliteDb db = f.reader();
        OrderQueries queries(db, f.engine().terminalId(), f.engine().dataKey(db).get());
        auto found = queries.find(QStringLiteral(" WANG FANG "));
        TESSERA_VERIFY_OK(found);
        // Newest first.
        QCOMPARE(orderIds(*found), (QList<qint64>{orderOf(wang2), orderOf(wang)}));
        QCOMPARE((*found)[1][QStringLiteral("customer")].toString(), QStringLiteral("Wang Fang"));
        auto limited = queries.find(QStringLiteral("wang fang"), 1);
        TESSERA_VERIFY_OK(limited);
        QCOMPARE(orderIds(*limited), QList<qint64>{orderOf(wang2)});
        auto part = queries.find(QStringLiteral("wang"));
        TESSERA_VERIFY_OK(part);
        QVERIFY(part->isEmpty());
    }

    void searchWildcardsMatchOnlyThemselves()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kSell, saleFor(f, QStringLiteral("S-A-1"),
                                               customer(QStringLiteral("Wang Fang"), {})))
                              .result);
        auto percent = f.run(kSell, saleFor(f, QStringLiteral("S-A-2"),
                                            customer(QStringLiteral("100% Fan Club"), {})));
        TESSERA_VERIFY_OK(percent.result);
        SqliteDb db = f.reader();
        OrderQueries queries(db, f.engine().terminalId(), f.engine().dataKey(db).get());
        auto found = queries.find(QStringLiteral("100% fan club"));
        TESSERA_VERIFY_OK(found);
        QCOMPARE(orderIds(*found), QList<qint64>{orderOf(percent)});
        auto percentOnly = queries.find(QStringLiteral("%"));
        TESSERA_VERIFY_OK(percentOnly);
        QVERIFY(percentOnly->isEmpty());
        auto underscore = queries.find(QStringLiteral("W_ng Fang"));
        TESSERA_VERIFY_OK(underscore);
        QVERIFY(underscore->isEmpty());
    }

    void searchTextWithBackslashFindsItself()
    {
        EngineFixture f;
        auto studio = f.run(kSell, saleFor(f, QStringLiteral("S-A-1"),
                                           customer(QStringLiteral("Studio A\\B"), {})));
        TESSERA_VERIFY_OK(studio.result);
        auto other = f.run(
            kSell, saleFor(f, QStringLiteral("S-A-2"), customer(QStringLiteral("Studio AB"), {})));
        TESSERA_VERIFY_OK(other.result);
        SqliteDb db = f.reader();
        auto found = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                         .find(QStringLiteral("Studio A\\B"));
        TESSERA_VERIFY_OK(found);
        QCOMPARE(orderIds(*found), QList<qint64>{orderOf(studio)});
    }

    void findsOrderByScannedTicketCode()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kSell, saleFor(f, QStringLiteral("S-A-1"), QJsonObject())).result);
        auto sold = f.run(kSell, saleFor(f, QStringLiteral("S-A-2"), QJsonObject()));
        TESSERA_VERIFY_OK(sold.result);
        const QString code = sold.result.value()[QStringLiteral("tickets")]
                                 .toArray()[0][QStringLiteral("code")]
                                 .toString();
        SqliteDb db = f.reader();
        OrderQueries queries(db, f.engine().terminalId(), f.engine().dataKey(db).get());
        auto found = queries.find(QStringLiteral("  ") + code + QStringLiteral("\n"));
        TESSERA_VERIFY_OK(found);
        QCOMPARE(orderIds(*found), QList<qint64>{orderOf(sold)});

        QString forged = code;
        forged.back() = forged.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        auto none = queries.find(forged);
        TESSERA_VERIFY_OK(none);
        QVERIFY(none->isEmpty());
    }

    void findsOrderByTheReadableCodePrintedUnderTheQr()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kSell, saleFor(f, QStringLiteral("S-A-1"), QJsonObject())).result);
        auto sold = f.run(kSell, saleFor(f, QStringLiteral("S-A-2"), QJsonObject()));
        TESSERA_VERIFY_OK(sold.result);
        const QString code = sold.result.value()[QStringLiteral("tickets")]
                                 .toArray()[0][QStringLiteral("code")]
                                 .toString();
        const auto parsed = TicketCode::parse(code);
        QVERIFY(parsed);
        const QString readable = parsed->readable();
        // "TK1-2-0123-4567-89AB-CDEF": short enough to read out, the same ticket.
        QVERIFY2(readable.size() <= 30, qPrintable(readable));
        QCOMPARE(readable.count(QLatin1Char('-')), 5);
        QCOMPARE(TicketCode::parse(readable)->toString(), code);
        SqliteDb db = f.reader();
        OrderQueries queries(db, f.engine().terminalId(), f.engine().dataKey(db).get());
        const QString spaced = QStringLiteral("tk1-%1- %2 %3 ")
                                   .arg(parsed->lineId)
                                   .arg(parsed->secret.left(8), parsed->secret.mid(8));
        for (const QString &typed : {readable, readable.toLower(), spaced}) {
            auto found = queries.find(typed);
            TESSERA_VERIFY_OK(found);
            QVERIFY2(orderIds(*found) == QList<qint64>{orderOf(sold)}, qPrintable(typed));
        }
        // One hex digit off finds nothing.
        QString wrong = readable;
        wrong.back() = wrong.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        auto none = queries.find(wrong);
        TESSERA_VERIFY_OK(none);
        QVERIFY(none->isEmpty());
        QVERIFY(!TicketCode::parse(readable.chopped(1)));
    }

    void cardCodesAreShownOnlyForPaidOrder()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 2)},
                                     QJsonArray{cash(5000)}));
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = orderOf(sold);
        {
            SqliteDb db = f.reader();
            auto hidden = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                              .cardCodes(order);
            QVERIFY(!hidden.ok());
            QCOMPARE(hidden.error().codeName(), errorCodeName(ErrorCode::InvalidState));
        }
        TESSERA_VERIFY_OK(f.run(QStringLiteral("add_payment"),
                                QJsonObject{{QStringLiteral("order"), order},
                                            {QStringLiteral("payment"), cash(15000)}})
                              .result);
        SqliteDb db = f.reader();
        OrderQueries queries(db, f.engine().terminalId(), f.engine().dataKey(db).get());
        auto codes = queries.cardCodes(order);
        TESSERA_VERIFY_OK(codes);
        QCOMPARE(codes->size(), 2);
        for (const QJsonValue &c : std::as_const(*codes)) {
            QVERIFY2(c[QStringLiteral("code")].toString().startsWith(QStringLiteral("GC100-")),
                     qPrintable(c[QStringLiteral("code")].toString()));
            QVERIFY(c[QStringLiteral("serial")].toString().startsWith(QStringLiteral("DEMO-")));
            QCOMPARE(c[QStringLiteral("product")].toString(), QStringLiteral("Gift card 100"));
        }
        QVERIFY((*codes)[0][QStringLiteral("code")] != (*codes)[1][QStringLiteral("code")]);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE order_id = %1 AND "
                                         "state = 2")
                              .arg(order)),
                 2);

        auto unknown = queries.cardCodes(4242);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().codeName(), errorCodeName(ErrorCode::NotFound));
    }

    void cardCodesOfRefundedOrderAreNotShown()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)},
                                     QJsonArray{cash(10000)}));
        TESSERA_VERIFY_OK(sold.result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), orderOf(sold)},
                                            {QStringLiteral("reason"), QStringLiteral("wrong")}})
                              .result);
        SqliteDb db = f.reader();
        auto codes = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                         .cardCodes(orderOf(sold));
        QVERIFY(!codes.ok());
        QCOMPARE(codes.error().codeName(), errorCodeName(ErrorCode::InvalidState));
    }

    void cardCodesOfCancelledOrderAreNotShown()
    {
        EngineFixture f;
        auto pending =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)}));
        TESSERA_VERIFY_OK(pending.result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("cancel_order"),
                                QJsonObject{{QStringLiteral("order"), orderOf(pending)}})
                              .result);
        SqliteDb db = f.reader();
        auto codes = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                         .cardCodes(orderOf(pending));
        QVERIFY(!codes.ok());
        QCOMPARE(codes.error().codeName(), errorCodeName(ErrorCode::InvalidState));
    }

    void cancelledOrderSaysWhenByWhomAndWhy()
    {
        EngineFixture f;
        auto pending =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)}));
        TESSERA_VERIFY_OK(pending.result);
        {
            SqliteDb db = f.reader();
            auto open = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                            .order(orderOf(pending));
            TESSERA_VERIFY_OK(open);
            QVERIFY(!open->contains(QStringLiteral("cancelled_at")));
        }
        f.clock().advance(90'000);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("cancel_order"),
                                QJsonObject{{QStringLiteral("order"), orderOf(pending)},
                                            {QStringLiteral("reason"),
                                             QStringLiteral("  Customer changed mind ")}})
                              .result);
        SqliteDb db = f.reader();
        auto cancelled = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                             .order(orderOf(pending));
        TESSERA_VERIFY_OK(cancelled);
        QCOMPARE((*cancelled)[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
        QCOMPARE((*cancelled)[QStringLiteral("cancelled_at")].toString(),
                 QStringLiteral("2026-11-22T02:01:30Z"));
        QCOMPARE((*cancelled)[QStringLiteral("cancelled_by")].toString(), QStringLiteral("tester"));
        QCOMPARE((*cancelled)[QStringLiteral("cancel_reason")].toString(),
                 QStringLiteral("Customer changed mind"));
    }

    void journalIsOrderedAndGapFree()
    {
        EngineFixture f;
        const qint64 seeded = f.engine().stats().journalSeq;
        QVERIFY(seeded > 0);
        TESSERA_VERIFY_OK(f.run(kSell, saleFor(f, QStringLiteral("S-A-1"), QJsonObject())).result);
        QVERIFY(!f.run(kSell, saleFor(f, QStringLiteral("S-A-1"), QJsonObject())).result.ok());
        auto held =
            f.run(QStringLiteral("hold"),
                  holdRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-B-1"))}, 10));
        TESSERA_VERIFY_OK(held.result);
        f.clock().advance(10'000);
        TESSERA_VERIFY_OK(f.run(kSell, saleFor(f, QStringLiteral("S-B-1"), QJsonObject())).result);

        SqliteDb db = f.reader();
        OrderQueries queries(db, f.engine().terminalId(), f.engine().dataKey(db).get());
        auto all = queries.journal(0, 1000);
        TESSERA_VERIFY_OK(all);
        // seeding, sale, hold, the hold's expiry, sale; the refused sale left no entry.
        QCOMPARE(all->size(), seeded + 4);
        for (qsizetype i = 0; i < all->size(); ++i)
            QCOMPARE((*all)[i][QStringLiteral("seq")].toInteger(), qint64(i + 1));
        QCOMPARE((*all)[0][QStringLiteral("kind")].toString(), QStringLiteral("create_venue"));
        QCOMPARE((*all)[seeded][QStringLiteral("kind")].toString(), QStringLiteral("sell"));
        QCOMPARE((*all)[seeded][QStringLiteral("actor")].toString(), QStringLiteral("tester"));
        QCOMPARE((*all)[seeded][QStringLiteral("request")][QStringLiteral("event")].toInteger(),
                 f.ids().event);
        QCOMPARE((*all)[seeded][QStringLiteral("result")][QStringLiteral("state")].toString(),
                 QStringLiteral("paid"));
        QCOMPARE((*all)[seeded + 1][QStringLiteral("kind")].toString(), QStringLiteral("hold"));
        QCOMPARE((*all)[seeded + 2][QStringLiteral("kind")].toString(),
                 QStringLiteral("expire_hold"));
        QCOMPARE((*all)[seeded + 2][QStringLiteral("actor")].toString(), QStringLiteral("system"));
        QCOMPARE((*all)[seeded + 3][QStringLiteral("kind")].toString(), QStringLiteral("sell"));

        auto page = queries.journal(seeded, 2);
        TESSERA_VERIFY_OK(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE((*page)[0][QStringLiteral("seq")].toInteger(), seeded + 1);
        QCOMPARE((*page)[1][QStringLiteral("seq")].toInteger(), seeded + 2);
        auto rest = queries.journal(seeded + 2, 100);
        TESSERA_VERIFY_OK(rest);
        QCOMPARE(rest->size(), 2);
        auto none = queries.journal(seeded + 4, 100);
        TESSERA_VERIFY_OK(none);
        QVERIFY(none->isEmpty());
    }

    void summaryCountsOrdersAndNetTakings()
    {
        EngineFixture f;
        auto paid = f.run(kSell, saleFor(f, QStringLiteral("S-A-1"), QJsonObject()));
        TESSERA_VERIFY_OK(paid.result);
        TESSERA_VERIFY_OK(f.run(kSell, saleFor(f, QStringLiteral("S-A-2"), QJsonObject())).result);
        TESSERA_VERIFY_OK(
            f.run(kSell, saleFor(f, QStringLiteral("S-A-3"), QJsonObject(), false)).result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), orderOf(paid)},
                                            {QStringLiteral("reason"), QStringLiteral("ill")}})
                              .result);
        SqliteDb db = f.reader();
        auto summary =
            OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get()).summary();
        TESSERA_VERIFY_OK(summary);
        QCOMPARE((*summary)[QStringLiteral("orders")].toInteger(), 3);
        const QJsonObject byState = (*summary)[QStringLiteral("by_state")].toObject();
        QCOMPARE(byState[QStringLiteral("paid")].toInteger(), 1);
        QCOMPARE(byState[QStringLiteral("pending")].toInteger(), 1);
        QCOMPARE(byState[QStringLiteral("refunded")].toInteger(), 1);
        QCOMPARE((*summary)[QStringLiteral("net_takings")][QStringLiteral("CNY")].toInteger(),
                 38000);
        QCOMPARE((*summary)[QStringLiteral("journal_seq")].toInteger(),
                 f.engine().stats().journalSeq);
    }
};

QTEST_GUILESS_MAIN(TestOrderQueries)
#include "testorderqueries.moc"
