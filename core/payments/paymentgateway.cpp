// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/paymentgateway.h"

#include "payments/reconciliationqueue.h"

#include <QTimer>

namespace tessera {

PaymentGateway::PaymentGateway(PaymentProvider &provider, ReconciliationQueue &queue,
                               const Clock &clock, PaymentGatewayConfig config, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_queue(queue)
    , m_config(config)
    , m_breaker(clock, config.breaker)
{}

PaymentGateway::~PaymentGateway()
{
    // Attempts still in flight are not dropped: their outcome is unknown.
    for (const Attempt &attempt : std::as_const(m_attempts))
        m_queue.add(attempt.request, PaymentResult::unknown(PaymentError::Timeout));
}

void PaymentGateway::charge(const PaymentRequest &request, PaymentResultHandler onResult)
{
    if (m_attempts.contains(request.key)) {
        // The first attempt still answers; this one must not become a second.
        answerLater(
            std::move(onResult),
            PaymentResult::declined(PaymentError::InvalidRequest,
                                    PaymentResult::tr("This payment is already in progress.")));
        return;
    }
    if (!m_breaker.allowRequest()) {
        const PaymentResult result = PaymentResult::declined(PaymentError::ProviderUnavailable);
        count(result);
        answerLater(std::move(onResult), result);
        emit attemptFinished(request.key, result);
        return;
    }

    const quint64 id = m_nextAttemptId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const QString key = request.key;
    connect(timer, &QTimer::timeout, this, [this, key, id] { onTimeout(key, id); });
    m_attempts.insert(key, Attempt{id, request, std::move(onResult), timer});
    timer->start(m_config.attemptTimeoutMs);

    const QPointer<PaymentGateway> self(this);
    // The provider may answer synchronously; defer so the caller never hears
    // back before charge() returns.
    m_provider.charge(request, [self, key, id](const PaymentResult &result) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(), [self, key, id, result] { self->onProviderResult(key, id, result); },
            Qt::QueuedConnection);
    });
}

void PaymentGateway::refund(const QString &reference, const Money &amount,
                            PaymentResultHandler onResult)
{
    if (m_breaker.state() == PaymentCircuitBreaker::State::Open) {
        answerLater(std::move(onResult),
                    PaymentResult::declined(PaymentError::ProviderUnavailable));
        return;
    }
    m_provider.refund(reference, amount, std::move(onResult));
}

void PaymentGateway::onProviderResult(const QString &key, quint64 attemptId,
                                      const PaymentResult &result)
{
    const auto it = m_attempts.find(key);
    if (it == m_attempts.end() || it->id != attemptId) {
        // The attempt timed out and was answered Unknown: a late definite
        // answer settles it in the queue.
        if (result.isDefinite())
            m_queue.resolve(key, result);
        return;
    }
    Attempt attempt = std::move(*it);
    m_attempts.erase(it);
    finish(std::move(attempt), result);
}

void PaymentGateway::onTimeout(const QString &key, quint64 attemptId)
{
    const auto it = m_attempts.find(key);
    if (it == m_attempts.end() || it->id != attemptId)
        return;
    Attempt attempt = std::move(*it);
    m_attempts.erase(it);
    finish(std::move(attempt), PaymentResult::unknown(PaymentError::Timeout));
}

void PaymentGateway::finish(Attempt attempt, const PaymentResult &result)
{
    attempt.timer->stop();
    attempt.timer->deleteLater();
    m_breaker.recordOutcome(result);
    count(result);
    if (result.isDefinite())
        m_queue.resolve(attempt.request.key, result); // a retry of an unknown one
    else
        m_queue.add(attempt.request, result);
    attempt.onResult(result);
    emit attemptFinished(attempt.request.key, result);
}

void PaymentGateway::count(const PaymentResult &result)
{
    ++m_outcomeCounts[paymentOutcomeName(result.state)];
    if (result.error != PaymentError::None)
        ++m_errorCounts[result.errorCode()];
}

void PaymentGateway::answerLater(PaymentResultHandler onResult, const PaymentResult &result)
{
    QMetaObject::invokeMethod(
        this, [onResult = std::move(onResult), result] { onResult(result); }, Qt::QueuedConnection);
}

} // namespace tessera
