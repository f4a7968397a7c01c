// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tickets/ticketverifier.h"

#include <QString>

#include <optional>

namespace tessera {

class SqliteDb;

// What the person at the gate is told about a ticket (the order line behind
// a code): where it lets the holder in, its type, its event, whether it was
// refunded and its first entry. Read on a worker's own connection.
struct TicketFacts
{
    qint64 ticketId = 0;
    qint64 eventId = 0;
    QString eventName;
    qint64 eventStartsAtMs = 0;
    QString eventTimeZone; // the show's time reads in its venue's zone
    // "Stalls · Row A · Seat 1" or the standing area's name.
    QString area;
    // The ticket type's name ("Adult"), or its code when unnamed.
    QString ticketType;
    bool refunded = false;  // the line (or its whole order) was refunded
    bool exchanged = false; // the line was exchanged for another seat
    bool cancelled = false; // the whole order was cancelled
    std::optional<Redemption> firstEntry;

    // The ticket `ticketId` (a seat or standing ticket), or not_found.
    static Result<TicketFacts> load(SqliteDb &db, qint64 ticketId);
    // What a verified code says when the database cannot be read: the seat's
    // id from the plan and the ticket type's code.
    static TicketFacts fromClaims(const TicketClaims &claims);
};

} // namespace tessera
