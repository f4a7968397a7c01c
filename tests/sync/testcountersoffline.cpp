// SPDX-License-Identifier: GPL-3.0-or-later
// The sync issue's "done when", end to end with the real server: two
// consoles sell from their allocations, the server stops, both keep selling
// offline, the server comes back; its totals equal the sum of both
// consoles', nothing is doubled or lost, no seat is sold twice, and a third
// console enrolled later gets the catalog and its share.
#include "catalogpuller.h"
#include "consoleenrolment.h"
#include "enginefixture.h"
#include "journalshipper.h"
#include "serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

// The guids of the seats a console sold (event 1).
QSet<QString> soldSeats(EngineFixture &console)
{
    SqliteDb db = console.reader();
    auto stmt = db.prepare(QStringLiteral("SELECT s.guid FROM event_seats es JOIN seats s ON "
                                          "s.id = es.seat_id WHERE es.event_id = 1 AND "
                                          "es.state = 2"));
    QSet<QString> out;
    (void)stmt->forEachRow([&](SqliteStatement &s) { out.insert(s.columnText(0)); });
    return out;
}

QJsonObject eventTotals(const QString &data, qint64 event)
{
    const ServerRun run = runServerCommand(
        kExe, {QStringLiteral("totals"), QStringLiteral("--data"), data, QStringLiteral("--json")});
    for (const QJsonValue &e :
         QJsonDocument::fromJson(run.out).object().value(QLatin1String("events")).toArray()) {
        if (e[QStringLiteral("event")].toInteger() == event)
            return e.toObject();
    }
    return {};
}

} // namespace

class TestCountersOffline : public QObject
{
    Q_OBJECT

private slots:
    void twoCountersSellThroughAnOutageAndTheServerAgrees()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        auto server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        const QString code1 = enrolmentCode(kExe, data, QStringLiteral("BOX-1"));
        const QString code2 = enrolmentCode(kExe, data, QStringLiteral("BOX-2"));
        const QStringList seats1 = allocateSeats(kExe, data, QStringLiteral("BOX-1"), 8);
        const QStringList seats2 = allocateSeats(kExe, data, QStringLiteral("BOX-2"), 8);
        QCOMPARE(seats1.size(), 8);
        QCOMPARE(seats2.size(), 8);

        EngineFixture box1(false), box2(false);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(server->port());
        auto link1 = ConsoleEnrolment::enrol(address, code1, 10000);
        auto link2 = ConsoleEnrolment::enrol(address, code2, 10000);
        QVERIFY(link1.ok() && link2.ok());
        QVERIFY(CatalogPuller(box1.path(), *link1).pullOnce(box1.engine()).ok());
        QVERIFY(CatalogPuller(box2.path(), *link2).pullOnce(box2.engine()).ok());

        // Online: three seats each, shipped.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(sellAllocatedSeat(box1, seats1[i]).result.ok());
            QVERIFY(sellAllocatedSeat(box2, seats2[i]).result.ok());
        }
        QVERIFY(JournalShipper(box1.path(), *link1).shipOnce().ok());
        QVERIFY(JournalShipper(box2.path(), *link2).shipOnce().ok());

        // The server goes away; both counters keep selling their own seats,
        // and neither can sell the other's.
        QCOMPARE(server->stop(), 0);
        server.reset();
        QCOMPARE(JournalShipper(box1.path(), *link1).shipOnce().error().code,
                 ErrorCode::ServerUnreachable);
        for (int i = 3; i < 6; ++i) {
            QVERIFY(sellAllocatedSeat(box1, seats1[i]).result.ok());
            QVERIFY(sellAllocatedSeat(box2, seats2[i]).result.ok());
        }
        QCOMPARE(sellAllocatedSeat(box1, seats2[7]).result.error().code, ErrorCode::NotAllocated);
        QCOMPARE(sellAllocatedSeat(box2, seats1[7]).result.error().code, ErrorCode::NotAllocated);

        // Back (on another port): both catch up.
        server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        for (auto *link : {&*link1, &*link2})
            link->address.setPort(server->port());
        auto shipped1 = JournalShipper(box1.path(), *link1).shipOnce();
        auto shipped2 = JournalShipper(box2.path(), *link2).shipOnce();
        QVERIFY(shipped1.ok() && shipped2.ok());
        QCOMPARE(shipped1->backlog(), 0);
        QCOMPARE(shipped2->backlog(), 0);

        // No seat sold twice, and the server's totals are the sum of both.
        const QSet<QString> sold1 = soldSeats(box1), sold2 = soldSeats(box2);
        QCOMPARE(sold1.size(), 6);
        QCOMPARE(sold2.size(), 6);
        QVERIFY(!sold1.intersects(sold2));
        const QJsonObject show = eventTotals(data, 1);
        QCOMPARE(show[QStringLiteral("sold")].toInteger(), 12);
        qint64 perTerminal = 0;
        for (const QJsonValue &t : show[QStringLiteral("terminals")].toArray())
            perTerminal += t[QStringLiteral("sold")].toInteger();
        QCOMPARE(perTerminal, 12);
        // Each console's journal is on the server exactly once.
        {
            auto db = SqliteDb::open(QDir(data).filePath(QStringLiteral("server.db")),
                                     SqliteDb::Mode::ReadOnly);
            auto stmt = db->prepare(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT terminal_id || "
                                                   "':' || seq) FROM terminal_journal"));
            qint64 rows = -1, distinct = -2;
            (void)stmt->forEachRow([&](SqliteStatement &s) {
                rows = s.columnInt(0);
                distinct = s.columnInt(1);
            });
            QCOMPARE(rows, distinct);
            QCOMPARE(rows, shipped1->local + shipped2->local);
        }

        // A third console enrolled later gets the catalog and its share.
        const QString code3 = enrolmentCode(kExe, data, QStringLiteral("BOX-3"));
        const QStringList seats3 = allocateSeats(kExe, data, QStringLiteral("BOX-3"), 4);
        QCOMPARE(seats3.size(), 4);
        for (const QString &s : seats3)
            QVERIFY(!seats1.contains(s) && !seats2.contains(s));
        EngineFixture box3(false);
        auto link3 = ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server->port()),
                                             code3, 10000);
        QVERIFY(link3.ok());
        auto pulled = CatalogPuller(box3.path(), *link3).pullOnce(box3.engine());
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->granted, 4);
        QVERIFY(sellAllocatedSeat(box3, seats3.first()).result.ok());
        QCOMPARE(sellAllocatedSeat(box3, seats1[6]).result.error().code, ErrorCode::NotAllocated);
        QVERIFY(JournalShipper(box3.path(), *link3).shipOnce().ok());
        QCOMPARE(eventTotals(data, 1)[QStringLiteral("sold")].toInteger(), 13);
        QCOMPARE(server->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCountersOffline)
#include "testcountersoffline.moc"
