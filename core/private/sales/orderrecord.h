// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engine/inventory.h"
#include "sales/orderstate.h"

#include <QJsonArray>

#include <vector>

namespace tessera {

class WriteContext;

struct OrderLineRecord
{
    qint64 id = 0;
    ItemKind kind = ItemKind::Seat;
    qint64 eventId = 0;
    qint64 refId = 0;
    qint64 ticketTypeId = 0;
    qint64 price = 0;
    LineState state = LineState::Active;
    QString secret;
    qint64 redeemedAt = 0;
    QString redeemedGate;
};

// An order as the writer sees it when changing it (pay, cancel, refund).
struct OrderRecord
{
    qint64 id = 0;
    OrderState state = OrderState::Pending;
    QString currency;
    qint64 total = 0;
    qint64 paid = 0;
    qint64 refunded = 0;
    std::vector<OrderLineRecord> lines;

    static Result<OrderRecord> load(WriteContext &ctx, qint64 orderId);
    // The issued tickets ({line, code, ...}) of a paid order.
    QJsonArray ticketsJson() const;
    Result<void> saveTotals(WriteContext &ctx) const;
};

} // namespace tessera
