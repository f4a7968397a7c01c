// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/seatstate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <vector>

namespace tessera {

class SqliteDb;

// Reads what one event's seat map draws: the venue and its plan, the seat
// categories with the event's prices, and every seat with its state. Fast
// enough for an 80 000-seat stadium (seats are visited, not copied into JSON).
class SeatMapQueries
{
public:
    explicit SeatMapQueries(SqliteDb &db)
        : m_db(db)
    {}

    struct Venue
    {
        qint64 id = 0;
        QString name;
        QSizeF size;
        QByteArray planJson;
        QString currency; // the event's
    };
    struct Price
    {
        QString ticketType; // code
        QString ticketTypeName;
        qint64 amount = 0;
    };
    struct Category
    {
        qint64 id = 0;
        QString name;
        QString color;
        // The event's prices for the category, the default ticket type first
        // ("adult" when the event has it, else the first type).
        QList<Price> prices;
    };
    // One seat row as stored; `zone` is valid only during the visit.
    struct Seat
    {
        QByteArrayView zone;
        QString guid;
        QString row;
        QString number;
        QPointF position;
        int radius = 10;
        qint64 categoryId = 0;
        SeatState state = SeatState::Available;
    };

    // The event's venue; not_found naming the event when there is none.
    Result<Venue> venue(qint64 eventId);
    // The venue's categories in id order, with the event's prices.
    Result<QList<Category>> categories(qint64 eventId, qint64 venueId);
    // Every seat of the event in seat-id order (the plan's order).
    Result<void> forEachSeat(qint64 eventId, const std::function<void(const Seat &)> &visit);
    // Only the seats' states, in the same order.
    Result<std::vector<SeatState>> states(qint64 eventId);

private:
    SqliteDb &m_db;
};

} // namespace tessera
