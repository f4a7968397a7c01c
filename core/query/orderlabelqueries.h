// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace tessera {

class SqliteDb;

// An event as an order's lines name it: its name, when it starts, the
// venue's time zone (IANA id) to show that in and the venue's name (slips).
struct EventHeading
{
    QString name;
    qint64 startsAtMs = 0;
    QString timeZone;
    QString venueName;
};

// A seat's position as imported (any part may be empty).
struct SeatPosition
{
    QString zone;
    QString row;
    QString number;
};

// Reads what makes an order's lines readable (event names, ticket-type
// names, seat positions) on a reader's connection.
class OrderLabelQueries
{
public:
    explicit OrderLabelQueries(SqliteDb &db)
        : m_db(db)
    {}

    // The event `eventId`, or not_found.
    Result<EventHeading> event(qint64 eventId);
    // The event's ticket types: code -> name.
    Result<QHash<QString, QString>> ticketTypes(qint64 eventId);
    // The seat `guid` in the event's venue; nullopt when the plan has no such seat.
    Result<std::optional<SeatPosition>> seat(qint64 eventId, const QString &guid);

private:
    SqliteDb &m_db;
};

} // namespace tessera
