// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultcapture.h"

#include "payments/sandboxqrprovider.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

SandboxQrConfig mixedConfig(quint64 seed)
{
    SandboxQrConfig config;
    config.minLatencyMs = 1;
    config.maxLatencyMs = 3;
    config.failureRate = 0.4;
    config.lostRate = 0.1;
    config.seed = seed;
    return config;
}

// The outcome of each key, as "approved:", "declined:card_declined"...
QStringList runKeys(SandboxQrProvider &sandbox, const QStringList &keys)
{
    ResultCapture charged;
    for (const QString &key : keys)
        sandbox.charge(qrRequest(key), charged.handler());
    if (!charged.waitForCount(int(keys.size())))
        return {};
    // Answers arrive by latency; the per-key fate is what must repeat.
    QList<ResultCapture> queried(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        sandbox.query(keys.at(i), queried[i].handler());
    QStringList outcomes;
    for (const ResultCapture &one : std::as_const(queried)) {
        if (!one.waitForCount(1))
            return {};
        outcomes.append(paymentOutcomeName(one.last().state) + u':' + one.last().errorCode());
    }
    return outcomes;
}

QStringList keys(int n)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list.append(QStringLiteral("order-%1").arg(i));
    return list;
}

} // namespace

class TestSandboxQrProvider : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedGivesTheSameOutcomes()
    {
        SandboxQrProvider a(mixedConfig(7));
        SandboxQrProvider b(mixedConfig(7));
        const QStringList first = runKeys(a, keys(40));
        QCOMPARE(runKeys(b, keys(40)), first);
        QVERIFY(first.contains(QStringLiteral("approved:")));
        QVERIFY(std::any_of(first.cbegin(), first.cend(),
                            [](const QString &o) { return o.startsWith(u"declined:"); }));
    }

    void outcomeDependsOnTheKeyNotTheOrder()
    {
        SandboxQrProvider a(mixedConfig(7));
        SandboxQrProvider b(mixedConfig(7));
        QStringList reversed = keys(20);
        std::reverse(reversed.begin(), reversed.end());
        QStringList fromReversed = runKeys(b, reversed);
        std::reverse(fromReversed.begin(), fromReversed.end());
        QCOMPARE(fromReversed, runKeys(a, keys(20)));
    }

    void otherSeedGivesOtherOutcomes()
    {
        SandboxQrProvider a(mixedConfig(7));
        SandboxQrProvider b(mixedConfig(8));
        QVERIFY(runKeys(a, keys(40)) != runKeys(b, keys(40)));
    }

    void retryWithTheSameKeyReturnsTheFirstOutcomeWithoutASecondCharge()
    {
        SandboxQrConfig config = mixedConfig(3);
        config.failureRate = 0.0;
        SandboxQrProvider sandbox(config);
        ResultCapture capture;
        sandbox.charge(qrRequest(QStringLiteral("k")), capture.handler());
        sandbox.charge(qrRequest(QStringLiteral("k")), capture.handler());
        QVERIFY(capture.waitForCount(2));
        QCOMPARE(capture.at(0).state, PaymentOutcome::Approved);
        QCOMPARE(capture.at(1).providerReference, capture.at(0).providerReference);
        QCOMPARE(sandbox.approvedCharges(), 1);
        QCOMPARE(sandbox.chargeRequests(), 1);
    }

    void sameKeyWithAnotherAmountIsRefused()
    {
        SandboxQrProvider sandbox(mixedConfig(3));
        ResultCapture capture;
        sandbox.charge(qrRequest(QStringLiteral("k"), 100), capture.handler());
        sandbox.charge(qrRequest(QStringLiteral("k"), 200), capture.handler());
        QVERIFY(capture.waitForCount(2));
        QCOMPARE(capture.at(1).errorCode(), QStringLiteral("invalid_request"));
    }

    void lostAnswerIsUnknownButQueryTellsTheTruth()
    {
        SandboxQrConfig config = mixedConfig(5);
        config.failureRate = 0.0;
        config.lostRate = 1.0;
        SandboxQrProvider sandbox(config);
        ResultCapture capture;
        sandbox.charge(qrRequest(QStringLiteral("lost")), capture.handler());
        QVERIFY(capture.waitForCount(1));
        QCOMPARE(capture.last().state, PaymentOutcome::Unknown);
        QCOMPARE(capture.last().errorCode(), QStringLiteral("network_error"));
        sandbox.query(QStringLiteral("lost"), capture.handler());
        QVERIFY(capture.waitForCount(2));
        QCOMPARE(capture.last().state, PaymentOutcome::Approved);
        sandbox.query(QStringLiteral("never-sent"), capture.handler());
        QVERIFY(capture.waitForCount(3));
        QCOMPARE(capture.last().state, PaymentOutcome::Declined);
    }

    void errorMixPicksOnlyConfiguredCodes()
    {
        SandboxQrConfig config = mixedConfig(11);
        config.failureRate = 1.0;
        config.lostRate = 0.0;
        config.errorMix = {{PaymentError::ExpiredCard, 1}};
        SandboxQrProvider sandbox(config);
        for (const QString &outcome : runKeys(sandbox, keys(10)))
            QCOMPARE(outcome, QStringLiteral("declined:expired_card"));
    }

    void refundsAreCappedAtTheChargedAmount()
    {
        SandboxQrProvider sandbox(SandboxQrConfig{});
        ResultCapture capture;
        sandbox.charge(qrRequest(QStringLiteral("k"), 1000), capture.handler());
        QVERIFY(capture.waitForCount(1));
        const QString reference = capture.last().providerReference;
        sandbox.refund(reference, Money{600, QStringLiteral("CNY")}, capture.handler());
        sandbox.refund(reference, Money{600, QStringLiteral("CNY")}, capture.handler());
        QVERIFY(capture.waitForCount(3));
        QCOMPARE(capture.at(1).state, PaymentOutcome::Approved);
        QCOMPARE(capture.at(2).errorCode(), QStringLiteral("invalid_amount"));
        QCOMPARE(sandbox.refundedMinor(reference), 600);
    }

    void outageAnswersProviderUnavailableAndRecordsNothing()
    {
        SandboxQrProvider sandbox(SandboxQrConfig{});
        sandbox.setAvailable(false);
        ResultCapture capture;
        sandbox.charge(qrRequest(QStringLiteral("k")), capture.handler());
        QVERIFY(capture.waitForCount(1));
        QCOMPARE(capture.last().errorCode(), QStringLiteral("provider_unavailable"));
        QCOMPARE(sandbox.chargeRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxQrProvider)
#include "testsandboxqrprovider.moc"
