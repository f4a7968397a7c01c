// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/reconciliationqueue.h"

#include "common/clock.h"

#include <memory>

namespace tessera {

ReconciliationQueue::ReconciliationQueue(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

qsizetype ReconciliationQueue::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).request.key == key)
            return i;
    }
    return -1;
}

bool ReconciliationQueue::contains(const QString &key) const
{
    return indexOf(key) >= 0;
}

void ReconciliationQueue::add(const PaymentRequest &request, const PaymentResult &unknownResult)
{
    if (contains(request.key))
        return;
    PendingPayment payment{request, unknownResult, m_clock.nowMs(), 0, 0};
    m_pending.append(payment);
    emit added(payment);
}

bool ReconciliationQueue::resolve(const QString &key, const PaymentResult &definiteResult)
{
    if (!definiteResult.isDefinite())
        return false;
    const qsizetype index = indexOf(key);
    if (index < 0)
        return false;
    const PaymentRequest request = m_pending.takeAt(index).request;
    emit resolved(request, definiteResult);
    return true;
}

void ReconciliationQueue::reconcile(PaymentProvider &provider)
{
    struct Run
    {
        int outstanding = 0;
        int resolvedCount = 0;
    };
    auto run = std::make_shared<Run>();
    QStringList keys;
    for (const PendingPayment &payment : std::as_const(m_pending))
        keys.append(payment.request.key);
    run->outstanding = int(keys.size());
    if (keys.isEmpty()) {
        emit reconcileFinished(0, 0);
        return;
    }
    const QPointer<ReconciliationQueue> self(this);
    for (const QString &key : std::as_const(keys)) {
        provider.query(key, [self, run, key](const PaymentResult &result) {
            if (!self)
                return;
            if (result.isDefinite()) {
                if (self->resolve(key, result))
                    ++run->resolvedCount;
            } else if (const qsizetype index = self->indexOf(key); index >= 0) {
                PendingPayment &payment = self->m_pending[index];
                ++payment.queryAttempts;
                payment.lastQueryAtMs = self->m_clock.nowMs();
                payment.lastResult = result;
            }
            if (--run->outstanding == 0)
                emit self->reconcileFinished(run->resolvedCount, self->size());
        });
    }
}

} // namespace tessera
