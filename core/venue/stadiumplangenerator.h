// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "venue/seatplan.h"

namespace tessera {

// Builds deterministic, realistic seating plans for tests, benchmarks and the
// demo database. The same arguments always give the same plan, uuids included.
class StadiumPlanGenerator
{
public:
    // An oval football stadium around a pitch: North, East, South and West
    // stands, each in Lower, Middle and Upper tiers (one zone per stand and
    // tier), rows following the bowl's curve, guids like "N-A-12-7" (stand,
    // tier, row, seat). Categories: Premium, Standard, Upper, Accessible. The
    // seat count is the closest a whole number of rows gets to approxSeats,
    // with at least one row per tier.
    static SeatPlan stadium(int approxSeats = 80000);

    // A 303-seat theatre: a stage, curved Stalls rows A to L (no I) and a
    // Balcony with rows AA to DD; seats numbered from 1 on the audience's left,
    // guids like "S-A-1" and "B-AA-1".
    static SeatPlan theatre();
};

} // namespace tessera
