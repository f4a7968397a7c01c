// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/paymentcircuitbreaker.h"

#include "common/clock.h"

namespace tessera {

PaymentCircuitBreaker::PaymentCircuitBreaker(const Clock &clock, PaymentCircuitBreakerConfig config)
    : m_clock(clock)
    , m_config(config)
{}

PaymentCircuitBreaker::State PaymentCircuitBreaker::state() const
{
    if (m_state == State::Open && m_clock.nowMs() - m_openedAtMs >= m_config.coolDownMs)
        return State::HalfOpen;
    return m_state;
}

bool PaymentCircuitBreaker::allowRequest()
{
    switch (state()) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        m_state = State::HalfOpen;
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void PaymentCircuitBreaker::recordOutcome(const PaymentResult &result)
{
    if (isTransientPaymentError(result.error))
        recordFailure();
    else
        recordSuccess();
}

void PaymentCircuitBreaker::recordSuccess()
{
    m_failureTimes.clear();
    m_probeInFlight = false;
    m_state = State::Closed;
}

void PaymentCircuitBreaker::recordFailure()
{
    if (m_state == State::HalfOpen) {
        open(); // the probe failed: wait another cool-down
        return;
    }
    if (m_state == State::Open)
        return;
    const qint64 now = m_clock.nowMs();
    m_failureTimes.append(now);
    while (!m_failureTimes.isEmpty() && now - m_failureTimes.constFirst() > m_config.windowMs)
        m_failureTimes.removeFirst();
    if (m_failureTimes.size() >= m_config.failureThreshold)
        open();
}

void PaymentCircuitBreaker::open()
{
    m_state = State::Open;
    m_openedAtMs = m_clock.nowMs();
    m_probeInFlight = false;
    m_failureTimes.clear();
}

QString PaymentCircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        break;
    }
    return QStringLiteral("half_open");
}

} // namespace tessera
