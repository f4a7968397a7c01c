// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payments/paymentcircuitbreaker.h"
#include "payments/paymentprovider.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace tessera {

class Clock;
class ReconciliationQueue;

struct PaymentGatewayConfig
{
    int attemptTimeoutMs = 30'000;
    PaymentCircuitBreakerConfig breaker;
};

// The till's way to a payment provider: bounds each attempt with a timeout,
// fails fast through a circuit breaker while the provider is down, counts the
// outcomes per normalised error code for the dashboards, and hands every
// Unknown result to the reconciliation queue (which must outlive it).
class PaymentGateway : public QObject
{
    Q_OBJECT

public:
    PaymentGateway(PaymentProvider &provider, ReconciliationQueue &queue, const Clock &clock,
                   PaymentGatewayConfig config = {}, QObject *parent = nullptr);
    ~PaymentGateway() override;

    // One attempt. onResult is called exactly once, never before charge()
    // returns. A timeout answers Unknown (error timeout) and queues the payment;
    // the provider's late answer then resolves it in the queue.
    void charge(const PaymentRequest &request, PaymentResultHandler onResult);
    // Passed through to the provider, unless the breaker is open.
    void refund(const QString &reference, const Money &amount, PaymentResultHandler onResult);

    PaymentProvider &provider() const { return m_provider; }
    PaymentCircuitBreaker::State breakerState() const { return m_breaker.state(); }
    int attemptsInFlight() const { return int(m_attempts.size()); }
    // Charges that ended with each normalised error code ("timeout": 3).
    QHash<QString, qint64> errorCounts() const { return m_errorCounts; }
    // Charges per outcome ("approved", "declined", "unknown").
    QHash<QString, qint64> outcomeCounts() const { return m_outcomeCounts; }

signals:
    void attemptFinished(const QString &key, const tessera::PaymentResult &result);

private:
    struct Attempt
    {
        quint64 id = 0;
        PaymentRequest request;
        PaymentResultHandler onResult;
        QTimer *timer = nullptr;
    };

    void onProviderResult(const QString &key, quint64 attemptId, const PaymentResult &result);
    void onTimeout(const QString &key, quint64 attemptId);
    void finish(Attempt attempt, const PaymentResult &result);
    void count(const PaymentResult &result);
    void answerLater(PaymentResultHandler onResult, const PaymentResult &result);

    PaymentProvider &m_provider;
    ReconciliationQueue &m_queue;
    PaymentGatewayConfig m_config;
    PaymentCircuitBreaker m_breaker;
    QHash<QString, Attempt> m_attempts; // in flight, by request key
    quint64 m_nextAttemptId = 1;
    QHash<QString, qint64> m_errorCounts;
    QHash<QString, qint64> m_outcomeCounts;
};

} // namespace tessera
