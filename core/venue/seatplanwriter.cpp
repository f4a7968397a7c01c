// SPDX-License-Identifier: GPL-3.0-or-later
#include "venue/seatplanwriter.h"

#include <QJsonArray>

namespace tessera {

namespace {

QJsonObject pointToJson(const PlanPoint &point)
{
    return QJsonObject{{QLatin1String("x"), point.x}, {QLatin1String("y"), point.y}};
}

void insertOptional(QJsonObject &object, QLatin1String key, const std::optional<QString> &value)
{
    if (value)
        object.insert(key, *value);
}

void insertNullable(QJsonObject &object, QLatin1String key, const NullableString &value)
{
    switch (value.state) {
    case NullableString::State::Absent:
        return;
    case NullableString::State::Null:
        object.insert(key, QJsonValue::Null);
        return;
    case NullableString::State::Text:
        object.insert(key, value.text);
        return;
    }
}

QJsonObject seatToJson(const PlanSeat &seat)
{
    QJsonObject object{{QLatin1String("seat_guid"), seat.seatGuid},
                       {QLatin1String("seat_number"), seat.seatNumber},
                       {QLatin1String("position"), pointToJson(seat.position)},
                       {QLatin1String("category"), seat.category}};
    insertOptional(object, QLatin1String("uuid"), seat.uuid);
    insertNullable(object, QLatin1String("start_direction"), seat.startDirection);
    if (seat.radius)
        object.insert(QLatin1String("radius"), *seat.radius);
    return object;
}

QJsonObject rowToJson(const PlanRow &row)
{
    QJsonArray seats;
    for (const PlanSeat &seat : row.seats)
        seats.append(seatToJson(seat));
    QJsonObject object{{QLatin1String("row_number"), row.rowNumber},
                       {QLatin1String("seats"), seats}};
    insertNullable(object, QLatin1String("row_label"), row.rowLabel);
    insertNullable(object, QLatin1String("seat_label"), row.seatLabel);
    insertNullable(object, QLatin1String("row_number_position"), row.rowNumberPosition);
    insertOptional(object, QLatin1String("uuid"), row.uuid);
    if (row.position)
        object.insert(QLatin1String("position"), pointToJson(*row.position));
    return object;
}

QJsonObject zoneToJson(const PlanZone &zone)
{
    QJsonArray rows;
    for (const PlanRow &row : zone.rows)
        rows.append(rowToJson(row));
    QJsonObject object{{QLatin1String("position"), pointToJson(zone.position)},
                       {QLatin1String("rows"), rows}};
    insertOptional(object, QLatin1String("name"), zone.name);
    insertOptional(object, QLatin1String("zone_id"), zone.zoneId);
    insertOptional(object, QLatin1String("uuid"), zone.uuid);
    if (zone.areas)
        object.insert(QLatin1String("areas"), *zone.areas);
    return object;
}

} // namespace

QJsonObject SeatPlanWriter::toJsonObject(const SeatPlan &plan)
{
    QJsonArray categories;
    for (const PlanCategory &category : plan.categories) {
        QJsonObject object{{QLatin1String("name"), category.name}};
        insertOptional(object, QLatin1String("color"), category.color);
        categories.append(object);
    }
    QJsonArray zones;
    for (const PlanZone &zone : plan.zones)
        zones.append(zoneToJson(zone));
    return QJsonObject{
        {QLatin1String("name"), plan.name},
        {QLatin1String("size"), QJsonObject{{QLatin1String("width"), plan.size.width},
                                            {QLatin1String("height"), plan.size.height}}},
        {QLatin1String("categories"), categories},
        {QLatin1String("zones"), zones}};
}

QByteArray SeatPlanWriter::toJson(const SeatPlan &plan, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(toJsonObject(plan)).toJson(format);
}

} // namespace tessera
