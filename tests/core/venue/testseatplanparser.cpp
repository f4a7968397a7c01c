// SPDX-License-Identifier: GPL-3.0-or-later
#include "venue/seatplanparser.h"

#include "jsonschemachecker.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace tessera;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray fixtureJson()
{
    return readFile(test::fixturePath(QStringLiteral("seatplans/small-hall.json")));
}

QJsonObject fixtureObject()
{
    return QJsonDocument::fromJson(fixtureJson()).object();
}

// One step of a path like "zones[0].rows[1].seats[2].category".
struct PathToken
{
    QString key;
    qsizetype index = -1;
};

QList<PathToken> tokenize(const QString &path)
{
    QList<PathToken> tokens;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        qsizetype bracket = part.indexOf(QLatin1Char('['));
        tokens.append({part.left(bracket), -1});
        while (bracket >= 0) {
            const qsizetype close = part.indexOf(QLatin1Char(']'), bracket);
            tokens.append({QString(), part.mid(bracket + 1, close - bracket - 1).toLongLong()});
            bracket = part.indexOf(QLatin1Char('['), close);
        }
    }
    return tokens;
}

QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue node = root;
    for (const PathToken &token : tokenize(path)) {
        if (token.index >= 0) {
            const QJsonArray array = node.toArray();
            if (token.index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            node = array.at(token.index);
        } else {
            node = node.toObject().value(token.key);
        }
    }
    return node;
}

// A copy of node with the value at path replaced (or removed when there is no
// replacement); objects and arrays are values in Qt, so the spine is rebuilt.
QJsonValue edited(const QJsonValue &node, const QList<PathToken> &path, qsizetype at,
                  const std::optional<QJsonValue> &replacement)
{
    const PathToken &token = path.at(at);
    const bool last = at == path.size() - 1;
    if (token.index >= 0) {
        QJsonArray array = node.toArray();
        if (!last)
            array.replace(token.index, edited(array.at(token.index), path, at + 1, replacement));
        else if (replacement)
            array.replace(token.index, *replacement);
        else
            array.removeAt(token.index);
        return array;
    }
    QJsonObject object = node.toObject();
    if (!last)
        object.insert(token.key, edited(object.value(token.key), path, at + 1, replacement));
    else if (replacement)
        object.insert(token.key, *replacement);
    else
        object.remove(token.key);
    return object;
}

QByteArray fixtureWith(const QString &path, const std::optional<QJsonValue> &replacement)
{
    const QJsonValue root = edited(fixtureObject(), tokenize(path), 0, replacement);
    return QJsonDocument(root.toObject()).toJson();
}

// A JSON literal as written in a data row ("\"600\"", "10.5", "null").
QJsonValue literal(const QString &json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]")).array().at(0);
}

Error parseError(const QByteArray &json)
{
    const Result<SeatPlan> result = SeatPlanParser::parse(json);
    if (result.ok())
        return Error{ErrorCode::NotFound, QStringLiteral("the plan was accepted"), QString()};
    return result.error();
}

} // namespace

class TestSeatPlanParser : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsReadFieldForField()
    {
        const Result<SeatPlan> result = SeatPlanParser::parse(fixtureJson());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const SeatPlan &plan = result.value();

        QCOMPARE(plan.name, QStringLiteral("Small Hall"));
        QCOMPARE(plan.size, (PlanSize{600, 400}));
        QCOMPARE(plan.categories.size(), 3);
        QCOMPARE(plan.categories.at(0).name, QStringLiteral("Front"));
        QCOMPARE(plan.categories.at(0).color, std::optional(QStringLiteral("#d35400")));
        QCOMPARE(plan.categories.at(2).name, QStringLiteral("Box"));
        QVERIFY(!plan.categories.at(2).color.has_value());
        QCOMPARE(plan.seatCount(), 14);

        QCOMPARE(plan.zones.size(), 2);
        const PlanZone &main = plan.zones.at(0);
        QCOMPARE(main.name, std::optional(QStringLiteral("Main floor")));
        QCOMPARE(main.zoneId, std::optional(QStringLiteral("main")));
        QCOMPARE(main.uuid, std::optional(QStringLiteral("3f1c9d52-7a4e-4b0e-9c1a-5d2e8f6b7a01")));
        QCOMPARE(main.position, (PlanPoint{50, 120}));
        QVERIFY(main.areas.has_value());
        QCOMPARE(*main.areas, fixtureObject()
                                  .value(QLatin1String("zones"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("areas"))
                                  .toArray());
        QCOMPARE(main.rows.size(), 3);

        const PlanRow &first = main.rows.at(0);
        QCOMPARE(first.rowNumber, QStringLiteral("1"));
        QCOMPARE(first.rowLabel, NullableString::of(QStringLiteral("Row 1")));
        QCOMPARE(first.seatLabel, NullableString::of(QStringLiteral("Seat %s")));
        QCOMPARE(first.rowNumberPosition, NullableString::of(QStringLiteral("start")));
        QCOMPARE(first.position, std::optional(PlanPoint{0, 0}));
        QCOMPARE(first.seats.at(0).startDirection, NullableString::of(QStringLiteral(">")));
        QCOMPARE(first.seats.at(3).startDirection, NullableString::of(QStringLiteral("<")));
        QCOMPARE(first.seats.at(3).uuid,
                 std::optional(QStringLiteral("3f1c9d52-7a4e-4b0e-9c1a-5d2e8f6b7a14")));

        const PlanRow &second = main.rows.at(1);
        QVERIFY(second.rowLabel.isNull());
        QVERIFY(second.seatLabel.isNull());
        QVERIFY(second.rowNumberPosition.isNull());
        QVERIFY(second.seats.at(0).startDirection.isNull());
        QVERIFY(second.seats.at(1).startDirection.isAbsent());
        QCOMPARE(second.seats.at(1).radius, std::optional(12));
        QCOMPARE(second.seats.at(1).effectiveRadius(), 12);
        QVERIFY(!second.seats.at(2).radius.has_value());
        QCOMPARE(second.seats.at(2).effectiveRadius(), PlanSeat::DefaultRadius);
        QCOMPARE(second.seats.at(2).seatGuid, QStringLiteral("main-2-3"));
        QCOMPARE(second.seats.at(2).seatNumber, QStringLiteral("3"));
        QCOMPARE(second.seats.at(2).category, QStringLiteral("Back"));
        QCOMPARE(second.seats.at(2).position, (PlanPoint{150, 0}));

        const PlanRow &third = main.rows.at(2);
        QVERIFY(third.rowLabel.isAbsent());
        QVERIFY(third.seatLabel.isAbsent());
        QVERIFY(third.rowNumberPosition.isAbsent());
        QVERIFY(!third.uuid.has_value());
        QVERIFY(!third.position.has_value());
        QCOMPARE(third.seats.at(0).position, (PlanPoint{112.5, 60}));

        const PlanZone &boxes = plan.zones.at(1);
        QVERIFY(!boxes.zoneId.has_value());
        QVERIFY(!boxes.uuid.has_value());
        QVERIFY(!boxes.areas.has_value());
        QCOMPARE(boxes.rows.at(0).seats.at(2).seatGuid, QStringLiteral("box-B-3"));
    }

    void seatPositionsAddUpZoneRowAndSeatOffsets()
    {
        const Result<SeatPlan> result = SeatPlanParser::parse(fixtureJson());
        QVERIFY(result.ok());
        QCOMPARE(result->absolutePosition({0, 1, 2}), (PlanPoint{50 + 0 + 150, 120 + 30 + 0}));
        QCOMPARE(result->absolutePosition({0, 2, 0}), (PlanPoint{50 + 112.5, 120 + 60}));
        const QList<PlanSeatIndex> indexes = result->seatIndexes();
        QCOMPARE(indexes.size(), 14);
        QCOMPARE(indexes.at(6), (PlanSeatIndex{0, 1, 2}));
        QCOMPARE(result->seatAt(indexes.at(6)).seatGuid, QStringLiteral("main-2-3"));
    }

    void fixtureConformsToTheSharedSchema()
    {
        const QString schema =
            test::sharedDataDir() + QStringLiteral("/pretix-seating-plan.schema.json");
        if (!QFile::exists(schema))
            QSKIP("The pretix schema was not found when CMake configured.");
        const auto checker = test::JsonSchemaChecker::fromFile(schema);
        QVERIFY(checker.isLoaded());
        const QStringList problems = checker.check(fixtureObject());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void schemaCheckerFlagsPropertiesTheSchemaForbids()
    {
        const QString schema =
            test::sharedDataDir() + QStringLiteral("/pretix-seating-plan.schema.json");
        if (!QFile::exists(schema))
            QSKIP("The pretix schema was not found when CMake configured.");
        const auto checker = test::JsonSchemaChecker::fromFile(schema);
        const QJsonValue misspelt =
            QJsonDocument::fromJson(fixtureWith(QStringLiteral("zones[0].rows[1].seats[2]."
                                                               "seat_nubmer"),
                                                QJsonValue(QStringLiteral("3"))))
                .object();
        QCOMPARE(checker.check(misspelt),
                 QStringList{QStringLiteral("zones[0].rows[1].seats[2].seat_nubmer: property "
                                            "not allowed")});
    }

    void emptyPlanIsAccepted()
    {
        const Result<SeatPlan> result = SeatPlanParser::parse(
            QByteArray(R"({"name": "", "size": {"width": 0, "height": 0}, "categories": [],
                           "zones": []})"));
        QVERIFY(result.ok());
        QCOMPARE(result->seatCount(), 0);
    }

    void malformedJsonIsRefusedWithLineAndColumn()
    {
        const Error error = parseError(QByteArray("{\n  \"name\": \"x\",\n  \"zones\": [,]\n}"));
        QCOMPARE(error.code, ErrorCode::InvalidJson);
        QCOMPARE(error.where, QStringLiteral("line 3, column 13"));
        QVERIFY2(error.message.contains(QLatin1String("illegal value")), qPrintable(error.message));
    }

    void malformedJsonColumnCountsCharactersNotBytes()
    {
        const Error error = parseError(QByteArray("{\n \"a\": \"\xc3\xa9\xc3\xa9\" x}"));
        QCOMPARE(error.code, ErrorCode::InvalidJson);
        QCOMPARE(error.where, QStringLiteral("line 2, column 12"));
    }

    void emptyInputIsRefusedAsMalformedJson()
    {
        const Error error = parseError(QByteArray());
        QCOMPARE(error.code, ErrorCode::InvalidJson);
        QCOMPARE(error.where, QStringLiteral("line 1, column 1"));
    }

    void rootThatIsNotAnObjectIsRefused()
    {
        const Error error = parseError(QByteArray("[{\"name\": \"x\"}]"));
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QVERIFY(error.where.isEmpty());
        QVERIFY2(error.message.contains(QLatin1String("an array")), qPrintable(error.message));
    }

    void missingRequiredFieldIsRefusedWithItsPath_data()
    {
        QTest::addColumn<QString>("path");
        const char *paths[] = {"name",
                               "zones",
                               "categories",
                               "size",
                               "size.width",
                               "size.height",
                               "categories[2].name",
                               "zones[1].position",
                               "zones[1].rows",
                               "zones[0].position.y",
                               "zones[0].rows[0].position.x",
                               "zones[0].rows[1].row_number",
                               "zones[0].rows[1].seats",
                               "zones[0].rows[1].seats[2].seat_guid",
                               "zones[0].rows[1].seats[2].seat_number",
                               "zones[0].rows[1].seats[2].position",
                               "zones[0].rows[1].seats[2].position.x",
                               "zones[0].rows[1].seats[2].category",
                               "zones[0].areas[0].rectangle.width",
                               "zones[0].areas[1].text.text",
                               "zones[0].areas[1].text.position",
                               "zones[0].areas[2].polygon.points",
                               "zones[0].areas[3].ellipse.radius",
                               "zones[0].areas[4].circle.radius"};
        for (const char *path : paths)
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void missingRequiredFieldIsRefusedWithItsPath()
    {
        QFETCH(QString, path);
        QVERIFY2(!valueAt(fixtureObject(), path).isUndefined(), "the fixture lacks that path");
        const Error error = parseError(fixtureWith(path, std::nullopt));
        QCOMPARE(error.code, ErrorCode::MissingField);
        QCOMPARE(error.where, path);
        const QString property = path.section(QLatin1Char('.'), -1);
        QVERIFY2(error.message.contains(QLatin1Char('"') + property + QLatin1Char('"')),
                 qPrintable(error.message));
    }

    void wrongTypeIsRefusedWithItsPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("where");
        const auto row = [](const char *name, const char *path, const char *value,
                            const char *where = nullptr) {
            QTest::newRow(name) << QString::fromLatin1(path) << QString::fromLatin1(value)
                                << QString::fromLatin1(where ? where : path);
        };
        row("name number", "name", "5");
        row("width string", "size.width", "\"600\"");
        row("height fraction", "size.height", "10.5");
        row("height too large", "size.height", "1e12");
        row("size array", "size", "[600, 400]");
        row("zones object", "zones", "{}");
        row("zone string", "zones[1]", "\"balcony\"");
        row("category object", "categories[0]", "\"Front\"");
        row("category color number", "categories[0].color", "1");
        row("zone name bool", "zones[0].name", "true");
        row("zone id null", "zones[0].zone_id", "null");
        row("rows null", "zones[0].rows", "null");
        row("row number int", "zones[0].rows[1].row_number", "2");
        row("row label number", "zones[0].rows[1].row_label", "3");
        row("row number position enum", "zones[0].rows[0].row_number_position", "\"middle\"");
        row("seats object", "zones[0].rows[1].seats", "{}");
        row("seat array", "zones[0].rows[1].seats[2]", "[]");
        row("seat number int", "zones[0].rows[1].seats[2].seat_number", "3");
        row("seat guid int", "zones[0].rows[1].seats[2].seat_guid", "23");
        row("seat uuid null", "zones[0].rows[1].seats[2].uuid", "null");
        row("start direction bool", "zones[0].rows[1].seats[2].start_direction", "false");
        row("radius fraction", "zones[0].rows[1].seats[2].radius", "10.5");
        row("radius string", "zones[0].rows[1].seats[2].radius", "\"10\"");
        row("position array", "zones[0].rows[1].seats[2].position", "[1, 2]");
        row("position x string", "zones[0].rows[1].seats[2].position.x", "\"1\"");
        row("category number", "zones[0].rows[1].seats[2].category", "7");
        row("areas object", "zones[0].areas", "{}");
        row("area rotation string", "zones[0].areas[0].rotation", "\"0\"");
        row("area shape enum", "zones[0].areas[0].shape", "\"hexagon\"");
        row("polygon point y string", "zones[0].areas[2].polygon.points[1].y", "\"0\"");
        row("text size fraction", "zones[0].areas[1].text.size", "1.5");
    }

    void wrongTypeIsRefusedWithItsPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, where);
        const Error error = parseError(fixtureWith(path, literal(value)));
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QCOMPARE(error.where, where);
        QVERIFY(!error.message.isEmpty());
    }

    void wrongTypeMessageSaysWhatWasExpectedAndFound()
    {
        const Error error = parseError(
            fixtureWith(QStringLiteral("zones[0].rows[1].seats[2].seat_number"), QJsonValue(3)));
        QCOMPARE(error.message, QStringLiteral("\"seat_number\" must be a string, not a number."));
    }

    void unknownPropertyIsRefusedWithItsName_data()
    {
        QTest::addColumn<QString>("path");
        const char *paths[] = {"extra",
                               "size.depth",
                               "categories[0].price",
                               "zones[1].label",
                               "zones[0].rows[1].seat_lable",
                               "zones[0].rows[1].seats[2].seat_nubmer",
                               "zones[0].rows[0].position.z",
                               "zones[0].areas[0].opacity",
                               "zones[0].areas[0].rectangle.depth",
                               "zones[0].areas[1].text.font"};
        for (const char *path : paths)
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void unknownPropertyIsRefusedWithItsName()
    {
        QFETCH(QString, path);
        QVERIFY(valueAt(fixtureObject(), path).isUndefined());
        const Error error = parseError(fixtureWith(path, QJsonValue(QStringLiteral("3"))));
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QCOMPARE(error.where, path);
        const QString property = path.section(QLatin1Char('.'), -1);
        QVERIFY2(error.message.contains(QLatin1Char('"') + property + QLatin1Char('"')),
                 qPrintable(error.message));
    }

    void misspeltSeatPropertyMessageListsTheAllowedOnes()
    {
        const Error error =
            parseError(fixtureWith(QStringLiteral("zones[0].rows[1].seats[2].seat_nubmer"),
                                   QJsonValue(QStringLiteral("3"))));
        QVERIFY2(error.message.contains(QLatin1String("seat_number")), qPrintable(error.message));
    }

    void duplicateSeatGuidIsRefusedNamingBothSeats()
    {
        const Error error =
            parseError(fixtureWith(QStringLiteral("zones[1].rows[0].seats[1].seat_guid"),
                                   QJsonValue(QStringLiteral("main-1-3"))));
        QCOMPARE(error.code, ErrorCode::DuplicateId);
        QCOMPARE(error.where, QStringLiteral("zones[1].rows[0].seats[1].seat_guid"));
        QVERIFY2(error.message.contains(QLatin1String("\"main-1-3\"")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("zones[0].rows[0].seats[2]")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("zones[1].rows[0].seats[1]")),
                 qPrintable(error.message));
    }

    void duplicateSeatGuidInOneRowIsRefused()
    {
        const Error error =
            parseError(fixtureWith(QStringLiteral("zones[0].rows[2].seats[2].seat_guid"),
                                   QJsonValue(QStringLiteral("main-3-1"))));
        QCOMPARE(error.code, ErrorCode::DuplicateId);
        QCOMPARE(error.where, QStringLiteral("zones[0].rows[2].seats[2].seat_guid"));
        QVERIFY2(error.message.contains(QLatin1String("zones[0].rows[2].seats[0]")),
                 qPrintable(error.message));
    }

    void emptySeatGuidIsRefused()
    {
        const Error error = parseError(fixtureWith(
            QStringLiteral("zones[0].rows[1].seats[2].seat_guid"), QJsonValue(QString())));
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QCOMPARE(error.where, QStringLiteral("zones[0].rows[1].seats[2].seat_guid"));
    }

    void duplicateCategoryNameIsRefused()
    {
        const Error error = parseError(
            fixtureWith(QStringLiteral("categories[2].name"), QJsonValue(QStringLiteral("Front"))));
        QCOMPARE(error.code, ErrorCode::DuplicateId);
        QCOMPARE(error.where, QStringLiteral("categories[2].name"));
        QVERIFY2(error.message.contains(QLatin1String("categories[0]")), qPrintable(error.message));
    }

    void emptyCategoryNameIsRefused()
    {
        const Error error =
            parseError(fixtureWith(QStringLiteral("categories[1].name"), QJsonValue(QString())));
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QCOMPARE(error.where, QStringLiteral("categories[1].name"));
    }

    void seatInUndefinedCategoryIsRefused_data()
    {
        QTest::addColumn<QString>("category");
        QTest::newRow("unknown") << QStringLiteral("Balcony");
        QTest::newRow("different case") << QStringLiteral("front");
    }

    void seatInUndefinedCategoryIsRefused()
    {
        QFETCH(QString, category);
        const Error error = parseError(fixtureWith(
            QStringLiteral("zones[0].rows[1].seats[2].category"), QJsonValue(category)));
        QCOMPARE(error.code, ErrorCode::UnknownReference);
        QCOMPARE(error.where, QStringLiteral("zones[0].rows[1].seats[2].category"));
        QVERIFY2(error.message.contains(QLatin1Char('"') + category + QLatin1Char('"')),
                 qPrintable(error.message));
    }

    void duplicateUuidAcrossObjectsIsRefusedNamingBoth_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("firstOwner");
        QTest::newRow("seat reuses its zone's")
            << QStringLiteral("zones[0].rows[0].seats[3].uuid")
            << QStringLiteral("3f1c9d52-7a4e-4b0e-9c1a-5d2e8f6b7a01")
            << QStringLiteral("zones[0].rows[0].seats[3].uuid") << QStringLiteral("zones[0]");
        QTest::newRow("two seats") << QStringLiteral("zones[0].rows[2].seats[1].uuid")
                                   << QStringLiteral("3f1c9d52-7a4e-4b0e-9c1a-5d2e8f6b7a12")
                                   << QStringLiteral("zones[0].rows[2].seats[1].uuid")
                                   << QStringLiteral("zones[0].rows[0].seats[1]");
        QTest::newRow("row and area")
            << QStringLiteral("zones[0].rows[2].uuid")
            << QStringLiteral("3f1c9d52-7a4e-4b0e-9c1a-5d2e8f6b7a02")
            << QStringLiteral("zones[0].areas[0].uuid") << QStringLiteral("zones[0].rows[2]");
        QTest::newRow("zone and seat")
            << QStringLiteral("zones[1].uuid")
            << QStringLiteral("3f1c9d52-7a4e-4b0e-9c1a-5d2e8f6b7a11")
            << QStringLiteral("zones[1].uuid") << QStringLiteral("zones[0].rows[0].seats[0]");
    }

    void duplicateUuidAcrossObjectsIsRefusedNamingBoth()
    {
        QFETCH(QString, path);
        QFETCH(QString, uuid);
        QFETCH(QString, where);
        QFETCH(QString, firstOwner);
        const Error error = parseError(fixtureWith(path, QJsonValue(uuid)));
        QCOMPARE(error.code, ErrorCode::DuplicateId);
        QCOMPARE(error.where, where);
        QVERIFY2(error.message.contains(firstOwner + QLatin1Char(' ')), qPrintable(error.message));
        QVERIFY2(error.message.contains(uuid), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestSeatPlanParser)
#include "testseatplanparser.moc"
