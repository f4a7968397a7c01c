// SPDX-License-Identifier: GPL-3.0-or-later
// The console's background shipper against the real tessera-server: online,
// offline while the server is down (selling goes on), back online, revoked;
// the incidents kept for the run report.
#include "consoleenrolment.h"
#include "enginefixture.h"
#include "replica/syncincidents.h"
#include "serverprocess.h"
#include "syncagent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

} // namespace

class TestSyncAgent : public QObject
{
    Q_OBJECT

private slots:
    void withoutAServerItSaysNotEnrolled()
    {
        EngineFixture console;
        SyncAgent agent(console.engine(), console.clock(), 50);
        QSignalSpy changed(&agent, &SyncAgent::statusChanged);
        agent.start();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(agent.status().state, SyncStatus::State::NotEnrolled);
        QVERIFY(agent.status().local > 0);
    }

    void itShipsByItselfAndSaysWhenTheServerIsGone()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-1"));
        const QStringList seats = allocateSeats(kExe, data, QStringLiteral("BOX-1"), 2);
        QCOMPARE(seats.size(), 2);
        EngineFixture console(false);
        auto server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server->port()), code);
        QVERIFY(link.ok());
        QVERIFY(link->save(console.engine()).ok());

        // Online: the journal up, the catalog and this counter's seats down.
        SyncAgent agent(console.engine(), console.clock(), 100);
        agent.start();
        // What applying the catalog journalled goes up at the next round.
        const auto journalEnd = [&] {
            return console.scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(agent.status().state == SyncStatus::State::Online &&
                                     agent.status().catalogVersion > 0 &&
                                     agent.status().acked == journalEnd(),
                                 15000);
        QCOMPARE(agent.status().lastSyncMs, console.clock().nowMs());

        // The server goes away: the counter keeps selling its seats, the agent
        // says offline and counts what waits.
        QCOMPARE(server->stop(), 0);
        for (const QString &seat : seats) {
            const CommandOutcome sold = sellAllocatedSeat(console, seat);
            QVERIFY2(sold.result.ok(),
                     sold.result.ok() ? "" : qPrintable(sold.result.error().message));
        }
        // Waiting: the two sales and the incident kept for the run report.
        QTRY_VERIFY_WITH_TIMEOUT(agent.status().state == SyncStatus::State::Offline &&
                                     agent.status().backlog() == 3,
                                 15000);
        QCOMPARE(console.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM journal WHERE kind = 'record_sync_state'")),
                 qint64(1));
        QVERIFY(!agent.status().message.isEmpty());

        // Back (same address: the link is updated as a restarted server would keep its port).
        server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        ServerLink moved = *link;
        moved.address.setPort(server->port());
        QVERIFY(moved.save(console.engine()).ok());
        agent.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(agent.status().state == SyncStatus::State::Online &&
                                     agent.status().backlog() == 0,
                                 15000);

        QCOMPARE(runServerCommand(kExe, {QStringLiteral("revoke"), QStringLiteral("--data"), data,
                                         QStringLiteral("--terminal"), QStringLiteral("BOX-1")})
                     .exitCode,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(agent.status().state == SyncStatus::State::Revoked, 15000);
        QVERIFY(agent.status().message.contains(QStringLiteral("BOX-1")));
    }

    void itKeepsTheTimesItCouldNotReachTheServer()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-1"));
        EngineFixture console;
        auto server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server->port()), code);
        QVERIFY(link.ok());
        QVERIFY(link->save(console.engine()).ok());
        const auto incidents = [&] {
            SqliteDb db = console.reader();
            return SyncIncidents::read(db, 0, 0).value();
        };

        auto agent = std::make_unique<SyncAgent>(console.engine(), console.clock(), 100);
        agent->start();
        QTRY_VERIFY_WITH_TIMEOUT(agent->status().state == SyncStatus::State::Online &&
                                     agent->status().backlog() == 0,
                                 15000);
        // Online from the start: nothing recorded, nothing added to the journal.
        QTest::qWait(300);
        QVERIFY(incidents().isEmpty());
        QCOMPARE(console.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM journal WHERE kind = 'record_sync_state'")),
                 0);

        QCOMPARE(server->stop(), 0);
        const qint64 down = console.clock().nowMs();
        // Work goes on at the counter (the catalog is the server's now: two
        // changes that need no allocation).
        for (int threshold : {80, 90}) {
            const CommandOutcome changed =
                console.run(QStringLiteral("set_alert_rule"),
                            {{QStringLiteral("kind"), QStringLiteral("payment_success_below")},
                             {QStringLiteral("threshold"), threshold}});
            QVERIFY(changed.result.ok());
        }
        QTRY_VERIFY_WITH_TIMEOUT(incidents().size() == 1, 15000);
        SyncIncident open = incidents().first();
        QCOMPARE(open.state, QStringLiteral("offline"));
        QVERIFY(open.isOpen());
        QCOMPARE(open.startedAtMs, down);
        QVERIFY(!open.message.isEmpty());
        // Failing again and again keeps the one incident.
        console.clock().advance(5 * 60'000);
        QTest::qWait(500);
        QCOMPARE(incidents().size(), 1);

        server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        ServerLink moved = *link;
        moved.address.setPort(server->port());
        QVERIFY(moved.save(console.engine()).ok());
        agent->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!incidents().first().isOpen(), 15000);
        const SyncIncident closed = incidents().first();
        QCOMPARE(closed.endedAtMs, down + 5 * 60'000);
        QVERIFY2(closed.peakBacklog >= 2, qPrintable(QString::number(closed.peakBacklog)));
        QCOMPARE(incidents().size(), 1);
        // The incident's own entries reach the server like any other.
        QTRY_VERIFY_WITH_TIMEOUT(agent->status().state == SyncStatus::State::Online &&
                                     agent->status().backlog() == 0 &&
                                     agent->status().acked == console.engine().stats().journalSeq,
                                 15000);

        // A console restarted while the server is down finds its incident
        // open and ends it when it is back: one incident, not two.
        const SyncStatus before = agent->status();
        agent.reset();
        QCOMPARE(server->stop(), 0);
        agent = std::make_unique<SyncAgent>(console.engine(), console.clock(), 100);
        agent->start();
        QTRY_VERIFY_WITH_TIMEOUT(incidents().size() == 2 && incidents().last().isOpen(), 15000);
        // It has not reached the server and still says what the server had
        // and when (kept beside the database), not "never".
        QTRY_COMPARE_WITH_TIMEOUT(agent->status().state, SyncStatus::State::Offline, 15000);
        QCOMPARE(agent->status().acked, before.acked);
        QCOMPARE(agent->status().lastSyncMs, before.lastSyncMs);
        QVERIFY(before.lastSyncMs > 0);
        // Started once more while still away: the same incident goes on.
        agent.reset();
        agent = std::make_unique<SyncAgent>(console.engine(), console.clock(), 100);
        agent->start();
        QTRY_COMPARE_WITH_TIMEOUT(agent->status().state, SyncStatus::State::Offline, 15000);
        QCOMPARE(incidents().size(), 2);
        QVERIFY(incidents().last().isOpen());
        agent.reset();
        console.clock().advance(60'000);
        server = std::make_unique<RunningServer>(kExe, data);
        moved.address.setPort(server->port());
        QVERIFY(moved.save(console.engine()).ok());
        agent = std::make_unique<SyncAgent>(console.engine(), console.clock(), 100);
        agent->start();
        QTRY_VERIFY_WITH_TIMEOUT(!incidents().last().isOpen(), 15000);
        QCOMPARE(incidents().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncAgent)
#include "testsyncagent.moc"
