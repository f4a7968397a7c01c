// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payments/paymentprovider.h"

#include <QList>

namespace tessera {

class Clock;

struct PaymentCircuitBreakerConfig
{
    int failureThreshold = 5;   // consecutive transient failures that open it
    qint64 windowMs = 60'000;   // ... all within this span
    qint64 coolDownMs = 30'000; // open this long before one probe is let through
};

// Stops sending charges to a provider that keeps failing to answer, so the
// cashier hears "unavailable" at once instead of waiting for each timeout.
// Only transient errors (timeout, network, unavailable) count; a declined card
// is a healthy provider.
class PaymentCircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    PaymentCircuitBreaker(const Clock &clock, PaymentCircuitBreakerConfig config = {});

    // Whether a charge may go to the provider now. Open turns half-open once
    // the cool-down is over and then lets exactly one probe through until its
    // outcome is recorded.
    bool allowRequest();
    // The outcome of a request that allowRequest() let through.
    void recordOutcome(const PaymentResult &result);
    void recordSuccess();
    void recordFailure();

    State state() const;
    static QString stateName(State state);

private:
    void open();

    const Clock &m_clock;
    PaymentCircuitBreakerConfig m_config;
    State m_state = State::Closed;
    QList<qint64> m_failureTimes; // consecutive transient failures, oldest first
    qint64 m_openedAtMs = 0;
    bool m_probeInFlight = false;
};

} // namespace tessera
