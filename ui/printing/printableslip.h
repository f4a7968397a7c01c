// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printableorder.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tessera {

// What a refund or exchange slip shows: gathered by the Orders screen from
// the order before the change and the engine's answer, so the layout needs
// no database and tests can build one by hand.
struct PrintableSlip
{
    enum class Kind { Refund, Exchange };

    Kind kind = Kind::Refund;
    QString venueName;
    QString orderNumber; // "T1-000042"
    QString eventLine;   // "The Nutcracker, 20 Dec 2026 19:30"
    QString currency;
    QDateTime at; // when it was done, in the venue's time zone (invalid: not shown)
    // Refund: the lines given back. Exchange: the old place, then the new one.
    QList<PrintableLine> lines;
    // Refund: the money given back. Exchange: the difference, > 0 taken from
    // the customer, < 0 given back.
    qint64 amount = 0;
    QString reason;  // refund reason, translated; empty for an exchange
    QString cashier; // who did it
    // The supervisor who approved it; the cashier's own name when their
    // permission sufficed (OrderSlips fills it so); empty: not shown.
    QString approvedBy;
    QString terminal;
};

} // namespace tessera
