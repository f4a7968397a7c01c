// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/seatstate.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tessera {

// What one ticket type of a category costs at the event.
struct SeatMapPrice
{
    QString ticketType; // the type's name, as the cashier reads it
    qint64 amount = 0;  // minor units of SeatMapData::currency
};

struct SeatMapCategory
{
    QString name;
    QColor color;
    QList<SeatMapPrice> prices; // the default ticket type first; empty: no price
};

// One seat of an event as the map draws it; positions are absolute plan pixels.
struct SeatMapSeat
{
    QString guid;
    QString row;
    QString number;
    QPointF position;
    float radius = 10;
    int zone = 0;     // index into SeatMapData::zones
    int rowIndex = 0; // index of the row in plan order, over the whole plan
    int category = 0; // index into SeatMapData::categories
    SeatState state = SeatState::Available;
    bool selected = false;
};

// A drawn shape of the plan that carries no inventory: a stage, a pitch, a label.
struct SeatMapArea
{
    enum class Shape { Rectangle, Ellipse, Polygon, Text };

    Shape shape = Shape::Rectangle;
    QRectF rect; // bounds, or the text's anchor point in topLeft
    QPolygonF polygon;
    QColor fill;
    QColor border;
    QString text;
    int textSize = 16;
};

// Everything one event's seat map shows, seats in plan order.
struct SeatMapData
{
    QString venueName;
    QString currency;
    QSizeF size;
    QList<SeatMapCategory> categories;
    QStringList zones;
    std::vector<SeatMapSeat> seats;
    QList<SeatMapArea> areas;
};

// Seat states and the cashier's selection on a seat map, and the rules for
// choosing seats; knows nothing of drawing.
class SeatMapModel
{
public:
    explicit SeatMapModel(SeatMapData data = {});

    const SeatMapData &data() const { return m_data; }
    qsizetype seatCount() const { return qsizetype(m_data.seats.size()); }
    const SeatMapSeat &seat(qsizetype index) const { return m_data.seats[size_t(index)]; }
    // -1 when the map has no seat with that guid.
    qsizetype indexOf(const QString &guid) const { return m_byGuid.value(guid, -1); }

    // Only available seats can be selected. Both return whether anything changed.
    bool setSelected(qsizetype index, bool selected);
    bool clearSelection();
    QStringList selectedGuids() const;
    qsizetype selectedCount() const { return m_selectedCount; }
    // Whether any seat is another counter's to sell (SeatState::Elsewhere).
    bool hasElsewhere() const;

    // The best block of `count` adjacent available seats in one row, as a
    // box office means it: centre and front together. Every block gets
    // score = row rank (0 for the front row, plans list rows from the stage
    // outward) + 2 x its centre's offset from the row's middle as a share of
    // half the row (0 in the middle, 1 at an end); the lowest score wins, the
    // front row and then the left block on ties. So a row's end is worth two
    // rows back: with row A's middle sold, row B's middle beats A's ends.
    // Empty when no row has such a block.
    QList<qsizetype> bestAvailable(int count,
                                   const std::optional<QString> &category = std::nullopt) const;
    static double bestAvailableScore(int rowRank, double offsetFromMiddle, double halfRow);

    // "Row A, seat 7 · Stalls · Adult ¥380.00 · Child ¥190.00": what hovering
    // a seat shows.
    QString describeSeat(qsizetype index) const;

    // Applies new states by guid (unknown guids are ignored) and deselects
    // seats that stopped being available. Returns the seats that changed.
    QList<qsizetype> setStates(const QHash<QString, SeatState> &states);

private:
    SeatMapData m_data;
    QHash<QString, qsizetype> m_byGuid;
    std::vector<std::vector<qsizetype>> m_rows; // seat indexes per row, in seat order
    qsizetype m_selectedCount = 0;
};

} // namespace tessera
