// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultassert.h"
#include "resultcapture.h"

#include "payments/cashpayment.h"
#include "payments/externalcardterminal.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

PaymentRequest cashRequest(const QString &key, qint64 due, qint64 tendered)
{
    PaymentRequest request;
    request.key = key;
    request.amount = Money{due, QStringLiteral("CNY")};
    request.method = QStringLiteral("cash");
    request.tenderedMinor = tendered;
    return request;
}

} // namespace

class TestCashPayment : public QObject
{
    Q_OBJECT
private slots:
    void tenderAboveDueIsApprovedWithChange()
    {
        CashPayment cash;
        ResultCapture capture;
        cash.charge(cashRequest(QStringLiteral("k1"), 3750, 5000), capture.handler());
        QCOMPARE(capture.count(), 1);
        QCOMPARE(capture.last().state, PaymentOutcome::Approved);
        QCOMPARE(capture.last().changeMinor, 1250);
    }

    void shortTenderIsDeclinedAsInvalidAmount()
    {
        CashPayment cash;
        ResultCapture capture;
        cash.charge(cashRequest(QStringLiteral("k1"), 3750, 2000), capture.handler());
        QCOMPARE(capture.last().state, PaymentOutcome::Declined);
        QCOMPARE(capture.last().errorCode(), QStringLiteral("invalid_amount"));
        QVERIFY(!capture.last().message.isEmpty());
        QVERIFY(!CashPayment::changeFor(3750, 2000).ok());
        QCOMPARE(*CashPayment::changeFor(3750, 3750), 0);
    }

    void sameKeyWithOtherContentIsRefused()
    {
        CashPayment cash;
        ResultCapture capture;
        cash.charge(cashRequest(QStringLiteral("k1"), 1000, 1000), capture.handler());
        cash.charge(cashRequest(QStringLiteral("k1"), 1000, 1000), capture.handler());
        cash.charge(cashRequest(QStringLiteral("k1"), 900, 1000), capture.handler());
        QCOMPARE(capture.at(1).state, PaymentOutcome::Approved);
        QCOMPARE(capture.at(2).errorCode(), QStringLiteral("invalid_request"));
    }

    void quickAmountsAreExactThenNextNotes()
    {
        QCOMPARE(CashPayment::suggestedTenders(3750, QStringLiteral("CNY")),
                 (QList<qint64>{3750, 3800, 4000, 5000, 10000}));
        QCOMPARE(CashPayment::suggestedTenders(4000, QStringLiteral("EUR")),
                 (QList<qint64>{4000, 5000, 10000}));
        QCOMPARE(CashPayment::suggestedTenders(10000, QStringLiteral("CNY")),
                 (QList<qint64>{10000}));
        QCOMPARE(CashPayment::suggestedTenders(0, QStringLiteral("CNY")), QList<qint64>{});
    }

    void zeroDecimalCurrenciesSuggestThousands()
    {
        QCOMPARE(CashPayment::suggestedTenders(3200, QStringLiteral("JPY")),
                 (QList<qint64>{3200, 4000, 5000, 10000}));
    }

    void externalTerminalKeepsOnlyTheLastFour()
    {
        ExternalCardTerminal terminal;
        PaymentRequest request = cashRequest(QStringLiteral("c1"), 5000, 0);
        request.method = QStringLiteral("card");
        request.approvalCode = QStringLiteral("a1b2c3");
        request.cardLast4 = QStringLiteral("4242");
        ResultCapture capture;
        terminal.charge(request, capture.handler());
        QCOMPARE(capture.last().state, PaymentOutcome::Approved);
        QCOMPARE(capture.last().providerReference, QStringLiteral("A1B2C3"));
        QCOMPARE(capture.last().maskedLast4, QStringLiteral("4242"));
    }

    void externalTerminalRefusesMistypedDetailsNamingTheField()
    {
        auto badCode = ExternalCardTerminal::validate(QStringLiteral("12"), QStringLiteral("4242"));
        QVERIFY(!badCode.ok());
        QCOMPARE(badCode.error().where, QStringLiteral("approval_code"));
        auto badLast4 =
            ExternalCardTerminal::validate(QStringLiteral("123456"), QStringLiteral("42a2"));
        QCOMPARE(badLast4.error().where, QStringLiteral("card_last4"));
        TESSERA_VERIFY_OK(
            ExternalCardTerminal::validate(QStringLiteral("123456"), QStringLiteral("0042")));
    }
};

QTEST_GUILESS_MAIN(TestCashPayment)
#include "testcashpayment.moc"
