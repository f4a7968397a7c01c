// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "seatmapmodel.h"

namespace tessera {

class SqliteDb;

// Reads one event's seat map straight from SQLite into typed rows: fast enough
// for an 80 000-seat stadium (no JSON per seat).
class SeatMapReader
{
public:
    static Result<SeatMapData> read(SqliteDb &db, qint64 eventId);
    // Only the seats' states, in the same order as read() gives the seats.
    static Result<std::vector<SeatState>> readStates(SqliteDb &db, qint64 eventId);
};

} // namespace tessera
