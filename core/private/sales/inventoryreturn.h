// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sales/orderrecord.h"

namespace tessera {

class WriteContext;

enum class CardKeyFate { BackOnSale, Void };

// Puts an order line's seat or GA ticket back on sale. A card key goes back
// only if nobody saw it (a cancelled, unpaid order); a delivered key is voided.
Result<void> returnLineToSale(WriteContext &ctx, qint64 orderId, const OrderLineRecord &line,
                              CardKeyFate cardFate);

// Cancels a pending order with nothing paid: every line goes back on sale
// (card keys too: nobody saw them) and the order is saved as cancelled, with
// when, by ctx.actor() and `reason` (may be empty). Every event is resolved
// before anything changes, so a refusal changes nothing. Shared by
// cancel_order and the expiry of unpaid orders.
Result<void> cancelUnpaidOrder(WriteContext &ctx, OrderRecord &order, const QString &reason);

} // namespace tessera
