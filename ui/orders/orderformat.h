// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tessera {

// How the Orders screen writes times and the states of orders,
// lines and payments, translated; the engine's names stay the keys.
class OrderFormat
{
    Q_DECLARE_TR_FUNCTIONS(tessera::OrderFormat)

public:
    // pending, paid, cancelled, refunded, partly_refunded.
    static QString orderState(const QString &state);
    // active, refunded, exchanged.
    static QString lineState(const QString &state);
    // approved, declined, unknown, refunded.
    static QString paymentState(const QString &state);
    // counter, online, phone.
    static QString channel(const QString &channel);
    // The colour a state is shown in (a CSS colour).
    static QString orderStateColour(const QString &state);
    // The refund reasons offered in a list, untranslated: they are stored so
    // (reports group by them) and shown through reason().
    static QStringList refundReasons();
    // A stored reason as the cashier reads it.
    static QString reason(const QString &stored);
};

} // namespace tessera
