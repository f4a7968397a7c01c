// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"
#include "resultcapture.h"

#include "payments/paymentgateway.h"
#include "payments/reconciliationqueue.h"
#include "payments/sandboxqrprovider.h"

#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

using State = PaymentCircuitBreaker::State;

PaymentGatewayConfig gatewayConfig(int timeoutMs = 200)
{
    PaymentGatewayConfig config;
    config.attemptTimeoutMs = timeoutMs;
    config.breaker = PaymentCircuitBreakerConfig{3, 60'000, 30'000};
    return config;
}

SandboxQrConfig fastSandbox(int latencyMs = 1)
{
    SandboxQrConfig config;
    config.minLatencyMs = latencyMs;
    config.maxLatencyMs = latencyMs;
    return config;
}

} // namespace

class TestPaymentGateway : public QObject
{
    Q_OBJECT
private slots:
    void approvedChargeIsPassedBackAndCounted()
    {
        ManualClock clock;
        SandboxQrProvider sandbox(fastSandbox());
        ReconciliationQueue queue(clock);
        PaymentGateway gateway(sandbox, queue, clock, gatewayConfig());
        ResultCapture capture;
        gateway.charge(qrRequest(QStringLiteral("k")), capture.handler());
        QCOMPARE(capture.count(), 0); // never before charge() returns
        QVERIFY(capture.waitForCount(1));
        QCOMPARE(capture.last().state, PaymentOutcome::Approved);
        QCOMPARE(gateway.outcomeCounts().value(QStringLiteral("approved")), 1);
        QVERIFY(gateway.errorCounts().isEmpty());
        QVERIFY(queue.isEmpty());
    }

    void timeoutAnswersUnknownAndQueuesForReconciliation()
    {
        ManualClock clock;
        // Slower than the timeout, and its late answer is lost too: only
        // reconcile() can find out what happened.
        SandboxQrConfig config = fastSandbox(20);
        config.lostRate = 1.0;
        SandboxQrProvider sandbox(config);
        ReconciliationQueue queue(clock);
        PaymentGateway gateway(sandbox, queue, clock, gatewayConfig(2));
        ResultCapture capture;
        gateway.charge(qrRequest(QStringLiteral("slow")), capture.handler());
        QVERIFY(capture.waitForCount(1));
        QCOMPARE(capture.last().state, PaymentOutcome::Unknown);
        QCOMPARE(capture.last().errorCode(), QStringLiteral("timeout"));
        QVERIFY(queue.contains(QStringLiteral("slow")));
        QCOMPARE(gateway.errorCounts().value(QStringLiteral("timeout")), 1);
        QCOMPARE(gateway.attemptsInFlight(), 0);

        // reconcile() asks the provider, which did take the money.
        ResultCapture resolved;
        connect(&queue, &ReconciliationQueue::resolved, this,
                [&](const PaymentRequest &, const PaymentResult &r) { resolved.handler()(r); });
        queue.reconcile(sandbox);
        QVERIFY(resolved.waitForCount(1));
        QCOMPARE(resolved.last().state, PaymentOutcome::Approved);
        QVERIFY(queue.isEmpty());
        QCOMPARE(capture.count(), 1); // the cashier heard once
    }

    void lateAnswerResolvesTheQueuedPayment()
    {
        ManualClock clock;
        SandboxQrProvider sandbox(fastSandbox(30));
        ReconciliationQueue queue(clock);
        PaymentGateway gateway(sandbox, queue, clock, gatewayConfig(2));
        QSignalSpy added(&queue, &ReconciliationQueue::added);
        QSignalSpy resolved(&queue, &ReconciliationQueue::resolved);
        ResultCapture capture;
        gateway.charge(qrRequest(QStringLiteral("late")), capture.handler());
        QVERIFY(capture.waitForCount(1));
        QCOMPARE(capture.last().state, PaymentOutcome::Unknown);
        QCOMPARE(added.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return resolved.count() == 1; }, 2000));
        QCOMPARE(resolved.constFirst().at(1).value<PaymentResult>().state,
                 PaymentOutcome::Approved);
        QVERIFY(queue.isEmpty());
        QCOMPARE(capture.count(), 1);
    }

    void retryWithTheSameKeyAfterTimeoutResolvesWithoutSecondCharge()
    {
        ManualClock clock;
        SandboxQrConfig config = fastSandbox(1);
        config.lostRate = 1.0;
        SandboxQrProvider sandbox(config);
        ReconciliationQueue queue(clock);
        PaymentGateway gateway(sandbox, queue, clock, gatewayConfig());
        ResultCapture capture;
        gateway.charge(qrRequest(QStringLiteral("k")), capture.handler());
        QVERIFY(capture.waitForCount(1));
        QCOMPARE(capture.last().errorCode(), QStringLiteral("network_error"));
        QCOMPARE(queue.size(), 1);
        // The sandbox loses answers only for new charges; a retry gets the record.
        gateway.charge(qrRequest(QStringLiteral("k")), capture.handler());
        QVERIFY(capture.waitForCount(2));
        QCOMPARE(capture.last().state, PaymentOutcome::Approved);
        QVERIFY(queue.isEmpty());
        QCOMPARE(sandbox.approvedCharges(), 1);
    }

    void sameKeyWhileInFlightIsRefused()
    {
        ManualClock clock;
        SandboxQrProvider sandbox(fastSandbox(5));
        ReconciliationQueue queue(clock);
        PaymentGateway gateway(sandbox, queue, clock, gatewayConfig());
        ResultCapture capture;
        gateway.charge(qrRequest(QStringLiteral("k")), capture.handler());
        gateway.charge(qrRequest(QStringLiteral("k")), capture.handler());
        QVERIFY(capture.waitForCount(2));
        QCOMPARE(capture.at(0).errorCode(), QStringLiteral("invalid_request"));
        QCOMPARE(capture.at(1).state, PaymentOutcome::Approved);
    }

    void breakerOpensFailsFastHalfOpensAndCloses()
    {
        ManualClock clock;
        SandboxQrProvider sandbox(fastSandbox());
        ReconciliationQueue queue(clock);
        PaymentGateway gateway(sandbox, queue, clock, gatewayConfig());
        sandbox.setAvailable(false);
        ResultCapture capture;
        for (int i = 0; i < 3; ++i) {
            gateway.charge(qrRequest(QStringLiteral("down-%1").arg(i)), capture.handler());
            QVERIFY(capture.waitForCount(i + 1));
        }
        QCOMPARE(gateway.breakerState(), State::Open);

        // Open: answered at once, the provider is not asked.
        sandbox.setAvailable(true);
        gateway.charge(qrRequest(QStringLiteral("fast-fail")), capture.handler());
        QVERIFY(capture.waitForCount(4));
        QCOMPARE(capture.last().errorCode(), QStringLiteral("provider_unavailable"));
        QCOMPARE(sandbox.chargeRequests(), 0);

        clock.advance(30'000);
        QCOMPARE(gateway.breakerState(), State::HalfOpen);
        gateway.charge(qrRequest(QStringLiteral("probe")), capture.handler());
        QVERIFY(capture.waitForCount(5));
        QCOMPARE(capture.last().state, PaymentOutcome::Approved);
        QCOMPARE(gateway.breakerState(), State::Closed);
        QCOMPARE(gateway.errorCounts().value(QStringLiteral("provider_unavailable")), 4);
    }

    void errorCodesAreCountedPerCode()
    {
        ManualClock clock;
        SandboxQrConfig config = fastSandbox();
        config.failureRate = 1.0;
        config.errorMix = {{PaymentError::InsufficientFunds, 1}, {PaymentError::CardDeclined, 1}};
        SandboxQrProvider sandbox(config);
        ReconciliationQueue queue(clock);
        PaymentGateway gateway(sandbox, queue, clock, gatewayConfig());
        ResultCapture capture;
        for (int i = 0; i < 20; ++i)
            gateway.charge(qrRequest(QStringLiteral("k%1").arg(i)), capture.handler());
        QVERIFY(capture.waitForCount(20));
        const QHash<QString, qint64> counts = gateway.errorCounts();
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.value(QStringLiteral("insufficient_funds")) +
                     counts.value(QStringLiteral("card_declined")),
                 20);
        QCOMPARE(gateway.outcomeCounts().value(QStringLiteral("declined")), 20);
        QCOMPARE(gateway.breakerState(), State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestPaymentGateway)
#include "testpaymentgateway.moc"
