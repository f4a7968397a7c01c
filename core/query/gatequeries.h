// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tickets/ticketverifier.h"

#include <QHash>
#include <QString>

#include <optional>

namespace tessera {

class SqliteDb;

// A seat or standing ticket (an order line) as a gate sees it: the raw facts,
// for the check-in screen to word.
struct GateTicket
{
    qint64 ticketId = 0;
    qint64 eventId = 0;
    QString eventName;
    qint64 eventStartsAtMs = 0;
    QString eventTimeZone; // the venue's IANA zone
    bool seat = false;     // else a standing ticket
    // A seat's position as imported (any part may be empty).
    QString seatGuid;
    QString zone;
    QString rowLabel;
    QString rowNumber;
    QString seatNumber;
    // A standing ticket's area.
    qint64 quotaId = 0;
    QString quotaName;
    QString ticketTypeCode;
    QString ticketTypeName;
    bool refunded = false;  // the line (or its whole order) was refunded
    bool exchanged = false; // the line was exchanged for another seat
    bool cancelled = false; // the whole order was cancelled
    std::optional<Redemption> firstEntry;
};

// Reads what the gates need on a reader's connection: entries so far and
// the tickets behind codes.
class GateQueries
{
public:
    explicit GateQueries(SqliteDb &db)
        : m_db(db)
    {}

    // Every ticket used at a gate, by ticket (order line) id.
    Result<QHash<qint64, Redemption>> entries();
    // The seat or standing ticket `ticketId`, or not_found.
    Result<GateTicket> ticket(qint64 ticketId);

private:
    SqliteDb &m_db;
};

} // namespace tessera
