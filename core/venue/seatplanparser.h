// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "venue/seatplan.h"

#include <QByteArray>

namespace tessera {

// Reads a pretix seating-plan JSON document into a SeatPlan, refusing anything
// the schema does not allow (unknown properties included, so a typo never
// drops data) and plans whose seats could not be sold safely: duplicate seat
// guids or uuids, seats in undefined categories. All or nothing.
class SeatPlanParser
{
public:
    // Errors carry the JSON path of the offending value in `where`
    // ("zones[0].rows[1].seats[2].category"), or "line L, column C" when the
    // text is not JSON at all.
    static Result<SeatPlan> parse(const QByteArray &json);
};

} // namespace tessera
