// SPDX-License-Identifier: GPL-3.0-or-later
#include "venue/seatplanparser.h"
#include "venue/seatplanwriter.h"
#include "venue/stadiumplangenerator.h"

#include "jsonschemachecker.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace tessera;

namespace {

SeatPlan fixturePlan()
{
    QFile file(test::fixturePath(QStringLiteral("seatplans/small-hall.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<SeatPlan> result = SeatPlanParser::parse(file.readAll());
    return result.ok() ? result.value() : SeatPlan();
}

// A stadium big enough to have every stand, tier and category, small enough
// to keep the test in milliseconds; the 80 000-seat default takes the same paths.
SeatPlan smallStadium()
{
    return StadiumPlanGenerator::stadium(2500);
}

SeatPlan planOfKind(const QString &kind)
{
    if (kind == QLatin1String("theatre"))
        return StadiumPlanGenerator::theatre();
    if (kind == QLatin1String("stadium"))
        return smallStadium();
    return fixturePlan();
}

QJsonObject writtenObject(const SeatPlan &plan)
{
    return QJsonDocument::fromJson(SeatPlanWriter::toJson(plan)).object();
}

QJsonObject writtenAt(const QJsonObject &plan, qsizetype zone, qsizetype row = -1,
                      qsizetype seat = -1)
{
    QJsonObject object = plan.value(QLatin1String("zones")).toArray().at(zone).toObject();
    if (row >= 0)
        object = object.value(QLatin1String("rows")).toArray().at(row).toObject();
    if (seat >= 0)
        object = object.value(QLatin1String("seats")).toArray().at(seat).toObject();
    return object;
}

void compareSeats(const PlanSeat &actual, const PlanSeat &expected)
{
    QCOMPARE(actual.seatGuid, expected.seatGuid);
    QCOMPARE(actual.seatNumber, expected.seatNumber);
    QCOMPARE(actual.uuid, expected.uuid);
    QCOMPARE(actual.startDirection, expected.startDirection);
    QCOMPARE(actual.radius, expected.radius);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.category, expected.category);
}

void compareRows(const PlanRow &actual, const PlanRow &expected)
{
    QCOMPARE(actual.rowNumber, expected.rowNumber);
    QCOMPARE(actual.rowLabel, expected.rowLabel);
    QCOMPARE(actual.seatLabel, expected.seatLabel);
    QCOMPARE(actual.rowNumberPosition, expected.rowNumberPosition);
    QCOMPARE(actual.uuid, expected.uuid);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.seats.size(), expected.seats.size());
    for (qsizetype i = 0; i < actual.seats.size(); ++i) {
        compareSeats(actual.seats.at(i), expected.seats.at(i));
        if (QTest::currentTestFailed()) {
            qWarning("at seat %s", qPrintable(expected.seats.at(i).seatGuid));
            return;
        }
    }
}

// Field by field, so a failure names the field rather than "plans differ".
void comparePlans(const SeatPlan &actual, const SeatPlan &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.size, expected.size);
    QCOMPARE(actual.categories.size(), expected.categories.size());
    for (qsizetype i = 0; i < actual.categories.size(); ++i) {
        QCOMPARE(actual.categories.at(i).name, expected.categories.at(i).name);
        QCOMPARE(actual.categories.at(i).color, expected.categories.at(i).color);
    }
    QCOMPARE(actual.zones.size(), expected.zones.size());
    for (qsizetype z = 0; z < actual.zones.size(); ++z) {
        const PlanZone &a = actual.zones.at(z);
        const PlanZone &e = expected.zones.at(z);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.zoneId, e.zoneId);
        QCOMPARE(a.uuid, e.uuid);
        QCOMPARE(a.position, e.position);
        QCOMPARE(a.areas, e.areas);
        QCOMPARE(a.rows.size(), e.rows.size());
        for (qsizetype r = 0; r < a.rows.size(); ++r) {
            compareRows(a.rows.at(r), e.rows.at(r));
            if (QTest::currentTestFailed()) {
                qWarning("in zones[%lld].rows[%lld]", qlonglong(z), qlonglong(r));
                return;
            }
        }
    }
    QVERIFY(actual == expected);
}

} // namespace

class TestSeatPlanWriter : public QObject
{
    Q_OBJECT

private slots:
    void plansRoundTripFieldForField_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"fixture", "theatre", "stadium"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void plansRoundTripFieldForField()
    {
        QFETCH(QString, kind);
        const SeatPlan plan = planOfKind(kind);
        QVERIFY(plan.seatCount() > 0);
        for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
            const Result<SeatPlan> reread =
                SeatPlanParser::parse(SeatPlanWriter::toJson(plan, format));
            QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().toString()));
            comparePlans(reread.value(), plan);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void absentOptionalPropertiesAreNotWritten()
    {
        const QJsonObject written = writtenObject(fixturePlan());
        const QJsonObject boxes = writtenAt(written, 1);
        QCOMPARE(boxes.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("position"),
                                            QStringLiteral("rows")}));
        QCOMPARE(writtenAt(written, 0, 2).keys(),
                 (QStringList{QStringLiteral("row_number"), QStringLiteral("seats")}));
        QCOMPARE(writtenAt(written, 0, 2, 0).keys(),
                 (QStringList{QStringLiteral("category"), QStringLiteral("position"),
                              QStringLiteral("seat_guid"), QStringLiteral("seat_number")}));
        const QJsonObject box =
            written.value(QLatin1String("categories")).toArray().at(2).toObject();
        QCOMPARE(box.keys(), QStringList{QStringLiteral("name")});
    }

    void presentOptionalPropertiesAreWritten()
    {
        const QJsonObject written = writtenObject(fixturePlan());
        QCOMPARE(writtenAt(written, 0, 1, 1).value(QLatin1String("radius")), QJsonValue(12));
        QCOMPARE(writtenAt(written, 0, 0, 0).value(QLatin1String("start_direction")),
                 QJsonValue(QStringLiteral(">")));
        QCOMPARE(writtenAt(written, 0).value(QLatin1String("zone_id")),
                 QJsonValue(QStringLiteral("main")));
        QCOMPARE(writtenAt(written, 0, 1).value(QLatin1String("position")),
                 QJsonValue(QJsonObject{{QLatin1String("x"), 0}, {QLatin1String("y"), 30}}));
    }

    void nullPropertiesAreWrittenAsNull()
    {
        const QJsonObject row = writtenAt(writtenObject(fixturePlan()), 0, 1);
        for (const char *key : {"row_label", "seat_label", "row_number_position"}) {
            QVERIFY2(row.contains(QLatin1String(key)), key);
            QVERIFY2(row.value(QLatin1String(key)).isNull(), key);
        }
        QVERIFY(writtenAt(writtenObject(fixturePlan()), 0, 1, 0)
                    .value(QLatin1String("start_direction"))
                    .isNull());
    }

    void areasAreWrittenAsTheyWereRead()
    {
        QFile file(test::fixturePath(QStringLiteral("seatplans/small-hall.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(writtenAt(writtenObject(fixturePlan()), 0).value(QLatin1String("areas")),
                 writtenAt(original, 0).value(QLatin1String("areas")));
    }

    void writtenPlansUseOnlyPropertiesTheSchemaAllows_data() { plansRoundTripFieldForField_data(); }

    void writtenPlansUseOnlyPropertiesTheSchemaAllows()
    {
        QFETCH(QString, kind);
        const SeatPlan plan = planOfKind(kind);
        const QString schema =
            test::sharedDataDir() + QStringLiteral("/pretix-seating-plan.schema.json");
        if (!QFile::exists(schema))
            QSKIP("The pretix schema was not found when CMake configured.");
        const auto checker = test::JsonSchemaChecker::fromFile(schema);
        QVERIFY(checker.isLoaded());
        const QStringList problems = checker.check(writtenObject(plan));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSeatPlanWriter)
#include "testseatplanwriter.moc"
