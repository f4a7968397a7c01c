// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"
#include "testpaths.h"

#include "setup/createvenuecommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kCreateVenue = QStringLiteral("create_venue");

QByteArray smallHallBytes()
{
    QFile file(fixturePath(QStringLiteral("seatplans/small-hall.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject smallHall()
{
    return QJsonDocument::fromJson(smallHallBytes()).object();
}

int seatCount(const QJsonObject &plan)
{
    int seats = 0;
    for (const QJsonValue &zone : plan[QStringLiteral("zones")].toArray()) {
        for (const QJsonValue &row : zone[QStringLiteral("rows")].toArray())
            seats += int(row[QStringLiteral("seats")].toArray().size());
    }
    return seats;
}

// The plan with seat (zone, row, seat) given another guid.
QJsonObject withSeatGuid(QJsonObject plan, int zone, int row, int seat, const QString &guid)
{
    QJsonArray zones = plan[QStringLiteral("zones")].toArray();
    QJsonObject z = zones[zone].toObject();
    QJsonArray rows = z[QStringLiteral("rows")].toArray();
    QJsonObject r = rows[row].toObject();
    QJsonArray seats = r[QStringLiteral("seats")].toArray();
    QJsonObject s = seats[seat].toObject();
    s.insert(QStringLiteral("seat_guid"), guid);
    seats[seat] = s;
    r.insert(QStringLiteral("seats"), seats);
    rows[row] = r;
    z.insert(QStringLiteral("rows"), rows);
    zones[zone] = z;
    plan.insert(QStringLiteral("zones"), zones);
    return plan;
}

QJsonObject venueRequest(const QJsonObject &plan, const QString &timezone = {})
{
    QJsonObject o{{QStringLiteral("plan"), plan}};
    if (!timezone.isEmpty())
        o.insert(QStringLiteral("timezone"), timezone);
    return o;
}

} // namespace

class TestCreateVenueCommand : public QObject
{
    Q_OBJECT
private slots:
    void planBecomesVenueWithSeatsAndCategories()
    {
        EngineFixture f;
        const QJsonObject plan = smallHall();
        auto created = f.run(kCreateVenue, venueRequest(plan, QStringLiteral("Europe/Berlin")));
        TESSERA_VERIFY_OK(created.result);
        const QJsonObject r = created.result.value();
        const qint64 venue = r[QStringLiteral("venue")].toInteger();
        QCOMPARE(r[QStringLiteral("name")].toString(), QStringLiteral("Small Hall"));
        QCOMPARE(r[QStringLiteral("seats")].toInteger(), seatCount(plan));
        QCOMPARE(r[QStringLiteral("categories")].toInteger(), 3);
        QCOMPARE(count(f, QStringLiteral("seats"), QStringLiteral("venue_id = %1").arg(venue)),
                 seatCount(plan));
        QCOMPARE(count(f, QStringLiteral("categories"), QStringLiteral("venue_id = %1").arg(venue)),
                 3);
        QCOMPARE(f.scalar(QStringLiteral("SELECT timezone = 'Europe/Berlin' FROM venues WHERE "
                                         "id = %1")
                              .arg(venue)),
                 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM seats s JOIN categories c ON "
                                         "c.id = s.category_id WHERE s.venue_id = %1 AND "
                                         "s.guid = 'main-2-2' AND c.name = 'Back'")
                              .arg(venue)),
                 1);
    }

    void givenNameWinsOverPlanName()
    {
        EngineFixture f;
        QJsonObject request = venueRequest(smallHall());
        request.insert(QStringLiteral("name"), QStringLiteral("  Kleiner Saal "));
        auto created = f.run(kCreateVenue, request);
        TESSERA_VERIFY_OK(created.result);
        QCOMPARE(created.result.value()[QStringLiteral("name")].toString(),
                 QStringLiteral("Kleiner Saal"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT timezone = 'UTC' FROM venues WHERE id = %1")
                              .arg(created.result.value()[QStringLiteral("venue")].toInteger())),
                 1);
    }

    void duplicateSeatGuidIsRefusedAndNothingIsWritten()
    {
        EngineFixture f;
        const qint64 venues = count(f, QStringLiteral("venues"));
        const qint64 seats = count(f, QStringLiteral("seats"));
        const qint64 journal = count(f, QStringLiteral("journal"));
        const QJsonObject plan = withSeatGuid(smallHall(), 0, 0, 1, QStringLiteral("main-1-1"));
        auto created = f.run(kCreateVenue, venueRequest(plan));
        TESSERA_VERIFY_REFUSED(created, ErrorCode::DuplicateId,
                               QStringLiteral("plan: zones[0].rows[0].seats[1].seat_guid"));
        QVERIFY2(created.result.error().message.contains(QStringLiteral("main-1-1")),
                 qPrintable(created.result.error().message));
        QCOMPARE(count(f, QStringLiteral("venues")), venues);
        QCOMPARE(count(f, QStringLiteral("seats")), seats);
        QCOMPARE(count(f, QStringLiteral("categories")), 2);
        QCOMPARE(count(f, QStringLiteral("journal")), journal);
    }

    void duplicateSeatGuidAcrossZonesIsRefused()
    {
        EngineFixture f;
        const QJsonObject plan = withSeatGuid(smallHall(), 1, 0, 2, QStringLiteral("main-3-3"));
        auto created = f.run(kCreateVenue, venueRequest(plan));
        TESSERA_VERIFY_REFUSED(created, ErrorCode::DuplicateId,
                               QStringLiteral("plan: zones[1].rows[0].seats[2].seat_guid"));
        QCOMPARE(count(f, QStringLiteral("venues")), 1);
    }

    void duplicateSeatGuidInPlanFileIsRefused()
    {
        EngineFixture f;
        QByteArray bytes = smallHallBytes();
        bytes.replace("\"seat_guid\": \"main-1-2\"", "\"seat_guid\": \"main-1-1\"");
        auto command = CreateVenueCommand::fromPlanFile(bytes, {}, {});
        QVERIFY(!command.ok());
        QCOMPARE(command.error().codeName(), errorCodeName(ErrorCode::DuplicateId));
        QVERIFY2(command.error().where.startsWith(QStringLiteral("plan: ")),
                 qPrintable(command.error().where));
        QCOMPARE(count(f, QStringLiteral("venues")), 1);
    }

    void malformedPlanFileIsRefused()
    {
        auto command =
            CreateVenueCommand::fromPlanFile(QByteArrayLiteral("{\"name\": \"Hall\",\n"), {}, {});
        QVERIFY(!command.ok());
        QCOMPARE(command.error().codeName(), errorCodeName(ErrorCode::InvalidJson));
        QVERIFY2(command.error().where.startsWith(QStringLiteral("plan")),
                 qPrintable(command.error().where));
    }

    void seatInUndefinedCategoryIsRefused()
    {
        EngineFixture f;
        QByteArray bytes = smallHallBytes();
        bytes.replace("\"seat_guid\": \"main-3-2\", \"seat_number\": \"2\", \"position\": { \"x\": "
                      "137.5, \"y\": 60 }, \"category\": \"Back\"",
                      "\"seat_guid\": \"main-3-2\", \"seat_number\": \"2\", \"position\": { \"x\": "
                      "137.5, \"y\": 60 }, \"category\": \"Gallery\"");
        QVERIFY(bytes.contains("Gallery"));
        auto created = f.run(kCreateVenue, venueRequest(QJsonDocument::fromJson(bytes).object()));
        QVERIFY(!created.result.ok());
        QCOMPARE(created.result.error().where,
                 QStringLiteral("plan: zones[0].rows[2].seats[1].category"));
        QCOMPARE(count(f, QStringLiteral("venues")), 1);
    }

    void missingPlanIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kCreateVenue, QJsonObject{{QStringLiteral("name"), QStringLiteral("Hall")}}),
            ErrorCode::MissingField, QStringLiteral("plan"));
    }

    void unknownTimezoneIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kCreateVenue, venueRequest(smallHall(), QStringLiteral("Mars/Olympus"))),
            ErrorCode::InvalidInput, QStringLiteral("timezone"));
        QCOMPARE(count(f, QStringLiteral("venues")), 1);
    }

    void planWithoutSeatsIsRefused()
    {
        EngineFixture f;
        QJsonObject plan = smallHall();
        plan.insert(QStringLiteral("zones"), QJsonArray());
        TESSERA_VERIFY_REFUSED(f.run(kCreateVenue, venueRequest(plan)), ErrorCode::InvalidInput,
                               QStringLiteral("plan"));
        QCOMPARE(count(f, QStringLiteral("venues")), 1);
    }

    void unknownFieldIsRefused()
    {
        EngineFixture f;
        QJsonObject request = venueRequest(smallHall());
        request.insert(QStringLiteral("time_zone"), QStringLiteral("UTC"));
        TESSERA_VERIFY_REFUSED(f.run(kCreateVenue, request), ErrorCode::InvalidInput,
                               QStringLiteral("time_zone"));
    }
};

QTEST_GUILESS_MAIN(TestCreateVenueCommand)
#include "testcreatevenuecommand.moc"
