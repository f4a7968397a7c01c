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

} // namespace tessera
