// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace tessera {

// The value model of a pretix seating plan (schema in shared/data). Optional
// properties remember whether they were present and nullable ones whether they
// were null, so a plan read and written back is the plan that was read.

// A schema property of type ["string", "null"] that may also be left out.
struct NullableString
{
    enum class State { Absent, Null, Text };

    State state = State::Absent;
    QString text;

    static NullableString absent() { return {}; }
    static NullableString null() { return {State::Null, {}}; }
    static NullableString of(QString value) { return {State::Text, std::move(value)}; }

    bool isAbsent() const { return state == State::Absent; }
    bool isNull() const { return state == State::Null; }
    bool hasText() const { return state == State::Text; }

    bool operator==(const NullableString &) const = default;
};

// A point in plan pixels; zone, row and seat positions are offsets that add up.
struct PlanPoint
{
    double x = 0;
    double y = 0;

    PlanPoint operator+(const PlanPoint &other) const { return {x + other.x, y + other.y}; }
    bool operator==(const PlanPoint &) const = default;
};

struct PlanSize
{
    int width = 0;
    int height = 0;

    bool operator==(const PlanSize &) const = default;
};

// A price level seats refer to by name ("Stalls"); events price categories.
struct PlanCategory
{
    QString name;
    std::optional<QString> color;

    bool operator==(const PlanCategory &) const = default;
};

struct PlanSeat
{
    static constexpr int DefaultRadius = 10;

    QString seatGuid;   // identifies the seat across the whole plan; what inventory keys on
    QString seatNumber; // shown to people ("12")
    std::optional<QString> uuid;
    NullableString startDirection; // "<", ">" or "<>" where ordered booking starts
    std::optional<int> radius;
    PlanPoint position; // relative to the row
    QString category;

    int effectiveRadius() const { return radius.value_or(DefaultRadius); }
    bool operator==(const PlanSeat &) const = default;
};

struct PlanRow
{
    QString rowNumber;
    NullableString rowLabel;
    NullableString seatLabel;         // may hold %s for the seat number
    NullableString rowNumberPosition; // "start", "end" or "both"
    std::optional<QString> uuid;
    std::optional<PlanPoint> position; // relative to the zone; absent means (0, 0)
    QList<PlanSeat> seats;

    bool operator==(const PlanRow &) const = default;
};

struct PlanZone
{
    std::optional<QString> name;
    std::optional<QString> zoneId;
    std::optional<QString> uuid;
    PlanPoint position;
    QList<PlanRow> rows;
    // Drawn shapes (stage, pitch, labels) carry no inventory, so they are kept
    // as the JSON they came in and written back unchanged.
    std::optional<QJsonArray> areas;

    bool operator==(const PlanZone &) const = default;
};

// Where a seat sits in the plan: indexes into zones, rows and seats.
struct PlanSeatIndex
{
    qsizetype zone = 0;
    qsizetype row = 0;
    qsizetype seat = 0;

    bool operator==(const PlanSeatIndex &) const = default;
};

// A whole seating plan: the venue's layout, before any event or price.
struct SeatPlan
{
    QString name;
    PlanSize size;
    QList<PlanCategory> categories;
    QList<PlanZone> zones;

    qsizetype seatCount() const;
    // Every seat, zone by zone and row by row.
    QList<PlanSeatIndex> seatIndexes() const;
    const PlanSeat &seatAt(const PlanSeatIndex &index) const;
    // The seat's position on the plan: zone, row and seat offsets added.
    PlanPoint absolutePosition(const PlanSeatIndex &index) const;
    // nullptr when no category has that name.
    const PlanCategory *findCategory(const QString &categoryName) const;

    bool operator==(const SeatPlan &) const = default;
};

} // namespace tessera
