// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

class SqliteDb;
class WriteContext;
struct MirroredRedemption;

// SalesMirror's redemptions in SQLite: every redemption the terminals shipped, by ticket: a
// ticket's code is its identity (the same printed code scanned at two gates is one ticket). The
// first redemption by the terminals' times is kept; every other one of the
// same ticket is a double entry (two offline gates let the same ticket in).
//   ticket_redemptions(terminal_id, seq, ticket_key, event_id, line_id, gate,
//                      redeemed_at, kept)
// ticket_key is a SHA-256 of the code, never the code itself.
class RedemptionLedger
{
public:
    explicit RedemptionLedger(WriteContext &ctx)
        : m_ctx(ctx)
    {}

    static Result<void> prepare(WriteContext &ctx);
    // A `redeem` entry of a terminal's journal, as SalesProjection reads it.
    Result<void> record(const MirroredRedemption &redemption);
    Result<void> clear();

    // The double entries, oldest first: {"event", "line", "first": {"terminal",
    // "gate", "redeemed_at"}, "second": {…}}; the first is the kept one.
    static Result<QJsonArray> doubleEntries(SqliteDb &db);

private:
    WriteContext &m_ctx;
};

} // namespace tessera
