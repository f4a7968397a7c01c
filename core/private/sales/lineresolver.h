// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "engine/inventory.h"
#include "sales/salelines.h"

#include <QHash>
#include <QVarLengthArray>

#include <utility>
#include <vector>

namespace tessera {

class WriteContext;

// Quantities per id, in the order the lines first name them. An order names
// one or two quotas or products: a scan of a few pairs kept in place costs
// less than a hash table built for every sale.
class QuantityById
{
public:
    // Adds `quantity` to `id`'s and returns its total so far.
    qint64 add(qint64 id, qint64 quantity)
    {
        for (auto &[known, total] : m_items)
            if (known == id)
                return total += quantity;
        m_items.push_back({id, quantity});
        return quantity;
    }
    auto begin() const { return m_items.cbegin(); }
    auto end() const { return m_items.cend(); }

private:
    QVarLengthArray<std::pair<qint64, qint64>, 4> m_items;
};

// The inventory a list of lines asks for, checked against what is on sale
// (or, when `fromHold` is given, against what that hold reserves).
struct ResolvedLines
{
    EventInventory *event = nullptr;
    // Parallel to the seat lines, in request order.
    std::vector<SeatSlot *> seatSlots;
    std::vector<const SaleLine *> seatLines;
    QuantityById gaByQuota;      // quota id -> quantity
    QuantityById cardsByProduct; // product id -> quantity
    QHash<qint64, CardPool *> pools;
};

class LineResolver
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::LineResolver)

public:
    // Fills `out` (empty, the caller's: resolved once per sale, it is not
    // moved through a Result).
    static Result<void> resolve(WriteContext &ctx, qint64 eventId, const QList<SaleLine> &lines,
                                const ActiveHold *fromHold, ResolvedLines &out);
    // Sales are only allowed inside the event's sale window.
    static Result<void> checkSaleWindow(const EventInventory &event, qint64 now);
};

} // namespace tessera
