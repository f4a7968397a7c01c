// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/printableslip.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tessera {

struct OrderDetails;

// Turns a refund or an exchange done on the Orders screen into the slip
// that is printed for the customer: the order as it was before, what changed,
// and who did and approved it.
class OrderSlips
{
    Q_DECLARE_TR_FUNCTIONS(tessera::OrderSlips)

public:
    struct Staff
    {
        QString cashier;
        QString approvedBy; // empty when no override was needed
        QString terminal;
        QString venue; // the box office's: named when the order has no event (card keys)
        QDateTime at;
    };

    // `lines` empty: the whole order (every line that could be refunded).
    static PrintableSlip refund(const OrderDetails &order, const QList<qint64> &lines,
                                qint64 amount, const QString &reason, const Staff &staff);
    static PrintableSlip exchange(const OrderDetails &order, qint64 line, const QString &newPlace,
                                  qint64 difference, const Staff &staff);
};

} // namespace tessera
