// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "salerequests.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSell = QStringLiteral("sell");
const QString kRefund = QStringLiteral("refund");

// Two stalls seats, two standing tickets and a gift card, paid in cash.
constexpr qint64 kOrderTotal = 2 * 38000 + 2 * 12000 + 10000;

struct PaidOrder
{
    qint64 id = 0;
    qint64 seatLine = 0;      // S-A-1
    qint64 otherSeatLine = 0; // S-A-2
    qint64 gaLine = 0;
    qint64 cardLine = 0;
    QString seatCode;
};

PaidOrder sellPaidOrder(EngineFixture &f)
{
    auto sold = f.run(
        kSell,
        saleRequest(f.ids().event,
                    QJsonArray{seatLine(QStringLiteral("S-A-1")), seatLine(QStringLiteral("S-A-2")),
                               gaLine(f.ids().standingQuota, 2), cardLine(f.ids().cardProduct, 1)},
                    QJsonArray{cash(kOrderTotal)}));
    if (!sold.result.ok())
        qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
    const QJsonObject r = sold.result.value();
    const QJsonArray tickets = r[QStringLiteral("tickets")].toArray();
    PaidOrder order;
    order.id = r[QStringLiteral("order")].toInteger();
    order.seatLine = tickets[0][QStringLiteral("line")].toInteger();
    order.otherSeatLine = tickets[1][QStringLiteral("line")].toInteger();
    order.gaLine = tickets[2][QStringLiteral("line")].toInteger();
    order.seatCode = tickets[0][QStringLiteral("code")].toString();
    order.cardLine = r[QStringLiteral("cards")].toArray()[0][QStringLiteral("line")].toInteger();
    return order;
}

QJsonObject refundRequest(qint64 order, const QJsonArray &lines = {},
                          const QString &reason = QStringLiteral("customer is ill"))
{
    QJsonObject o{{QStringLiteral("order"), order}, {QStringLiteral("reason"), reason}};
    if (!lines.isEmpty())
        o.insert(QStringLiteral("lines"), lines);
    return o;
}

qint64 gaSold(const EngineFixture &f)
{
    return f.scalar(
        QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1").arg(f.ids().standingQuota));
}

qint64 orderColumn(const EngineFixture &f, const QString &column, qint64 order)
{
    return f.scalar(QStringLiteral("SELECT %1 FROM orders WHERE id = %2").arg(column).arg(order));
}

qint64 lineState(const EngineFixture &f, qint64 line)
{
    return f.scalar(QStringLiteral("SELECT state FROM order_lines WHERE id = %1").arg(line));
}

} // namespace

class TestRefundCommand : public QObject
{
    Q_OBJECT
private slots:
    void fullRefundPutsTicketsBackOnSale()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        QCOMPARE(gaSold(f), 2);
        auto refunded = f.run(kRefund, refundRequest(order.id));
        TESSERA_VERIFY_OK(refunded.result);
        const QJsonObject r = refunded.result.value();
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("refunded"));
        QCOMPARE(r[QStringLiteral("amount")].toInteger(), kOrderTotal);
        QCOMPARE(r[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        QCOMPARE(r[QStringLiteral("lines")].toArray().size(), 5);

        QCOMPARE(orderColumn(f, QStringLiteral("state"), order.id), 3);
        QCOMPARE(orderColumn(f, QStringLiteral("refunded"), order.id), kOrderTotal);
        QCOMPARE(count(f, QStringLiteral("order_lines"),
                       QStringLiteral("order_id = %1 AND state = 1").arg(order.id)),
                 5);
        QCOMPARE(f.scalar(QStringLiteral("SELECT reason = 'customer is ill' FROM refunds WHERE "
                                         "order_id = %1")
                              .arg(order.id)),
                 1);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-2")), 0);
        QCOMPARE(gaSold(f), 0);

        // A second sale of the same seat now goes through.
        auto resold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(38000)}));
        TESSERA_VERIFY_OK(resold.result);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
    }

    void partialRefundOfOneLine()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        auto refunded = f.run(kRefund, refundRequest(order.id, QJsonArray{order.seatLine}));
        TESSERA_VERIFY_OK(refunded.result);
        const QJsonObject r = refunded.result.value();
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("partly_refunded"));
        QCOMPARE(r[QStringLiteral("amount")].toInteger(), 38000);
        QCOMPARE(r[QStringLiteral("lines")].toArray(), QJsonArray{order.seatLine});

        QCOMPARE(orderColumn(f, QStringLiteral("state"), order.id), 4);
        QCOMPARE(orderColumn(f, QStringLiteral("refunded"), order.id), 38000);
        QCOMPARE(orderColumn(f, QStringLiteral("paid"), order.id), kOrderTotal);
        QCOMPARE(lineState(f, order.seatLine), 1);
        QCOMPARE(lineState(f, order.otherSeatLine), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-2")), 2);

        auto ga = f.run(kRefund, refundRequest(order.id, QJsonArray{order.gaLine}));
        TESSERA_VERIFY_OK(ga.result);
        QCOMPARE(ga.result.value()[QStringLiteral("amount")].toInteger(), 12000);
        QCOMPARE(gaSold(f), 1);

        // The rest of the order: only the lines still active.
        auto rest = f.run(kRefund, refundRequest(order.id));
        TESSERA_VERIFY_OK(rest.result);
        QCOMPARE(rest.result.value()[QStringLiteral("state")].toString(),
                 QStringLiteral("refunded"));
        QCOMPARE(rest.result.value()[QStringLiteral("amount")].toInteger(),
                 kOrderTotal - 38000 - 12000);
        QCOMPARE(orderColumn(f, QStringLiteral("refunded"), order.id), kOrderTotal);
        QCOMPARE(count(f, QStringLiteral("refunds"), QStringLiteral("order_id = %1").arg(order.id)),
                 3);
        QCOMPARE(gaSold(f), 0);
    }

    void retriedRefundIsAnsweredWithTheFirstRefund()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        const QJsonObject request = refundRequest(order.id, QJsonArray{order.seatLine});
        auto first = f.run(kRefund, request, QStringLiteral("refund-key"));
        TESSERA_VERIFY_OK(first.result);
        auto retried = f.run(kRefund, request, QStringLiteral("refund-key"));
        TESSERA_VERIFY_OK(retried.result);
        QVERIFY(retried.replayed);
        QCOMPARE(retried.result.value(), first.result.value());
        QCOMPARE(count(f, QStringLiteral("refunds")), 1);
        QCOMPARE(orderColumn(f, QStringLiteral("refunded"), order.id), 38000);
    }

    void refundingRefundedLineIsRefused()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_OK(
            f.run(kRefund, refundRequest(order.id, QJsonArray{order.seatLine})).result);
        auto again = f.run(kRefund, refundRequest(order.id, QJsonArray{order.seatLine}));
        TESSERA_VERIFY_REFUSED(again, ErrorCode::InvalidState, QStringLiteral("lines"));
        QCOMPARE(orderColumn(f, QStringLiteral("refunded"), order.id), 38000);
        QCOMPARE(count(f, QStringLiteral("refunds")), 1);

        TESSERA_VERIFY_OK(f.run(kRefund, refundRequest(order.id)).result);
        TESSERA_VERIFY_REFUSED(f.run(kRefund, refundRequest(order.id)), ErrorCode::InvalidState,
                               QStringLiteral("order"));
        QCOMPARE(orderColumn(f, QStringLiteral("refunded"), order.id), kOrderTotal);
    }

    void redeemedTicketCannotBeRefunded()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("redeem"),
                                QJsonObject{{QStringLiteral("code"), order.seatCode},
                                            {QStringLiteral("gate"), QStringLiteral("North")}})
                              .result);
        TESSERA_VERIFY_REFUSED(f.run(kRefund, refundRequest(order.id, QJsonArray{order.seatLine})),
                               ErrorCode::InvalidState, QStringLiteral("lines"));
        TESSERA_VERIFY_REFUSED(f.run(kRefund, refundRequest(order.id)), ErrorCode::InvalidState,
                               QStringLiteral("lines"));
        QCOMPARE(orderColumn(f, QStringLiteral("state"), order.id), 1);
        QCOMPARE(count(f, QStringLiteral("refunds")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-2")), 2);
        // The unused tickets can still be refunded one by one.
        TESSERA_VERIFY_OK(
            f.run(kRefund, refundRequest(order.id, QJsonArray{order.otherSeatLine})).result);
    }

    void deliveredCardKeyIsVoidedNotResold()
    {
        EngineFixture f(true, 1);
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)},
                                     QJsonArray{cash(10000)}));
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = sold.result.value()[QStringLiteral("order")].toInteger();
        auto refunded = f.run(kRefund, refundRequest(order));
        TESSERA_VERIFY_OK(refunded.result);
        QCOMPARE(refunded.result.value()[QStringLiteral("amount")].toInteger(), 10000);
        QCOMPARE(count(f, QStringLiteral("card_codes"), QStringLiteral("state = 3")), 1);
        QCOMPARE(count(f, QStringLiteral("card_codes"), QStringLiteral("state = 0")), 0);

        auto resold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)},
                                     QJsonArray{cash(10000)}));
        TESSERA_VERIFY_REFUSED(resold, ErrorCode::PoolExhausted,
                               QStringLiteral("lines[0].quantity"));
        // Still void after a restart (the pool is reloaded from disk).
        f.reopen();
        TESSERA_VERIFY_REFUSED(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)},
                                     QJsonArray{cash(10000)})),
            ErrorCode::PoolExhausted, QStringLiteral("lines[0].quantity"));
    }

    void cardKeyOfPartialRefundIsVoided()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        const qint64 code = f.scalar(
            QStringLiteral("SELECT ref_id FROM order_lines WHERE id = %1").arg(order.cardLine));
        TESSERA_VERIFY_OK(
            f.run(kRefund, refundRequest(order.id, QJsonArray{order.cardLine})).result);
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM card_codes WHERE id = %1").arg(code)),
                 3);
        QCOMPARE(count(f, QStringLiteral("card_codes"), QStringLiteral("state = 0")), 19);
    }

    void reasonIsRequired()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_REFUSED(f.run(kRefund, QJsonObject{{QStringLiteral("order"), order.id}}),
                               ErrorCode::MissingField, QStringLiteral("reason"));
        TESSERA_VERIFY_REFUSED(f.run(kRefund, refundRequest(order.id, {}, QStringLiteral("   "))),
                               ErrorCode::InvalidInput, QStringLiteral("reason"));
        QCOMPARE(count(f, QStringLiteral("refunds")), 0);
        QCOMPARE(orderColumn(f, QStringLiteral("state"), order.id), 1);
    }

    void pendingOrderCannotBeRefunded()
    {
        EngineFixture f;
        auto sold =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                     QJsonArray{cash(1000)}));
        TESSERA_VERIFY_OK(sold.result);
        TESSERA_VERIFY_REFUSED(
            f.run(kRefund, refundRequest(sold.result.value()[QStringLiteral("order")].toInteger())),
            ErrorCode::InvalidState, QStringLiteral("order"));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
    }

    void lineOfAnotherOrderIsRefused()
    {
        EngineFixture f;
        const PaidOrder first = sellPaidOrder(f);
        auto other =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-B-1"))},
                                     QJsonArray{cash(38000)}));
        TESSERA_VERIFY_OK(other.result);
        const qint64 otherLine = other.result.value()[QStringLiteral("tickets")]
                                     .toArray()[0][QStringLiteral("line")]
                                     .toInteger();
        TESSERA_VERIFY_REFUSED(
            f.run(kRefund, refundRequest(first.id, QJsonArray{first.seatLine, otherLine})),
            ErrorCode::UnknownReference, QStringLiteral("lines"));
        QCOMPARE(lineState(f, first.seatLine), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-B-1")), 2);
    }

    void unknownOrderIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(f.run(kRefund, refundRequest(777)), ErrorCode::NotFound,
                               QStringLiteral("order"));
    }

    void sameLineListedTwiceIsRefused()
    {
        EngineFixture f;
        const PaidOrder order = sellPaidOrder(f);
        TESSERA_VERIFY_REFUSED(
            f.run(kRefund, refundRequest(order.id, QJsonArray{order.seatLine, order.seatLine})),
            ErrorCode::DuplicateId, QStringLiteral("lines[1]"));
    }
};

QTEST_GUILESS_MAIN(TestRefundCommand)
#include "testrefundcommand.moc"
