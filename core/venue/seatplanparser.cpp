// SPDX-License-Identifier: GPL-3.0-or-later
#include "venue/seatplanparser.h"

#include "venue/jsonpathreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>

namespace tessera {

namespace {

// Property names in schema order; the enums index these arrays.
enum PlanField { PlanName, PlanZones, PlanCategories, PlanSizeField };
constexpr std::array planFields{QLatin1String("name"), QLatin1String("zones"),
                                QLatin1String("categories"), QLatin1String("size")};

enum SizeField { SizeWidth, SizeHeight };
constexpr std::array sizeFields{QLatin1String("width"), QLatin1String("height")};

enum CategoryField { CategoryName, CategoryColor };
constexpr std::array categoryFields{QLatin1String("name"), QLatin1String("color")};

enum ZoneField { ZoneName, ZoneId, ZoneUuid, ZonePosition, ZoneRows, ZoneAreas };
constexpr std::array zoneFields{QLatin1String("name"), QLatin1String("zone_id"),
                                QLatin1String("uuid"), QLatin1String("position"),
                                QLatin1String("rows"), QLatin1String("areas")};

enum RowField { RowNumber, RowLabel, RowSeatLabel, RowUuid, RowSeats, RowNumberPosition, RowPos };
constexpr std::array rowFields{QLatin1String("row_number"), QLatin1String("row_label"),
                               QLatin1String("seat_label"), QLatin1String("uuid"),
                               QLatin1String("seats"),      QLatin1String("row_number_position"),
                               QLatin1String("position")};

enum SeatField { SeatGuid, SeatNumber, SeatUuid, SeatStart, SeatRadius, SeatPos, SeatCategory };
constexpr std::array seatFields{QLatin1String("seat_guid"), QLatin1String("seat_number"),
                                QLatin1String("uuid"),      QLatin1String("start_direction"),
                                QLatin1String("radius"),    QLatin1String("position"),
                                QLatin1String("category")};

enum PointField { PointX, PointY };
constexpr std::array pointFields{QLatin1String("x"), QLatin1String("y")};

enum AreaField {
    AreaColor,
    AreaBorderColor,
    AreaRotation,
    AreaPosition,
    AreaUuid,
    AreaShape,
    AreaPolygon,
    AreaRectangle,
    AreaEllipse,
    AreaCircle,
    AreaText
};
constexpr std::array areaFields{
    QLatin1String("color"),    QLatin1String("border_color"), QLatin1String("rotation"),
    QLatin1String("position"), QLatin1String("uuid"),         QLatin1String("shape"),
    QLatin1String("polygon"),  QLatin1String("rectangle"),    QLatin1String("ellipse"),
    QLatin1String("circle"),   QLatin1String("text")};
constexpr std::array areaShapes{QLatin1String("polygon"), QLatin1String("rectangle"),
                                QLatin1String("ellipse"), QLatin1String("circle"),
                                QLatin1String("text")};
constexpr std::array polygonFields{QLatin1String("points")};
constexpr std::array rectangleFields{QLatin1String("width"), QLatin1String("height")};
constexpr std::array ellipseFields{QLatin1String("radius")};
constexpr std::array circleFields{QLatin1String("radius")};
enum TextField { TextText, TextColor, TextSize, TextPosition };
constexpr std::array textFields{QLatin1String("text"), QLatin1String("color"),
                                QLatin1String("size"), QLatin1String("position")};

constexpr std::array rowNumberPositions{QLatin1String("start"), QLatin1String("end"),
                                        QLatin1String("both")};

// The object that owns a uuid or a seat guid, by indexes, so the first owner
// of a duplicate can be named without keeping a path string per object.
struct ObjectRef
{
    qsizetype zone = -1;
    qsizetype row = -1;
    qsizetype seat = -1;
    qsizetype area = -1;
};

// One parse: walks the document depth first, tracking the JSON path so every
// error can say where it is, and stops at the first error.
class PlanReader : public JsonPathReader
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SeatPlanParser)

public:
    Result<SeatPlan> read(const QJsonObject &root)
    {
        SeatPlan plan;
        if (!readPlan(root, plan))
            return error();
        return plan;
    }

private:
    static QString describe(const ObjectRef &ref)
    {
        QString path = QStringLiteral("zones[%1]").arg(ref.zone);
        if (ref.area >= 0)
            return path + QStringLiteral(".areas[%1]").arg(ref.area);
        if (ref.row >= 0)
            path += QStringLiteral(".rows[%1]").arg(ref.row);
        if (ref.seat >= 0)
            path += QStringLiteral(".seats[%1]").arg(ref.seat);
        return path;
    }

    bool readNullableString(const QJsonValue &value, QLatin1String key, NullableString &out)
    {
        if (value.isUndefined())
            out = NullableString::absent();
        else if (value.isNull())
            out = NullableString::null();
        else if (value.isString())
            out = NullableString::of(value.toString());
        else
            return wrongType(key, value, tr("a string or null"));
        return true;
    }

    bool readPoint(const QJsonValue &value, QLatin1String key, PlanPoint &out)
    {
        PathScope scope(*this, key);
        std::array<QJsonValue, pointFields.size()> fields;
        if (!takeObject(value, pointFields, fields))
            return false;
        return require(fields[PointX], pointFields[PointX]) &&
               require(fields[PointY], pointFields[PointY]) &&
               readNumber(fields[PointX], pointFields[PointX], out.x) &&
               readNumber(fields[PointY], pointFields[PointY], out.y);
    }

    // Records the uuid of the current object (m_owner), refusing a second
    // use anywhere in the plan: the schema forbids it even across kinds.
    bool registerUuid(const std::optional<QString> &uuid)
    {
        if (!uuid)
            return true;
        const qsizetype before = m_uuids.size();
        ObjectRef &slot = m_uuids[*uuid];
        if (m_uuids.size() != before) {
            slot = m_owner;
            return true;
        }
        return fail(ErrorCode::DuplicateId,
                    tr("The uuid \"%1\" is used twice, by %2 and by %3; uuids must be unique "
                       "across all objects.")
                        .arg(*uuid, describe(slot), currentPath()),
                    pathTo(QStringLiteral("uuid")));
    }

    bool readPlan(const QJsonObject &root, SeatPlan &plan)
    {
        std::array<QJsonValue, planFields.size()> fields;
        if (!takeFields(root, planFields, fields))
            return false;
        for (PlanField field : {PlanZones, PlanName, PlanCategories, PlanSizeField}) {
            if (!require(fields[field], planFields[field]))
                return false;
        }
        return readString(fields[PlanName], planFields[PlanName], plan.name) &&
               readSize(fields[PlanSizeField], plan.size) &&
               readCategories(fields[PlanCategories], plan.categories) &&
               readZones(fields[PlanZones], plan.zones);
    }

    bool readSize(const QJsonValue &value, PlanSize &size)
    {
        PathScope scope(*this, planFields[PlanSizeField]);
        std::array<QJsonValue, sizeFields.size()> fields;
        return takeObject(value, sizeFields, fields) &&
               require(fields[SizeWidth], sizeFields[SizeWidth]) &&
               require(fields[SizeHeight], sizeFields[SizeHeight]) &&
               readInteger(fields[SizeWidth], sizeFields[SizeWidth], size.width) &&
               readInteger(fields[SizeHeight], sizeFields[SizeHeight], size.height);
    }

    bool readCategories(const QJsonValue &value, QList<PlanCategory> &categories)
    {
        if (!value.isArray())
            return wrongType(planFields[PlanCategories], value, tr("an array"));
        PathScope scope(*this, planFields[PlanCategories]);
        const QJsonArray array = value.toArray();
        categories.reserve(array.size());
        QHash<QString, qsizetype> firstIndex;
        for (qsizetype i = 0; i < array.size(); ++i) {
            PathScope item(*this, i);
            std::array<QJsonValue, categoryFields.size()> fields;
            PlanCategory category;
            if (!takeObject(array.at(i), categoryFields, fields) ||
                !require(fields[CategoryName], categoryFields[CategoryName]) ||
                !readString(fields[CategoryName], categoryFields[CategoryName], category.name) ||
                !readOptionalString(fields[CategoryColor], categoryFields[CategoryColor],
                                    category.color)) {
                return false;
            }
            if (category.name.isEmpty()) {
                return fail(ErrorCode::InvalidInput,
                            tr("The category name is empty; seats refer to categories by name."),
                            pathTo(categoryFields[CategoryName]));
            }
            if (const auto it = firstIndex.constFind(category.name); it != firstIndex.cend()) {
                return fail(ErrorCode::DuplicateId,
                            tr("The category \"%1\" is defined twice, as categories[%2] and "
                               "categories[%3].")
                                .arg(category.name, QString::number(*it), QString::number(i)),
                            pathTo(categoryFields[CategoryName]));
            }
            firstIndex.insert(category.name, i);
            m_categories.insert(category.name);
            categories.append(std::move(category));
        }
        return true;
    }

    bool readZones(const QJsonValue &value, QList<PlanZone> &zones)
    {
        if (!value.isArray())
            return wrongType(planFields[PlanZones], value, tr("an array"));
        PathScope scope(*this, planFields[PlanZones]);
        const QJsonArray array = value.toArray();
        zones.reserve(array.size());
        reserveIdentities(array);
        for (qsizetype i = 0; i < array.size(); ++i) {
            PathScope item(*this, i);
            m_owner = ObjectRef{i, -1, -1, -1};
            PlanZone zone;
            if (!readZone(array.at(i), zone))
                return false;
            zones.append(std::move(zone));
        }
        return true;
    }

    // Sizes the guid and uuid indexes up front: growing them seat by seat
    // rehashes tens of thousands of strings several times on a stadium.
    void reserveIdentities(const QJsonArray &zones)
    {
        qsizetype seats = 0;
        for (const QJsonValue &zone : zones) {
            const QJsonArray rows = zone.toObject().value(zoneFields[ZoneRows]).toArray();
            for (const QJsonValue &row : rows)
                seats += row.toObject().value(rowFields[RowSeats]).toArray().size();
        }
        m_seatGuids.reserve(seats);
        m_uuids.reserve(seats);
    }

    bool readZone(const QJsonValue &value, PlanZone &zone)
    {
        std::array<QJsonValue, zoneFields.size()> fields;
        if (!takeObject(value, zoneFields, fields) ||
            !require(fields[ZonePosition], zoneFields[ZonePosition]) ||
            !require(fields[ZoneRows], zoneFields[ZoneRows]) ||
            !readOptionalString(fields[ZoneName], zoneFields[ZoneName], zone.name) ||
            !readOptionalString(fields[ZoneId], zoneFields[ZoneId], zone.zoneId) ||
            !readOptionalString(fields[ZoneUuid], zoneFields[ZoneUuid], zone.uuid) ||
            !registerUuid(zone.uuid) ||
            !readPoint(fields[ZonePosition], zoneFields[ZonePosition], zone.position)) {
            return false;
        }
        const QJsonValue &rows = fields[ZoneRows];
        if (!rows.isArray())
            return wrongType(zoneFields[ZoneRows], rows, tr("an array"));
        {
            PathScope scope(*this, zoneFields[ZoneRows]);
            const QJsonArray array = rows.toArray();
            zone.rows.reserve(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                PathScope item(*this, i);
                m_owner.row = i;
                m_owner.seat = -1;
                PlanRow row;
                if (!readRow(array.at(i), row))
                    return false;
                zone.rows.append(std::move(row));
            }
        }
        m_owner.row = -1;
        m_owner.seat = -1;
        const QJsonValue &areas = fields[ZoneAreas];
        if (areas.isUndefined())
            return true;
        if (!areas.isArray())
            return wrongType(zoneFields[ZoneAreas], areas, tr("an array"));
        PathScope scope(*this, zoneFields[ZoneAreas]);
        const QJsonArray array = areas.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            PathScope item(*this, i);
            m_owner.area = i;
            if (!checkArea(array.at(i)))
                return false;
        }
        m_owner.area = -1;
        zone.areas = array;
        return true;
    }

    bool readRow(const QJsonValue &value, PlanRow &row)
    {
        std::array<QJsonValue, rowFields.size()> fields;
        if (!takeObject(value, rowFields, fields) ||
            !require(fields[RowSeats], rowFields[RowSeats]) ||
            !require(fields[RowNumber], rowFields[RowNumber]) ||
            !readString(fields[RowNumber], rowFields[RowNumber], row.rowNumber) ||
            !readNullableString(fields[RowLabel], rowFields[RowLabel], row.rowLabel) ||
            !readNullableString(fields[RowSeatLabel], rowFields[RowSeatLabel], row.seatLabel) ||
            !readOptionalString(fields[RowUuid], rowFields[RowUuid], row.uuid) ||
            !registerUuid(row.uuid) ||
            !readNullableString(fields[RowNumberPosition], rowFields[RowNumberPosition],
                                row.rowNumberPosition)) {
            return false;
        }
        if (row.rowNumberPosition.hasText() &&
            !contains(rowNumberPositions, row.rowNumberPosition.text)) {
            return fail(ErrorCode::InvalidInput,
                        tr("\"row_number_position\" must be \"start\", \"end\", \"both\" or null, "
                           "not \"%1\".")
                            .arg(row.rowNumberPosition.text),
                        pathTo(rowFields[RowNumberPosition]));
        }
        if (!fields[RowPos].isUndefined()) {
            PlanPoint position;
            if (!readPoint(fields[RowPos], rowFields[RowPos], position))
                return false;
            row.position = position;
        }
        const QJsonValue &seats = fields[RowSeats];
        if (!seats.isArray())
            return wrongType(rowFields[RowSeats], seats, tr("an array"));
        PathScope scope(*this, rowFields[RowSeats]);
        const QJsonArray array = seats.toArray();
        row.seats.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            PathScope item(*this, i);
            m_owner.seat = i;
            PlanSeat seat;
            if (!readSeat(array.at(i), seat))
                return false;
            row.seats.append(std::move(seat));
        }
        return true;
    }

    bool readSeat(const QJsonValue &value, PlanSeat &seat)
    {
        std::array<QJsonValue, seatFields.size()> fields;
        if (!takeObject(value, seatFields, fields) ||
            !require(fields[SeatGuid], seatFields[SeatGuid]) ||
            !require(fields[SeatNumber], seatFields[SeatNumber]) ||
            !require(fields[SeatPos], seatFields[SeatPos]) ||
            !require(fields[SeatCategory], seatFields[SeatCategory]) ||
            !readString(fields[SeatGuid], seatFields[SeatGuid], seat.seatGuid) ||
            !readString(fields[SeatNumber], seatFields[SeatNumber], seat.seatNumber) ||
            !readOptionalString(fields[SeatUuid], seatFields[SeatUuid], seat.uuid) ||
            !readNullableString(fields[SeatStart], seatFields[SeatStart], seat.startDirection) ||
            !readOptionalInteger(fields[SeatRadius], seatFields[SeatRadius], seat.radius) ||
            !readPoint(fields[SeatPos], seatFields[SeatPos], seat.position) ||
            !readString(fields[SeatCategory], seatFields[SeatCategory], seat.category)) {
            return false;
        }
        if (seat.seatGuid.isEmpty()) {
            return fail(ErrorCode::InvalidInput,
                        tr("The seat guid is empty; every seat needs a guid that identifies it."),
                        pathTo(seatFields[SeatGuid]));
        }
        const qsizetype before = m_seatGuids.size();
        ObjectRef &first = m_seatGuids[seat.seatGuid];
        if (m_seatGuids.size() == before) {
            return fail(ErrorCode::DuplicateId,
                        tr("The seat guid \"%1\" is used twice, by %2 and by %3.")
                            .arg(seat.seatGuid, describe(first), currentPath()),
                        pathTo(seatFields[SeatGuid]));
        }
        first = m_owner;
        const auto category = m_categories.constFind(seat.category);
        if (category == m_categories.cend()) {
            QStringList known(m_categories.cbegin(), m_categories.cend());
            known.sort();
            return fail(ErrorCode::UnknownReference,
                        tr("The category \"%1\" is not defined; the plan's categories are: %2.")
                            .arg(seat.category, known.join(QStringLiteral(", "))),
                        pathTo(seatFields[SeatCategory]));
        }
        // Share the category's string instead of holding one copy per seat.
        seat.category = *category;
        return registerUuid(seat.uuid);
    }

    // Areas are kept as JSON, but still checked against the schema so a plan
    // that is accepted is one pretix would accept.
    bool checkArea(const QJsonValue &value)
    {
        std::array<QJsonValue, areaFields.size()> fields;
        std::optional<QString> text;
        PlanPoint point;
        double number = 0;
        if (!takeObject(value, areaFields, fields) ||
            !readOptionalString(fields[AreaColor], areaFields[AreaColor], text) ||
            !readOptionalString(fields[AreaBorderColor], areaFields[AreaBorderColor], text) ||
            (!fields[AreaRotation].isUndefined() &&
             !readNumber(fields[AreaRotation], areaFields[AreaRotation], number)) ||
            (!fields[AreaPosition].isUndefined() &&
             !readPoint(fields[AreaPosition], areaFields[AreaPosition], point))) {
            return false;
        }
        std::optional<QString> uuid;
        if (!readOptionalString(fields[AreaUuid], areaFields[AreaUuid], uuid) ||
            !registerUuid(uuid)) {
            return false;
        }
        std::optional<QString> shape;
        if (!readOptionalString(fields[AreaShape], areaFields[AreaShape], shape))
            return false;
        if (shape && !contains(areaShapes, *shape)) {
            return fail(
                ErrorCode::InvalidInput,
                tr("\"shape\" must be one of %1, not \"%2\".").arg(joined(areaShapes), *shape),
                pathTo(areaFields[AreaShape]));
        }
        return checkPolygon(fields[AreaPolygon]) && checkRectangle(fields[AreaRectangle]) &&
               checkEllipse(fields[AreaEllipse]) && checkCircle(fields[AreaCircle]) &&
               checkText(fields[AreaText]);
    }

    bool checkPolygon(const QJsonValue &value)
    {
        if (value.isUndefined())
            return true;
        PathScope scope(*this, areaFields[AreaPolygon]);
        std::array<QJsonValue, polygonFields.size()> fields;
        if (!takeObject(value, polygonFields, fields) || !require(fields[0], polygonFields[0]))
            return false;
        if (!fields[0].isArray())
            return wrongType(polygonFields[0], fields[0], tr("an array"));
        PathScope points(*this, polygonFields[0]);
        const QJsonArray array = fields[0].toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            PathScope item(*this, i);
            std::array<QJsonValue, pointFields.size()> point;
            double coordinate = 0;
            if (!takeObject(array.at(i), pointFields, point) ||
                !require(point[PointX], pointFields[PointX]) ||
                !require(point[PointY], pointFields[PointY]) ||
                !readNumber(point[PointX], pointFields[PointX], coordinate) ||
                !readNumber(point[PointY], pointFields[PointY], coordinate)) {
                return false;
            }
        }
        return true;
    }

    bool checkRectangle(const QJsonValue &value)
    {
        if (value.isUndefined())
            return true;
        PathScope scope(*this, areaFields[AreaRectangle]);
        std::array<QJsonValue, rectangleFields.size()> fields;
        int length = 0;
        return takeObject(value, rectangleFields, fields) &&
               require(fields[0], rectangleFields[0]) && require(fields[1], rectangleFields[1]) &&
               readInteger(fields[0], rectangleFields[0], length) &&
               readInteger(fields[1], rectangleFields[1], length);
    }

    bool checkEllipse(const QJsonValue &value)
    {
        if (value.isUndefined())
            return true;
        PathScope scope(*this, areaFields[AreaEllipse]);
        std::array<QJsonValue, ellipseFields.size()> fields;
        PlanPoint radius;
        return takeObject(value, ellipseFields, fields) && require(fields[0], ellipseFields[0]) &&
               readPoint(fields[0], ellipseFields[0], radius);
    }

    bool checkCircle(const QJsonValue &value)
    {
        if (value.isUndefined())
            return true;
        PathScope scope(*this, areaFields[AreaCircle]);
        std::array<QJsonValue, circleFields.size()> fields;
        int radius = 0;
        return takeObject(value, circleFields, fields) && require(fields[0], circleFields[0]) &&
               readInteger(fields[0], circleFields[0], radius);
    }

    bool checkText(const QJsonValue &value)
    {
        if (value.isUndefined())
            return true;
        PathScope scope(*this, areaFields[AreaText]);
        std::array<QJsonValue, textFields.size()> fields;
        QString text;
        std::optional<QString> color;
        std::optional<int> size;
        PlanPoint position;
        return takeObject(value, textFields, fields) &&
               require(fields[TextText], textFields[TextText]) &&
               require(fields[TextPosition], textFields[TextPosition]) &&
               readString(fields[TextText], textFields[TextText], text) &&
               readOptionalString(fields[TextColor], textFields[TextColor], color) &&
               readOptionalInteger(fields[TextSize], textFields[TextSize], size) &&
               readPoint(fields[TextPosition], textFields[TextPosition], position);
    }

    ObjectRef m_owner;
    QSet<QString> m_categories;
    QHash<QString, ObjectRef> m_seatGuids;
    QHash<QString, ObjectRef> m_uuids;
};

Error malformedJson(const QByteArray &json, const QJsonParseError &parseError)
{
    // QJsonParseError gives the byte offset just past the character it choked
    // on; people and editors want that character's line and column, counted
    // in characters so UTF-8 text earlier on the line does not shift it.
    qsizetype index =
        qBound(qsizetype(0), qsizetype(parseError.offset) - 1, qMax(json.size() - 1, qsizetype(0)));
    while (index > 0 && (uchar(json.at(index)) & 0xC0) == 0x80)
        --index; // back to the first byte of a multi-byte character
    const QByteArrayView before(json.constData(), index);
    const qsizetype line = std::count(before.begin(), before.end(), '\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return Error{ErrorCode::InvalidJson,
                 QCoreApplication::translate("tessera::SeatPlanParser",
                                             "The seating plan is not valid JSON: %1.")
                     .arg(parseError.errorString()),
                 QCoreApplication::translate("tessera::SeatPlanParser", "line %1, column %2")
                     .arg(line)
                     .arg(column)};
}

} // namespace

Result<SeatPlan> SeatPlanParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformedJson(json, parseError);
    if (!document.isObject()) {
        return Error{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("tessera::SeatPlanParser",
                                        "A seating plan must be a JSON object, not %1.")
                .arg(
                    document.isArray()
                        ? QCoreApplication::translate("tessera::SeatPlanParser", "an array")
                        : QCoreApplication::translate("tessera::SeatPlanParser", "a single value")),
            QString()};
    }
    return PlanReader().read(document.object());
}

} // namespace tessera
