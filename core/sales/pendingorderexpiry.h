// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

#include <vector>

namespace tessera {

class WriteContext;

// Pending counter orders that nobody pays come back on sale by themselves. An
// order waits while a payment is being tried (a refused QR payment leaves the
// cart as a pending order for another way to pay); once `ttlMs` has passed
// since it was created and since its last payment attempt, with nothing paid
// and no payment of unknown outcome (money may have moved: reconciliation
// decides those), the writer cancels it: its seats, standing tickets and card
// keys go back on sale and the journal says so ("expire_order", actor
// "system"). Phone and online orders are left alone: a booking paid at
// pick-up has its own deadline, which is not this one. The wait is the box
// office's setting (sales/pendingorderwait.h), else `defaultTtlMs`; 0 means
// never. Lives on the writer thread.
class PendingOrderExpiry
{
public:
    explicit PendingOrderExpiry(qint64 defaultTtlMs)
        : m_defaultTtlMs(defaultTtlMs)
        , m_ttlMs(defaultTtlMs)
    {}

    // The cancel_reason an expired order carries.
    static QString expiredReason();

    // The wait in force at the last look.
    qint64 ttlMs() const { return m_ttlMs; }
    // Orders due to expire at ctx.now(), oldest first, at most `limit`. Looks
    // at the setting and the table at most once a second (unless `force`);
    // otherwise answers nothing.
    Result<std::vector<qint64>> due(WriteContext &ctx, int limit = 200, bool force = false);
    // The earliest moment a pending order could expire (clock ms), from the
    // box office's wait, its creation and its last payment attempt; 0 when
    // none could (none pending, or the wait is off).
    Result<qint64> nextDue(WriteContext &ctx);
    // Cancels the order if it is still due; answers what was released, or an
    // empty object when the order changed meanwhile (paid, voided).
    Result<QJsonObject> expire(WriteContext &ctx, qint64 orderId);

private:
    Result<bool> stillDue(WriteContext &ctx, qint64 orderId, qint64 cutoff);

    qint64 m_defaultTtlMs;
    qint64 m_ttlMs;
    qint64 m_lastCheck = 0;
};

} // namespace tessera
