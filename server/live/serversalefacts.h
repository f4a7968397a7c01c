// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "dashboard/salefacts.h"

namespace tessera {

class SqliteDb;

// SaleFacts of every terminal, from the server's mirror of their journals
// (SalesProjection) and its catalog, on a reader connection in one read
// transaction: the same rows LocalSaleFacts reads from each console's own
// database, with OrderFact::terminal the terminal's name. So the server's
// DashboardFigures equal those computed from the consoles' databases put
// together, except the stock: its capacity is the event's whole (seats not
// blocked, the quota's capacity), its sold the terminals' active tickets, and
// held 0 (holds stay at the counters).
class ServerSaleFacts
{
public:
    static Result<SaleFacts> read(SqliteDb &db, qint64 fromMs, qint64 toMs, qint64 nowMs);
};

} // namespace tessera
