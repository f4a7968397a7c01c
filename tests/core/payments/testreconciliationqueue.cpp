// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"
#include "resultcapture.h"

#include "payments/reconciliationqueue.h"
#include "payments/sandboxqrprovider.h"

#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

// Charges each key on the sandbox (so it knows them) with every answer lost.
void chargeLost(SandboxQrProvider &sandbox, ReconciliationQueue &queue, const QStringList &keys)
{
    ResultCapture capture;
    for (const QString &key : keys) {
        sandbox.charge(qrRequest(key), capture.handler());
        QVERIFY(QTest::qWaitFor([&] { return capture.count() == 1; }, 2000));
        QCOMPARE(capture.last().state, PaymentOutcome::Unknown);
        queue.add(qrRequest(key), capture.last());
        capture = ResultCapture();
    }
}

} // namespace

class TestReconciliationQueue : public QObject
{
    Q_OBJECT
private slots:
    void addingTheSameKeyTwiceKeepsOneEntry()
    {
        ManualClock clock;
        ReconciliationQueue queue(clock);
        const auto unknown = PaymentResult::unknown(PaymentError::Timeout);
        queue.add(qrRequest(QStringLiteral("a")), unknown);
        clock.advance(10);
        queue.add(qrRequest(QStringLiteral("a")), unknown);
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.pending().constFirst().queuedAtMs, ManualClock().nowMs());
    }

    void unknownResultDoesNotResolve()
    {
        ManualClock clock;
        ReconciliationQueue queue(clock);
        queue.add(qrRequest(QStringLiteral("a")), PaymentResult::unknown(PaymentError::Timeout));
        QVERIFY(!queue.resolve(QStringLiteral("a"),
                               PaymentResult::unknown(PaymentError::NetworkError)));
        QVERIFY(!queue.resolve(QStringLiteral("b"), PaymentResult::approved({})));
        QCOMPARE(queue.size(), 1);
    }

    void reconcileResolvesApprovedAndDeclinedAtTheProvider()
    {
        ManualClock clock;
        SandboxQrConfig config;
        config.minLatencyMs = config.maxLatencyMs = 1;
        config.failureRate = 0.5;
        config.lostRate = 1.0;
        config.seed = 42;
        SandboxQrProvider sandbox(config);
        ReconciliationQueue queue(clock);
        QStringList keys;
        for (int i = 0; i < 8; ++i)
            keys.append(QStringLiteral("lost-%1").arg(i));
        chargeLost(sandbox, queue, keys);
        // One the provider never saw: nothing was charged, so it is declined.
        queue.add(qrRequest(QStringLiteral("never-sent")),
                  PaymentResult::unknown(PaymentError::Timeout));
        QCOMPARE(queue.size(), 9);

        QSignalSpy resolved(&queue, &ReconciliationQueue::resolved);
        QSignalSpy finished(&queue, &ReconciliationQueue::reconcileFinished);
        queue.reconcile(sandbox);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 2000));
        QCOMPARE(finished.constFirst().at(0).toInt(), 9);
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QCOMPARE(resolved.count(), 9);
        int approved = 0;
        for (const QList<QVariant> &args : std::as_const(resolved))
            approved += args.at(1).value<PaymentResult>().state == PaymentOutcome::Approved;
        QCOMPARE(approved, sandbox.approvedCharges());
        QVERIFY(queue.isEmpty());
    }

    void providerDownKeepsPaymentsPendingAndCountsTheQuery()
    {
        ManualClock clock;
        SandboxQrProvider sandbox(SandboxQrConfig{});
        ReconciliationQueue queue(clock);
        queue.add(qrRequest(QStringLiteral("a")), PaymentResult::unknown(PaymentError::Timeout));
        sandbox.setAvailable(false);
        QSignalSpy finished(&queue, &ReconciliationQueue::reconcileFinished);
        clock.advance(5);
        queue.reconcile(sandbox);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 2000));
        QCOMPARE(finished.constFirst().at(1).toInt(), 1);
        const PendingPayment pending = queue.pending().constFirst();
        QCOMPARE(pending.queryAttempts, 1);
        QCOMPARE(pending.lastQueryAtMs, clock.nowMs());
        QCOMPARE(pending.lastResult.errorCode(), QStringLiteral("provider_unavailable"));
    }

    void emptyQueueFinishesAtOnce()
    {
        ManualClock clock;
        SandboxQrProvider sandbox(SandboxQrConfig{});
        ReconciliationQueue queue(clock);
        QSignalSpy finished(&queue, &ReconciliationQueue::reconcileFinished);
        queue.reconcile(sandbox);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReconciliationQueue)
#include "testreconciliationqueue.moc"
