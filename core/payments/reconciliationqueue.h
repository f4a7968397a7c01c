// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payments/paymentprovider.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace tessera {

class Clock;

// A payment whose outcome the till does not know yet.
struct PendingPayment
{
    PaymentRequest request;
    PaymentResult lastResult; // Unknown, with why (timeout, network_error...)
    qint64 queuedAtMs = 0;
    int queryAttempts = 0;
    qint64 lastQueryAtMs = 0;
};

// Payments with an unknown result, kept until the provider says what became
// of them: an unknown payment is reconciled, never dropped. In memory only;
// the engine persists the list.
class ReconciliationQueue : public QObject
{
    Q_OBJECT

public:
    explicit ReconciliationQueue(const Clock &clock, QObject *parent = nullptr);

    // Keeps the payment; a key already pending keeps its first entry.
    void add(const PaymentRequest &request, const PaymentResult &unknownResult);
    // Settles a pending payment with a definite result and emits resolved().
    // False when the key is not pending or the result is still Unknown.
    bool resolve(const QString &key, const PaymentResult &definiteResult);

    bool contains(const QString &key) const;
    int size() const { return int(m_pending.size()); }
    bool isEmpty() const { return m_pending.isEmpty(); }
    QList<PendingPayment> pending() const { return m_pending; }

    // Asks the provider about every pending payment; definite answers resolve
    // them, the others stay. Emits reconcileFinished() once all have answered.
    void reconcile(PaymentProvider &provider);

signals:
    void added(const tessera::PendingPayment &payment);
    void resolved(const tessera::PaymentRequest &request, const tessera::PaymentResult &result);
    void reconcileFinished(int resolvedCount, int stillPending);

private:
    qsizetype indexOf(const QString &key) const;

    const Clock &m_clock;
    QList<PendingPayment> m_pending;
};

} // namespace tessera
