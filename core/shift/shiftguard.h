// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QStringList>

namespace tessera {

class WriteContext;

// Keeps money in the books: a payment or refund that the box office's rule
// (ShiftPolicy) ties to a shift is refused with `shift_required` while no
// shift is open on the terminal, before anything is written.
class ShiftGuard
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ShiftGuard)

public:
    // Payments by `methods` ("cash", "card"...) taken now.
    static Result<void> forPayments(WriteContext &ctx, const QStringList &methods,
                                    const QString &field);
    // A refund of `amount` on `orderId`, of which `refundedBefore` was
    // refunded already: its cash part (DrawerLedger's cash-first rule) needs a
    // shift under the "cash" rule, any refund under "all".
    static Result<void> forRefund(WriteContext &ctx, qint64 orderId, qint64 refundedBefore,
                                  qint64 amount, const QString &field);
};

} // namespace tessera
