// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace tessera {

class SqliteDb;
struct ShiftRecord;

// What should be in a shift's drawer:
//   float + cash sales - cash refunds + cash in - cash out.
struct DrawerTally
{
    qint64 floatAmount = 0;
    qint64 cashSales = 0;   // approved cash payments taken during the shift
    qint64 cashRefunds = 0; // cash paid back for refunds during the shift
    qint64 cashIn = 0;
    qint64 cashOut = 0;

    qint64 expected() const { return floatAmount + cashSales - cashRefunds + cashIn - cashOut; }
};

// One refund made during a shift and the part of it paid back from the drawer.
struct RefundShare
{
    qint64 refund = 0;
    qint64 order = 0;
    qint64 amount = 0;
    qint64 cash = 0;
    QString currency;
    QString reason;
    QString actor;
    QString approvedBy;
    qint64 at = 0;
};

// Reads what a shift's drawer took and paid out, on any connection (the
// writer's, to check a cash-out and close a shift; a reader's, for reports).
//
// Attribution rules:
// - A payment belongs to the shift that was open on this terminal when it was
//   recorded (by id, see ShiftMarks). A console's database holds only its own
//   counter's sales, so every payment in it was taken at this terminal.
// - Only approved payments with method "cash" of orders in the shift's
//   currency go into the drawer; declined and unknown payments never do. The
//   till records the amount applied (change is given from the tendered cash),
//   so the amount is what stays in the drawer.
// - A refund is paid back in cash up to the cash its order took, cash first:
//   after an order's refunds so far, min(cash paid, refunded so far) has left
//   the drawer; the rest of a refund goes back to the order's other methods
//   (card, QR…). A refund of an order paid in cash in an earlier shift comes
//   out of the drawer of the shift in which it is refunded.
class DrawerLedger
{
public:
    static Result<DrawerTally> tally(SqliteDb &db, const ShiftRecord &shift);
    // Every refund made during the shift (any currency), oldest first.
    static Result<QList<RefundShare>> refunds(SqliteDb &db, const ShiftRecord &shift);
};

} // namespace tessera
