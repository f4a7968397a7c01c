// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include "query/paymentqueries.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

qint64 pendingOrder(EngineFixture &f, const QString &seat)
{
    auto sold =
        f.run(QStringLiteral("sell"), saleRequest(f.ids().event, QJsonArray{seatLine(seat)}));
    if (!sold.result.ok())
        qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
    return sold.result.value()[QStringLiteral("order")].toInteger();
}

void addPayment(EngineFixture &f, qint64 order, const QJsonObject &payment)
{
    auto added =
        f.run(QStringLiteral("add_payment"),
              QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("payment"), payment}});
    if (!added.result.ok())
        qFatal("add_payment failed: %s", qPrintable(added.result.error().toString()));
}

QJsonObject unknownQr(qint64 amount, const QString &key, const QString &why)
{
    QJsonObject p = payment(QStringLiteral("qr"), amount, QStringLiteral("unknown"), why);
    p.insert(QStringLiteral("reference"), key);
    return p;
}

QList<UnreconciledPayment> unreconciled(const EngineFixture &f)
{
    SqliteDb db = f.reader();
    auto list = PaymentQueries(db, QStringLiteral("T1")).unreconciled();
    if (!list)
        qFatal("unreconciled failed: %s", qPrintable(list.error().toString()));
    return *list;
}

} // namespace

class TestPaymentQueries : public QObject
{
    Q_OBJECT
private slots:
    void emptyWhenNothingIsUnknown()
    {
        EngineFixture f;
        auto sold = f.run(QStringLiteral("sell"),
                          saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                      QJsonArray{payment(QStringLiteral("card"), 38000,
                                                         QStringLiteral("declined"),
                                                         QStringLiteral("card_declined")),
                                                 cash(38000)}));
        TESSERA_VERIFY_OK(sold.result);
        QVERIFY(unreconciled(f).isEmpty());
    }

    void listsUnknownPaymentsOldestFirstWithWhatReconcilingNeeds()
    {
        EngineFixture f;
        const qint64 first = pendingOrder(f, QStringLiteral("S-A-1"));
        const qint64 second = pendingOrder(f, QStringLiteral("S-A-2"));
        const qint64 startMs = f.clock().nowMs();
        addPayment(f, second, unknownQr(38000, QStringLiteral("key-b"), QStringLiteral("timeout")));
        f.clock().advance(60'000);
        addPayment(f, first, cash(1000));
        addPayment(f, first,
                   unknownQr(37000, QStringLiteral("key-a"), QStringLiteral("network_error")));

        const QList<UnreconciledPayment> list = unreconciled(f);
        QCOMPARE(list.size(), 2);
        const UnreconciledPayment &oldest = list.at(0);
        QCOMPARE(oldest.orderId, second);
        QCOMPARE(oldest.orderNumber, QStringLiteral("T1-%1").arg(second, 6, 10, QLatin1Char('0')));
        QCOMPARE(oldest.method, QStringLiteral("qr"));
        QCOMPARE(oldest.amount.minor, 38000);
        QCOMPARE(oldest.amount.currency, QStringLiteral("CNY"));
        QCOMPARE(oldest.reference, QStringLiteral("key-b"));
        QCOMPARE(oldest.errorCode, QStringLiteral("timeout"));
        QCOMPARE(oldest.createdAtMs, startMs);
        QCOMPARE(oldest.paymentId,
                 f.scalar(QStringLiteral("SELECT id FROM payments WHERE provider_ref = 'key-b'")));
        const UnreconciledPayment &newest = list.at(1);
        QCOMPARE(newest.orderId, first);
        QCOMPARE(newest.reference, QStringLiteral("key-a"));
        QCOMPARE(newest.errorCode, QStringLiteral("network_error"));
        QCOMPARE(newest.createdAtMs, startMs + 60'000);

        const QJsonArray json = PaymentQueries::toJson(list);
        QCOMPARE(json.size(), 2);
        QCOMPARE(json[0][QStringLiteral("payment")].toInteger(), oldest.paymentId);
        QCOMPARE(json[0][QStringLiteral("number")].toString(), oldest.orderNumber);
        QCOMPARE(json[0][QStringLiteral("amount")].toInteger(), 38000);
        QCOMPARE(json[0][QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        QCOMPARE(json[0][QStringLiteral("reference")].toString(), QStringLiteral("key-b"));
        QCOMPARE(json[0][QStringLiteral("error_code")].toString(), QStringLiteral("timeout"));
        QCOMPARE(json[0][QStringLiteral("created_at")].toString(),
                 QStringLiteral("2026-11-22T02:00:00Z"));
    }

    void settledPaymentsLeaveTheList()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QStringLiteral("S-A-1"));
        addPayment(f, order, unknownQr(38000, QStringLiteral("key-1"), QStringLiteral("timeout")));
        addPayment(f, order, unknownQr(38000, QStringLiteral("key-2"), QStringLiteral("timeout")));
        QList<UnreconciledPayment> list = unreconciled(f);
        QCOMPARE(list.size(), 2);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("settle_payment"),
                  QJsonObject{{QStringLiteral("payment"), list.at(0).paymentId},
                              {QStringLiteral("state"), QStringLiteral("declined")},
                              {QStringLiteral("error_code"), QStringLiteral("card_declined")}})
                .result);
        list = unreconciled(f);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).reference, QStringLiteral("key-2"));
        TESSERA_VERIFY_OK(f.run(QStringLiteral("settle_payment"),
                                QJsonObject{{QStringLiteral("payment"), list.at(0).paymentId},
                                            {QStringLiteral("state"), QStringLiteral("approved")}})
                              .result);
        QVERIFY(unreconciled(f).isEmpty());
    }

    void survivesAReopenedEngine()
    {
        EngineFixture f;
        const qint64 order = pendingOrder(f, QStringLiteral("S-A-1"));
        addPayment(f, order, unknownQr(38000, QStringLiteral("key-r"), QStringLiteral("timeout")));
        f.reopen();
        const QList<UnreconciledPayment> list = unreconciled(f);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).reference, QStringLiteral("key-r"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentQueries)
#include "testpaymentqueries.moc"
