// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

#include <optional>

namespace tessera {

class SqliteDb;

// The server's totals per event, from what SalesProjection and
// RedemptionLedger kept of the terminals' journals, on any read connection:
//   {"events": [{"event", "currency", <figures>, "terminals": [{"terminal",
//     "terminal_id", <figures>}, …]}, …]}
// with <figures>: "orders" (every order, cancelled ones included),
// "cancelled_orders", "sold" (tickets of orders not cancelled, not refunded
// or exchanged: what the terminals' own sold counts show), "refunded"
// (tickets), "redeemed" (first entries only), and "revenue": {"by_method":
// {"cash": …}, "taken", "refunded", "net"} in minor units: approved payments
// by method, money paid back, and the difference. Event 0 holds orders of
// card keys only.
class SalesTotals
{
public:
    explicit SalesTotals(SqliteDb &db)
        : m_db(db)
    {}

    // Every event, or only `event`.
    Result<QJsonObject> compute(std::optional<qint64> event = std::nullopt);

private:
    SqliteDb &m_db;
};

} // namespace tessera
