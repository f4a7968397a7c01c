// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "dashboard/salefacts.h"

namespace tessera {

class SqliteDb;

// SaleFacts from a console's own database, on a reader connection, in one
// read transaction (a consistent moment). Orders, payments and refunds of
// [fromMs, toMs) (fromMs 0: since the first), with every order a payment or
// refund of the range belongs to; ticket lines of the last
// DashboardFigures::kRateWindowMs before nowMs; the stock of every event not
// cancelled.
class LocalSaleFacts
{
public:
    static Result<SaleFacts> read(SqliteDb &db, const QString &terminalId, qint64 fromMs,
                                  qint64 toMs, qint64 nowMs);
};

} // namespace tessera
