// SPDX-License-Identifier: GPL-3.0-or-later
// The console's background shipper against the real tessera-server: online,
// offline while the server is down (selling goes on), back online, revoked.
#include "consoleenrolment.h"
#include "enginefixture.h"
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
        SyncAgent agent(console.path(), console.clock(), 50);
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
        EngineFixture console;
        auto server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server->port()), code);
        QVERIFY(link.ok());
        QVERIFY(link->save(console.path()).ok());

        SyncAgent agent(console.path(), console.clock(), 100);
        agent.start();
        QTRY_VERIFY_WITH_TIMEOUT(agent.status().state == SyncStatus::State::Online &&
                                     agent.status().backlog() == 0,
                                 15000);
        QCOMPARE(agent.status().lastSyncMs, console.clock().nowMs());

        // The server goes away: the counter keeps selling, the agent says offline
        // and counts what waits.
        QCOMPARE(server->stop(), 0);
        QVERIFY(console.sellStandingDeposit().result.ok());
        QVERIFY(console.sellStandingDeposit().result.ok());
        QTRY_VERIFY_WITH_TIMEOUT(agent.status().state == SyncStatus::State::Offline &&
                                     agent.status().backlog() == 2,
                                 15000);
        QVERIFY(!agent.status().message.isEmpty());

        // Back (same address: the link is updated as a restarted server would keep its port).
        server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        ServerLink moved = *link;
        moved.address.setPort(server->port());
        QVERIFY(moved.save(console.path()).ok());
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
};

QTEST_GUILESS_MAIN(TestSyncAgent)
#include "testsyncagent.moc"
