// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

#include <optional>

namespace tessera {

class SqliteDb;

// Reads a terminal's cash-drawer shifts on a reader's own connection: which
// shift is open, and everything a Z-report needs about one shift.
class ShiftQueries
{
public:
    ShiftQueries(SqliteDb &db, QString terminalId)
        : m_db(db)
        , m_terminalId(std::move(terminalId))
    {}

    // The id of the terminal's open shift; nullopt when none is open.
    Result<std::optional<qint64>> openShift();
    // The terminal's newest shift, open or closed; nullopt before the first.
    Result<std::optional<qint64>> latestShift();

    // The currency of the newest event, else of the newest card product
    // (empty when there is neither): a new drawer's default.
    static Result<QString> catalogCurrency(SqliteDb &db);

    // The Z-report of a shift (a live one while it is open):
    //   shift, terminal, currency, state ("open"/"closed"), opened_at/by,
    //   closed_at/by, note, float;
    //   takings [{method, currency, count, amount}] of approved payments;
    //   cash_sales; refunds [{refund, order, amount, cash, currency, reason,
    //   actor, approved_by, at}], refunded_total, cash_refunds;
    //   movements [{movement, kind, amount, reason, actor, at}], cash_in, cash_out;
    //   orders {sold, pending, cancelled, refunded};
    //   expected; once closed: counted [{denomination, count, amount}],
    //   counted_total, difference, over_short, approved_by (who approved a
    //   difference, when there was one).
    // Times are ISO 8601 UTC; money in minor units.
    Result<QJsonObject> report(qint64 shiftId);

private:
    SqliteDb &m_db;
    QString m_terminalId;
};

} // namespace tessera
