// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "salerequests.h"

#include "sales/settlepaymentcommand.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSettle = QStringLiteral("settle_payment");

// A pending order with nothing paid yet.
qint64 pendingOrder(EngineFixture &f, const QJsonArray &lines)
{
    auto sold = f.run(QStringLiteral("sell"), saleRequest(f.ids().event, lines));
    if (!sold.result.ok())
        qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
    return sold.result.value()[QStringLiteral("order")].toInteger();
}

// Records a QR payment whose outcome is unknown, as the Sell screen does after
// a timeout, and returns its payment id.
qint64 unknownPayment(EngineFixture &f, qint64 order, qint64 amount, const QString &key)
{
    QJsonObject payment{{QStringLiteral("method"), QStringLiteral("qr")},
                        {QStringLiteral("amount"), amount},
                        {QStringLiteral("state"), QStringLiteral("unknown")},
                        {QStringLiteral("reference"), key},
                        {QStringLiteral("error_code"), QStringLiteral("timeout")}};
    auto added =
        f.run(QStringLiteral("add_payment"),
              QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("payment"), payment}});
    if (!added.result.ok())
        qFatal("add_payment failed: %s", qPrintable(added.result.error().toString()));
    return f.scalar(QStringLiteral("SELECT MAX(id) FROM payments WHERE order_id = %1").arg(order));
}

QJsonObject settle(qint64 payment, const QString &state, const QString &reference = {},
                   const QString &errorCode = {})
{
    QJsonObject o{{QStringLiteral("payment"), payment}, {QStringLiteral("state"), state}};
    if (!reference.isEmpty())
        o.insert(QStringLiteral("reference"), reference);
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("error_code"), errorCode);
    return o;
}

qint64 orderColumn(const EngineFixture &f, const char *column, qint64 order)
{
    return f.scalar(QStringLiteral("SELECT %1 FROM orders WHERE id = %2")
                        .arg(QLatin1String(column))
                        .arg(order));
}

qint64 paymentState(const EngineFixture &f, qint64 payment)
{
    return f.scalar(QStringLiteral("SELECT state FROM payments WHERE id = %1").arg(payment));
}

bool isTicketCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^TK1-[0-9]+-[0-9A-F]{16}$"));
    return pattern.match(code).hasMatch();
}

} // namespace

class TestSettlePaymentCommand : public QObject
{
    Q_OBJECT
private slots:
    void approvingCompletesTheOrderAndIssuesTickets()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(
            f, QJsonArray{seatLine(QStringLiteral("S-A-1")), cardLine(f.ids().cardProduct, 1)});
        const qint64 payment = unknownPayment(f, order, 48000, QStringLiteral("qr-key-1"));
        QCOMPARE(orderColumn(f, "state", order), 0);

        auto settled =
            f.run(kSettle, settle(payment, QStringLiteral("approved"), QStringLiteral("sbx-42")));
        TESSERA_VERIFY_OK(settled.result);
        const QJsonObject r = settled.result.value();
        QCOMPARE(r[QStringLiteral("payment")].toInteger(), payment);
        QCOMPARE(r[QStringLiteral("order")].toInteger(), order);
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(r[QStringLiteral("payment_state")].toString(), QStringLiteral("approved"));
        QCOMPARE(r[QStringLiteral("paid")].toInteger(), 48000);
        QCOMPARE(r[QStringLiteral("due")].toInteger(), 0);
        QCOMPARE(r[QStringLiteral("reference")].toString(), QStringLiteral("sbx-42"));
        QVERIFY(!r.contains(QStringLiteral("refund_due")));
        const QJsonArray tickets = r[QStringLiteral("tickets")].toArray();
        QCOMPARE(tickets.size(), 1);
        QVERIFY(isTicketCode(tickets[0][QStringLiteral("code")].toString()));

        QCOMPARE(orderColumn(f, "state", order), 1);
        QCOMPARE(orderColumn(f, "paid", order), 48000);
        QCOMPARE(paymentState(f, payment), 0);
        QCOMPARE(count(f, QStringLiteral("payments"),
                       QStringLiteral("id = %1 AND provider_ref = 'sbx-42' AND error_code IS NULL")
                           .arg(payment)),
                 1);
        // Paid in full, the card key is delivered like after add_payment.
        auto delivered = f.run(QStringLiteral("deliver_card_keys"),
                               QJsonObject{{QStringLiteral("order"), order},
                                           {QStringLiteral("mode"), QStringLiteral("delivery")}});
        TESSERA_VERIFY_OK(delivered.result);
        QCOMPARE(delivered.result.value()[QStringLiteral("lines")].toArray().size(), 1);
        // Settling decides about money: it is audited.
        QCOMPARE(
            count(f, QStringLiteral("audit_log"), QStringLiteral("action = 'payment_settlement'")),
            1);
    }

    void approvingWithoutReferenceKeepsTheRequestKey()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        const qint64 payment = unknownPayment(f, order, 38000, QStringLiteral("qr-key-2"));
        auto settled = f.run(kSettle, settle(payment, QStringLiteral("approved")));
        TESSERA_VERIFY_OK(settled.result);
        QCOMPARE(settled.result.value()[QStringLiteral("reference")].toString(),
                 QStringLiteral("qr-key-2"));
        QCOMPARE(count(f, QStringLiteral("payments"),
                       QStringLiteral("id = %1 AND provider_ref = 'qr-key-2'").arg(payment)),
                 1);
    }

    void partialAmountCountsAndLeavesTheOrderPending()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        const qint64 payment = unknownPayment(f, order, 20000, QStringLiteral("qr-part"));
        auto settled = f.run(kSettle, settle(payment, QStringLiteral("approved")));
        TESSERA_VERIFY_OK(settled.result);
        const QJsonObject r = settled.result.value();
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        QCOMPARE(r[QStringLiteral("paid")].toInteger(), 20000);
        QCOMPARE(r[QStringLiteral("due")].toInteger(), 18000);
        QVERIFY(!r.contains(QStringLiteral("tickets")));
        QCOMPARE(orderColumn(f, "paid", order), 20000);

        auto rest = f.run(QStringLiteral("add_payment"),
                          QJsonObject{{QStringLiteral("order"), order},
                                      {QStringLiteral("payment"), cash(18000)}});
        TESSERA_VERIFY_OK(rest.result);
        QCOMPARE(rest.result.value()[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(rest.result.value()[QStringLiteral("tickets")].toArray().size(), 1);
    }

    void declinedKeepsItsErrorCodeAndPaysNothing()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        const qint64 payment = unknownPayment(f, order, 38000, QStringLiteral("qr-no"));
        auto settled = f.run(kSettle, settle(payment, QStringLiteral("declined"), {},
                                             QStringLiteral("insufficient_funds")));
        TESSERA_VERIFY_OK(settled.result);
        const QJsonObject r = settled.result.value();
        QCOMPARE(r[QStringLiteral("payment_state")].toString(), QStringLiteral("declined"));
        QCOMPARE(r[QStringLiteral("error_code")].toString(), QStringLiteral("insufficient_funds"));
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        QCOMPARE(r[QStringLiteral("due")].toInteger(), 38000);
        QVERIFY(!r.contains(QStringLiteral("tickets")));
        QCOMPARE(paymentState(f, payment), 1);
        QCOMPARE(
            count(f, QStringLiteral("payments"),
                  QStringLiteral("id = %1 AND error_code = 'insufficient_funds'").arg(payment)),
            1);
        QCOMPARE(orderColumn(f, "paid", order), 0);
        // Nothing was paid, so the order can still be cancelled.
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("cancel_order"), QJsonObject{{QStringLiteral("order"), order}})
                .result);
    }

    void settlingTwiceIsRefused()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        const qint64 payment = unknownPayment(f, order, 38000, QStringLiteral("qr-twice"));
        TESSERA_VERIFY_OK(f.run(kSettle, settle(payment, QStringLiteral("approved"))).result);
        auto again = f.run(kSettle, settle(payment, QStringLiteral("approved")));
        TESSERA_VERIFY_REFUSED(again, ErrorCode::InvalidState, QStringLiteral("payment"));
        QVERIFY2(again.result.error().message.contains(QString::number(payment)),
                 qPrintable(again.result.error().message));
        auto other = f.run(kSettle, settle(payment, QStringLiteral("declined"), {},
                                           QStringLiteral("card_declined")));
        TESSERA_VERIFY_REFUSED(other, ErrorCode::InvalidState, QStringLiteral("payment"));
        QCOMPARE(orderColumn(f, "paid", order), 38000);
        QCOMPARE(paymentState(f, payment), 0);
    }

    void onlyUnknownPaymentsAreSettled()
    {
        EngineFixture f;
        auto sold = f.run(QStringLiteral("sell"),
                          saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                      QJsonArray{cash(38000)}));
        TESSERA_VERIFY_OK(sold.result);
        const qint64 payment = f.scalar(QStringLiteral("SELECT MAX(id) FROM payments"));
        TESSERA_VERIFY_REFUSED(f.run(kSettle, settle(payment, QStringLiteral("declined"), {},
                                                     QStringLiteral("card_declined"))),
                               ErrorCode::InvalidState, QStringLiteral("payment"));
        QCOMPARE(paymentState(f, payment), 0);
    }

    void unknownPaymentIdIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(f.run(kSettle, settle(999, QStringLiteral("approved"))),
                               ErrorCode::NotFound, QStringLiteral("payment"));
        TESSERA_VERIFY_REFUSED(f.run(kSettle, settle(0, QStringLiteral("approved"))),
                               ErrorCode::InvalidInput, QStringLiteral("payment"));
    }

    void badRequestsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("state unknown")
            << settle(1, QStringLiteral("unknown"), {}, QStringLiteral("timeout"))
            << QStringLiteral("invalid_input") << QStringLiteral("state");
        QTest::newRow("state misspelt")
            << settle(1, QStringLiteral("aproved")) << QStringLiteral("invalid_input")
            << QStringLiteral("state");
        QTest::newRow("no state") << QJsonObject{{QStringLiteral("payment"), 1}}
                                  << QStringLiteral("missing_field") << QStringLiteral("state");
        QTest::newRow("declined without code")
            << settle(1, QStringLiteral("declined")) << QStringLiteral("missing_field")
            << QStringLiteral("error_code");
        QTest::newRow("approved with code")
            << settle(1, QStringLiteral("approved"), {}, QStringLiteral("timeout"))
            << QStringLiteral("invalid_input") << QStringLiteral("error_code");
        QJsonObject extra = settle(1, QStringLiteral("approved"));
        extra.insert(QStringLiteral("amount"), 5);
        QTest::newRow("unknown member")
            << extra << QStringLiteral("invalid_input") << QStringLiteral("amount");
    }

    void badRequestsAreRefusedNamingTheField()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, code);
        QFETCH(QString, where);
        EngineFixture f;
        auto refused = f.run(kSettle, request);
        QVERIFY(!refused.result.ok());
        QCOMPARE(refused.result.error().codeName(), code);
        QCOMPARE(refused.result.error().where, where);
    }

    void replayWithTheSameKeyHasOneEffect()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        const qint64 payment = unknownPayment(f, order, 38000, QStringLiteral("qr-replay"));
        const QString key = SettlePaymentCommand::idempotencyKey(QStringLiteral("T1"), payment,
                                                                 PaymentState::Approved);
        auto first = f.run(kSettle, settle(payment, QStringLiteral("approved")), key);
        TESSERA_VERIFY_OK(first.result);
        QVERIFY(!first.replayed);
        auto second = f.run(kSettle, settle(payment, QStringLiteral("approved")), key);
        TESSERA_VERIFY_OK(second.result);
        QVERIFY(second.replayed);
        QCOMPARE(second.journalSeq, first.journalSeq);
        QCOMPARE(second.result.json(), first.result.json());
        QCOMPARE(orderColumn(f, "paid", order), 38000);
        QCOMPARE(count(f, QStringLiteral("journal"), QStringLiteral("kind = 'settle_payment'")), 1);
        // The same key with another outcome is a conflict, never a second effect.
        auto conflict = f.run(
            kSettle,
            settle(payment, QStringLiteral("declined"), {}, QStringLiteral("card_declined")), key);
        QCOMPARE(conflict.result.error().code, ErrorCode::IdempotencyConflict);
        QCOMPARE(paymentState(f, payment), 0);
    }

    void keysDifferPerPaymentOutcomeAndTerminal()
    {
        const QString a =
            SettlePaymentCommand::idempotencyKey(QStringLiteral("T1"), 7, PaymentState::Approved);
        QCOMPARE(a, SettlePaymentCommand::idempotencyKey(QStringLiteral("T1"), 7,
                                                         PaymentState::Approved));
        QVERIFY(a != SettlePaymentCommand::idempotencyKey(QStringLiteral("T1"), 7,
                                                          PaymentState::Declined));
        QVERIFY(a != SettlePaymentCommand::idempotencyKey(QStringLiteral("T1"), 8,
                                                          PaymentState::Approved));
        QVERIFY(a != SettlePaymentCommand::idempotencyKey(QStringLiteral("T2"), 7,
                                                          PaymentState::Approved));
    }

    void approvedForCancelledOrderIsRecordedAsRefundDue()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        const qint64 payment = unknownPayment(f, order, 38000, QStringLiteral("qr-late"));
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("cancel_order"), QJsonObject{{QStringLiteral("order"), order}})
                .result);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);

        auto settled =
            f.run(kSettle, settle(payment, QStringLiteral("approved"), QStringLiteral("sbx-9")));
        TESSERA_VERIFY_OK(settled.result);
        const QJsonObject r = settled.result.value();
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(r[QStringLiteral("refund_due")].toInteger(), 38000);
        QCOMPARE(r[QStringLiteral("error_code")].toString(), QStringLiteral("refund_due"));
        QCOMPARE(r[QStringLiteral("paid")].toInteger(), 0);
        QVERIFY(!r.contains(QStringLiteral("tickets")));
        // The money is on record (approved, to refund), the order untouched.
        QCOMPARE(count(f, QStringLiteral("payments"),
                       QStringLiteral("id = %1 AND state = 0 AND error_code = 'refund_due' AND "
                                      "provider_ref = 'sbx-9'")
                           .arg(payment)),
                 1);
        QCOMPARE(orderColumn(f, "state", order), 2);
        QCOMPARE(orderColumn(f, "paid", order), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
    }

    void approvedAfterTheOrderWasPaidOtherwiseIsRefundDue()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        const qint64 payment = unknownPayment(f, order, 38000, QStringLiteral("qr-double"));
        // The customer paid cash instead while the QR payment was unknown.
        TESSERA_VERIFY_OK(f.run(QStringLiteral("add_payment"),
                                QJsonObject{{QStringLiteral("order"), order},
                                            {QStringLiteral("payment"), cash(38000)}})
                              .result);
        auto settled = f.run(kSettle, settle(payment, QStringLiteral("approved")));
        TESSERA_VERIFY_OK(settled.result);
        QCOMPARE(settled.result.value()[QStringLiteral("refund_due")].toInteger(), 38000);
        QCOMPARE(settled.result.value()[QStringLiteral("state")].toString(),
                 QStringLiteral("paid"));
        QCOMPARE(orderColumn(f, "paid", order), 38000);
    }

    void approvedBeyondWhatIsDueIsRefundDue()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QJsonArray{seatLine(QStringLiteral("S-A-1"))});
        const qint64 payment = unknownPayment(f, order, 38000, QStringLiteral("qr-over"));
        TESSERA_VERIFY_OK(f.run(QStringLiteral("add_payment"),
                                QJsonObject{{QStringLiteral("order"), order},
                                            {QStringLiteral("payment"), cash(10000)}})
                              .result);
        auto settled = f.run(kSettle, settle(payment, QStringLiteral("approved")));
        TESSERA_VERIFY_OK(settled.result);
        QCOMPARE(settled.result.value()[QStringLiteral("refund_due")].toInteger(), 38000);
        QCOMPARE(settled.result.value()[QStringLiteral("state")].toString(),
                 QStringLiteral("pending"));
        QCOMPARE(orderColumn(f, "paid", order), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSettlePaymentCommand)
#include "testsettlepaymentcommand.moc"
