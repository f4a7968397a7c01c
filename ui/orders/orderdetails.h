// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace tessera {

class Engine;
class SqliteDb;

// One order as the Orders screen shows it: OrderQueries::order plus what
// makes its lines readable (seat positions, event and ticket-type names).
struct OrderDetails
{
    QJsonObject order;
    QHash<QString, QString> seatLabels;  // seat guid -> "Stalls · Row A · Seat 1"
    QHash<qint64, QString> eventNames;   // event id -> "The Nutcracker, 2026-11-29 19:30"
    QHash<QString, QString> ticketTypes; // ticket type code -> "Adult"
    QHash<qint64, QString> venueNames;   // event id -> "Grand Theatre"

    qint64 id() const;
    QString number() const;
    QString state() const;
    QString currency() const;
    // A line's title: its seat, GA area or card product.
    QString lineTitle(const QJsonObject &line) const;
    QString ticketTypeName(const QJsonObject &line) const;
    // Lines that can still be refunded (active, not used at a gate).
    QList<QJsonObject> refundableLines() const;
    // Seat lines that can be exchanged (active, not used at a gate).
    QList<QJsonObject> exchangeableLines() const;
    // Whether any active line was used at a gate (a whole-order refund is refused).
    bool hasUsedTickets() const;

    // Reads everything on `db` (a worker's connection).
    static Result<OrderDetails> load(SqliteDb &db, Engine &engine, qint64 orderId);
};

} // namespace tessera
