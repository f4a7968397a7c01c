// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"

#include "payments/paymentcircuitbreaker.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

PaymentCircuitBreakerConfig config()
{
    return PaymentCircuitBreakerConfig{3, 10'000, 5'000};
}

using State = PaymentCircuitBreaker::State;

PaymentResult transient()
{
    return PaymentResult::declined(PaymentError::NetworkError);
}

} // namespace

class TestPaymentCircuitBreaker : public QObject
{
    Q_OBJECT
private slots:
    void opensAfterThresholdConsecutiveTransientFailures()
    {
        ManualClock clock;
        PaymentCircuitBreaker breaker(clock, config());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(breaker.allowRequest());
            breaker.recordOutcome(transient());
        }
        QCOMPARE(breaker.state(), State::Closed);
        QVERIFY(breaker.allowRequest());
        breaker.recordOutcome(PaymentResult::unknown(PaymentError::Timeout));
        QCOMPARE(breaker.state(), State::Open);
        QVERIFY(!breaker.allowRequest());
    }

    void declinedCardsDoNotOpenIt()
    {
        ManualClock clock;
        PaymentCircuitBreaker breaker(clock, config());
        for (int i = 0; i < 10; ++i)
            breaker.recordOutcome(PaymentResult::declined(PaymentError::InsufficientFunds));
        QCOMPARE(breaker.state(), State::Closed);
    }

    void aSuccessResetsTheCount()
    {
        ManualClock clock;
        PaymentCircuitBreaker breaker(clock, config());
        breaker.recordOutcome(transient());
        breaker.recordOutcome(transient());
        breaker.recordOutcome(PaymentResult::approved(QStringLiteral("r")));
        breaker.recordOutcome(transient());
        breaker.recordOutcome(transient());
        QCOMPARE(breaker.state(), State::Closed);
    }

    void failuresOutsideTheWindowDoNotCount()
    {
        ManualClock clock;
        PaymentCircuitBreaker breaker(clock, config());
        breaker.recordOutcome(transient());
        breaker.recordOutcome(transient());
        clock.advance(10'001);
        breaker.recordOutcome(transient());
        QCOMPARE(breaker.state(), State::Closed);
    }

    void halfOpensAfterCoolDownLettingOneProbeThrough()
    {
        ManualClock clock;
        PaymentCircuitBreaker breaker(clock, config());
        for (int i = 0; i < 3; ++i)
            breaker.recordOutcome(transient());
        clock.advance(4'999);
        QCOMPARE(breaker.state(), State::Open);
        clock.advance(1);
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(breaker.allowRequest());
        QVERIFY(!breaker.allowRequest()); // one probe at a time
        breaker.recordOutcome(PaymentResult::approved(QStringLiteral("r")));
        QCOMPARE(breaker.state(), State::Closed);
        QVERIFY(breaker.allowRequest());
    }

    void failedProbeReopensForAnotherCoolDown()
    {
        ManualClock clock;
        PaymentCircuitBreaker breaker(clock, config());
        for (int i = 0; i < 3; ++i)
            breaker.recordOutcome(transient());
        clock.advance(5'000);
        QVERIFY(breaker.allowRequest());
        breaker.recordOutcome(transient());
        QCOMPARE(breaker.state(), State::Open);
        clock.advance(4'000);
        QVERIFY(!breaker.allowRequest());
        clock.advance(1'000);
        QVERIFY(breaker.allowRequest());
        QCOMPARE(PaymentCircuitBreaker::stateName(breaker.state()), QStringLiteral("half_open"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentCircuitBreaker)
#include "testpaymentcircuitbreaker.moc"
