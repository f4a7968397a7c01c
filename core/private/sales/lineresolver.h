// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "engine/inventory.h"
#include "sales/salelines.h"

#include <QHash>

#include <vector>

namespace tessera {

class WriteContext;

// The inventory a list of lines asks for, checked against what is on sale
// (or, when `fromHold` is given, against what that hold reserves).
struct ResolvedLines
{
    EventInventory *event = nullptr;
    // Parallel to the seat lines, in request order.
    std::vector<SeatSlot *> seatSlots;
    std::vector<const SaleLine *> seatLines;
    QHash<qint64, qint64> gaByQuota;      // quota id -> quantity
    QHash<qint64, qint64> cardsByProduct; // product id -> quantity
    QHash<qint64, CardPool *> pools;
};

class LineResolver
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::LineResolver)

public:
    static Result<ResolvedLines> resolve(WriteContext &ctx, qint64 eventId,
                                         const QList<SaleLine> &lines, const ActiveHold *fromHold);
    // Sales are only allowed inside the event's sale window.
    static Result<void> checkSaleWindow(const EventInventory &event, qint64 now);
};

} // namespace tessera
