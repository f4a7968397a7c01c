// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatmapreader.h"

#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

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

QString textOf(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, col)) : QString();
}

Error notFoundError(qint64 eventId)
{
    return fail(
        ErrorCode::NotFound,
        QCoreApplication::translate("tessera::SeatMapReader", "There is no event %1.").arg(eventId),
        QStringLiteral("event"));
}

} // namespace

Result<SeatMapData> SeatMapReader::read(SqliteDb &db, qint64 eventId)
{
    SeatMapData data;
    qint64 venueId = 0;
    QByteArray plan;
    {
        auto stmt = db.prepare(
            QStringLiteral("SELECT v.id, v.name, v.width, v.height, v.plan FROM events e "
                           "JOIN venues v ON v.id = e.venue_id WHERE e.id = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, eventId);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return notFoundError(eventId);
        venueId = stmt->columnInt(0);
        data.venueName = stmt->columnText(1);
        data.size = QSizeF(double(stmt->columnInt(2)), double(stmt->columnInt(3)));
        plan = stmt->columnBlob(4);
        stmt->reset();
    }
    QHash<qint64, int> categoryIndex;
    {
        auto stmt = db.prepare(QStringLiteral(
            "SELECT id, name, color FROM categories WHERE venue_id = ? ORDER BY id"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, venueId);
        auto r = stmt->forEachRow([&](SqliteStatement &s) {
            categoryIndex.insert(s.columnInt(0), int(data.categories.size()));
            const QColor color(s.columnText(2));
            data.categories.push_back(
                {s.columnText(1), color.isValid() ? color : QColor(0x7f, 0x8c, 0x8d)});
        });
        if (!r)
            return r.error();
    }
    {
        // The raw statement: 80 000 rows, where each column read through the
        // wrapper's QString/QByteArray copies would show.
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(db.handle(),
                               "SELECT s.guid, s.zone, s.row_number, s.seat_number, s.x, s.y, "
                               "s.radius, s.category_id, es.state FROM event_seats es JOIN seats "
                               "s ON s.id = es.seat_id WHERE es.event_id = ? ORDER BY es.seat_id",
                               -1, &raw, nullptr) != SQLITE_OK)
            return db.storageError(QStringLiteral("seat map"));
        sqlite3_bind_int64(raw, 1, eventId);
        QByteArray lastZone;
        QString lastRow;
        int zone = -1;
        int rowIndex = -1;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            SeatMapSeat seat;
            seat.guid = textOf(raw, 0);
            const auto *zoneText = reinterpret_cast<const char *>(sqlite3_column_text(raw, 1));
            const int zoneBytes = sqlite3_column_bytes(raw, 1);
            if (zone < 0 || QByteArrayView(zoneText, zoneBytes) != lastZone) {
                lastZone = QByteArray(zoneText, zoneBytes);
                const QString name = QString::fromUtf8(lastZone);
                zone = int(data.zones.indexOf(name));
                if (zone < 0) {
                    zone = int(data.zones.size());
                    data.zones.push_back(name);
                }
                lastRow.clear();
            }
            seat.row = textOf(raw, 2);
            if (rowIndex < 0 || seat.row != lastRow) {
                ++rowIndex;
                lastRow = seat.row;
            } else {
                seat.row = lastRow; // shares the string
            }
            seat.number = textOf(raw, 3);
            seat.position = QPointF(sqlite3_column_double(raw, 4), sqlite3_column_double(raw, 5));
            seat.radius = float(sqlite3_column_int(raw, 6));
            seat.zone = zone;
            seat.rowIndex = rowIndex;
            seat.category = categoryIndex.value(sqlite3_column_int64(raw, 7), 0);
            seat.state = SeatState(qBound(0, sqlite3_column_int(raw, 8), 3));
            data.seats.push_back(std::move(seat));
        }
        sqlite3_finalize(raw);
        if (rc != SQLITE_DONE)
            return db.storageError(QStringLiteral("seat map"));
    }
    data.areas = areasOf(plan);
    return data;
}

Result<std::vector<SeatState>> SeatMapReader::readStates(SqliteDb &db, qint64 eventId)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT state FROM event_seats WHERE event_id = ? ORDER BY seat_id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, eventId);
    std::vector<SeatState> states;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        states.push_back(SeatState(qBound(qint64(0), s.columnInt(0), qint64(3))));
    });
    if (!r)
        return r.error();
    return states;
}

} // namespace tessera
