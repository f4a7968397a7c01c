// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatmapreader.h"

#include "query/seatmapqueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera {

namespace {

QPointF pointOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QLatin1String("x")).toDouble(), o.value(QLatin1String("y")).toDouble()};
}

// The plan's drawn shapes; positions of areas are relative to their zone.
QList<SeatMapArea> areasOf(const QByteArray &planJson)
{
    QList<SeatMapArea> out;
    const QJsonArray zones =
        QJsonDocument::fromJson(planJson).object().value(QLatin1String("zones")).toArray();
    for (const QJsonValue &zoneValue : zones) {
        const QJsonObject zone = zoneValue.toObject();
        const QPointF origin = pointOf(zone.value(QLatin1String("position")));
        for (const QJsonValue &areaValue : zone.value(QLatin1String("areas")).toArray()) {
            const QJsonObject a = areaValue.toObject();
            const QString shape = a.value(QLatin1String("shape")).toString();
            const QPointF at = origin + pointOf(a.value(QLatin1String("position")));
            SeatMapArea area;
            area.fill = QColor(a.value(QLatin1String("color")).toString());
            area.border = QColor(a.value(QLatin1String("border_color")).toString());
            if (shape == QLatin1String("rectangle")) {
                const QJsonObject r = a.value(QLatin1String("rectangle")).toObject();
                area.rect = QRectF(at, QSizeF(r.value(QLatin1String("width")).toDouble(),
                                              r.value(QLatin1String("height")).toDouble()));
            } else if (shape == QLatin1String("circle")) {
                const double radius = a.value(QLatin1String("circle"))
                                          .toObject()
                                          .value(QLatin1String("radius"))
                                          .toDouble();
                area.shape = SeatMapArea::Shape::Ellipse;
                area.rect = QRectF(at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
            } else if (shape == QLatin1String("ellipse")) {
                const QPointF radius = pointOf(
                    a.value(QLatin1String("ellipse")).toObject().value(QLatin1String("radius")));
                area.shape = SeatMapArea::Shape::Ellipse;
                area.rect = QRectF(at - radius, at + radius);
            } else if (shape == QLatin1String("polygon")) {
                area.shape = SeatMapArea::Shape::Polygon;
                const QJsonArray points = a.value(QLatin1String("polygon"))
                                              .toObject()
                                              .value(QLatin1String("points"))
                                              .toArray();
                for (const QJsonValue &p : points)
                    area.polygon.push_back(at + pointOf(p));
            } else if (shape == QLatin1String("text")) {
                const QJsonObject t = a.value(QLatin1String("text")).toObject();
                area.shape = SeatMapArea::Shape::Text;
                area.text = t.value(QLatin1String("text")).toString();
                area.textSize = t.value(QLatin1String("size")).toInt(16);
                area.fill = QColor(t.value(QLatin1String("color")).toString());
                area.rect = QRectF(at + pointOf(t.value(QLatin1String("position"))), QSizeF());
            } else {
                continue;
            }
            out.push_back(area);
        }
    }
    return out;
}

} // namespace

Result<SeatMapData> SeatMapReader::read(SqliteDb &db, qint64 eventId)
{
    SeatMapQueries queries(db);
    auto venue = queries.venue(eventId);
    if (!venue)
        return venue.error();
    auto categories = queries.categories(eventId, venue->id);
    if (!categories)
        return categories.error();
    SeatMapData data;
    data.venueName = venue->name;
    data.currency = venue->currency;
    data.size = venue->size;
    QHash<qint64, int> categoryIndex;
    for (const SeatMapQueries::Category &c : std::as_const(*categories)) {
        categoryIndex.insert(c.id, int(data.categories.size()));
        const QColor color(c.color);
        SeatMapCategory category{c.name, color.isValid() ? color : QColor(0x7f, 0x8c, 0x8d), {}};
        for (const SeatMapQueries::Price &p : c.prices)
            category.prices.push_back({p.ticketTypeName, p.amount});
        data.categories.push_back(category);
    }
    QByteArray lastZone;
    QString lastRow;
    int zone = -1;
    int rowIndex = -1;
    auto seats = queries.forEachSeat(eventId, [&](const SeatMapQueries::Seat &row) {
        SeatMapSeat seat;
        seat.guid = row.guid;
        if (zone < 0 || row.zone != lastZone) {
            lastZone = row.zone.toByteArray();
            const QString name = QString::fromUtf8(lastZone);
            zone = int(data.zones.indexOf(name));
            if (zone < 0) {
                zone = int(data.zones.size());
                data.zones.push_back(name);
            }
            lastRow.clear();
        }
        if (rowIndex < 0 || row.row != lastRow) {
            ++rowIndex;
            lastRow = row.row;
        }
        seat.row = lastRow; // shares the string
        seat.number = row.number;
        seat.position = row.position;
        seat.radius = float(row.radius);
        seat.zone = zone;
        seat.rowIndex = rowIndex;
        seat.category = categoryIndex.value(row.categoryId, 0);
        seat.state = row.state;
        data.seats.push_back(std::move(seat));
    });
    if (!seats)
        return seats.error();
    data.areas = areasOf(venue->planJson);
    return data;
}

Result<std::vector<SeatState>> SeatMapReader::readStates(SqliteDb &db, qint64 eventId)
{
    return SeatMapQueries(db).states(eventId);
}

} // namespace tessera
