// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>

#include <QStringView>

#include <array>
#include <functional>

namespace tessera {

struct ShippedEntry;

// The kinds of journal entry that can change a sales figure (what
// SalesProjection reads); a rebuild visits these and no others.
inline constexpr std::array<const char *, 9> kFigureKinds = {
    "sell",   "add_payment",   "settle_payment", "cancel_order", "expire_order",
    "refund", "exchange_seat", "cancel_event",   "redeem"};

inline bool changesFigures(QStringView kind)
{
    for (const char *k : kFigureKinds)
        if (kind == QLatin1String(k))
            return true;
    return false;
}

// Where the server keeps each terminal's journal as it arrives: what the
// sync logic (JournalIngest) needs of storage and nothing more, so that
// another database can hold it without the rules changing. Calls run inside
// the caller's transaction; none commits.
class JournalLedger
{
public:
    virtual ~JournalLedger() = default;

    // The terminal's highest stored sequence (0: nothing yet).
    virtual Result<qint64> acknowledged(qint64 terminal) = 0;
    // The digest stored with the terminal's entry `seq`; empty when there is none.
    virtual Result<QByteArray> digestAt(qint64 terminal, qint64 seq) = 0;
    // Stores one entry after the terminal's last (the caller checked the order).
    virtual Result<void> append(qint64 terminal, const ShippedEntry &entry,
                                const QByteArray &digest, qint64 receivedAt) = 0;
    // Every stored entry whose kind changesFigures(), each terminal's in
    // order (terminals by id); stops at the first failure of `visit`. Answers
    // how many it visited.
    virtual Result<qint64> forEachEntry(
        const std::function<Result<void>(qint64 terminal, const ShippedEntry &)> &visit) = 0;
};

} // namespace tessera
