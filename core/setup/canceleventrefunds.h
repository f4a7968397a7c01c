// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sales/orderrecord.h"

#include <QList>

namespace tessera {

class WriteContext;

// The refunds of a cancelled show. Unlike a refund at the counter, a ticket
// already scanned at the gate is refunded too: the show did not take place.

// Refunds `lineIds` of a paid order (every one of them active and of the
// event), puts them back on sale and records one refund with `reason`.
// Returns the amount refunded.
Result<qint64> refundLinesOfCancelledEvent(WriteContext &ctx, OrderRecord &order,
                                           const QList<qint64> &lineIds, const QString &reason);

// Gives back what was paid on a pending order (one refund with `reason`) and
// cancels it, every line back on sale. Returns the amount refunded.
Result<qint64> refundAndCancelPartPaidOrder(WriteContext &ctx, OrderRecord &order,
                                            const QString &reason);

} // namespace tessera
