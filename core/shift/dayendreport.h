// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QTimeZone>

namespace tessera {

class SqliteDb;

// The day-end report: what the box office did in one business day, across
// every shift and terminal, read on any connection.
//
// The business day is the calendar date in the box office's time zone, from
// midnight to midnight. Every figure counts by when it happened
// (created_at / cancelled_at / opened_at):
//   date, zone, from, to (ISO 8601 UTC);
//   takings [{method, currency, count, amount}]: approved payments;
//   refunds [{currency, count, amount, cash}]: refunds (and exchange
//     differences paid back), with the part paid back in cash (cash first, as
//     DrawerLedger does);
//   voids [{currency, count, amount}]: unpaid orders cancelled by staff;
//   expired: unpaid orders the engine cancelled;
//   cash_in, cash_out: drawer movements;
//   shifts [{shift, terminal, currency, state, opened_at, opened_by,
//     closed_at, closed_by, float, expected, counted, difference, over_short,
//     approved_by}]: the shifts opened that day (an open one: expected so far,
//     no count);
//   difference_total: the sum of the closed shifts' differences;
//   totals [{currency, taken, refunded, net, cash_taken, cash_refunded}].
// Money in minor units.
class DayEndReport
{
public:
    // Midnight to midnight of `date` in `zone`, in ms since the epoch.
    static std::pair<qint64, qint64> bounds(QDate date, const QTimeZone &zone);
    // The box office's zone: the newest venue's, else UTC.
    static QTimeZone boxOfficeZone(SqliteDb &db);

    static Result<QJsonObject> compute(SqliteDb &db, QDate date, const QTimeZone &zone);
};

} // namespace tessera
