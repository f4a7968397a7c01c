// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace tessera {

class WriteContext;

// Tickets this terminal sold that another terminal paid back through the
// central server: the catalog's "refunded_elsewhere",
//   [[server refund id, line, order, amount, reason, refunded at (ms), refunded by], …].
// Applying one refunds the line here without money (the other counter's
// drawer paid): the line is refunded, so its code is refused at the gate,
// its seat or place is back on sale (it is still this terminal's
// allocation), and the order's refunded total and state follow. A ticket
// that was refunded or used here meanwhile is only noted (applied 0): the
// server lists the double refund. Each refund applies once.
class RefundsElsewhere
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RefundsElsewhere)

public:
    // Checks the shape; names the field at fault.
    static Result<RefundsElsewhere> parse(const QJsonValue &value);
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The number of tickets refunded by it here.
    Result<qint64> apply(WriteContext &ctx) const;

private:
    struct Entry
    {
        qint64 refund = 0;
        qint64 line = 0;
        qint64 order = 0;
        qint64 amount = 0;
        QString reason;
        qint64 at = 0;
        QString by;
    };
    Result<bool> applyOne(WriteContext &ctx, const Entry &e) const;

    QList<Entry> m_entries;
};

} // namespace tessera
