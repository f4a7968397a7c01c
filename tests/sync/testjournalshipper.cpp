// SPDX-License-Identifier: GPL-3.0-or-later
// A console enrols with a real tessera-server (its CA pinned through the
// code) and ships its journal: in batches, after the server was down, never
// twice, and not at all once revoked.
#include "consoleenrolment.h"
#include "enginefixture.h"
#include "journalshipper.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

void sell(EngineFixture &console, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(console.sellStandingDeposit().result.ok());
}

qint64 localEnd(EngineFixture &console)
{
    return console.scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
}

qint64 serverCount(const QString &data)
{
    auto db =
        SqliteDb::open(QDir(data).filePath(QStringLiteral("server.db")), SqliteDb::Mode::ReadOnly);
    auto stmt = db->prepare(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT seq) FROM "
                                           "terminal_journal"));
    qint64 count = -1, distinct = -2;
    (void)stmt->forEachRow([&](SqliteStatement &s) {
        count = s.columnInt(0);
        distinct = s.columnInt(1);
    });
    return count == distinct ? count : -1;
}

} // namespace

class TestJournalShipper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_other;

    // `tessera-server terminals`: the row of terminal `name` (empty if absent).
    QJsonObject listedTerminal(const QString &name) const
    {
        const ServerRun listed =
            runServerCommand(kExe, {QStringLiteral("terminals"), QStringLiteral("--data"), m_data});
        if (listed.exitCode != 0)
            return {};
        const QJsonArray terminals = QJsonDocument::fromJson(listed.out)
                                         .object()
                                         .value(QStringLiteral("terminals"))
                                         .toArray();
        for (const QJsonValue &t : terminals) {
            if (t[QStringLiteral("terminal")] == name)
                return t.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kExe));
        m_data = m_tmp.filePath(QStringLiteral("server"));
        m_other = m_tmp.filePath(QStringLiteral("other"));
        for (const QString &dir : {m_data, m_other})
            QVERIFY(initServer(kExe, dir));
    }

    void aCodeFromAnotherServerSendsNothing()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        const QString foreign = enrolmentCode(kExe, m_other, QStringLiteral("BOX-9"));
        auto link = ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()),
                                            foreign, 5000);
        QVERIFY(!link.ok());
        QCOMPARE(link.error().code, ErrorCode::UntrustedKey);
        QCOMPARE(link.error().where, QStringLiteral("address"));
        // The other server's code is still good: it never left this console.
        RunningServer other(kExe, m_other);
        QVERIFY(
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(other.port()), foreign, 5000)
                .ok());
    }

    void anUnreachableServerIsSaidSo()
    {
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:1"),
                                    enrolmentCode(kExe, m_data, QStringLiteral("BOX-8")), 3000);
        QCOMPARE(link.error().code, ErrorCode::ServerUnreachable);
        QCOMPARE(ConsoleEnrolment::enrol(QStringLiteral("ftp://x"), QStringLiteral("TE1"), 100)
                     .error()
                     .where,
                 QStringLiteral("address"));
    }

    void theJournalReachesTheServerOnceThroughOutages()
    {
        EngineFixture console;
        sell(console, 5);
        const QString code = enrolmentCode(kExe, m_data, QStringLiteral("BOX-1"));
        ServerLink link;
        qint64 firstAcked = 0;
        {
            RunningServer server(kExe, m_data);
            QVERIFY(server.port() > 0);
            auto enrolled =
                ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()), code);
            QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().message));
            link = *enrolled;
            QCOMPARE(link.terminal, QStringLiteral("BOX-1"));

            // Kept beside the database, for the owner only.
            QVERIFY(link.save(console.engine()).ok());
            const auto permissions = QFile::permissions(ServerLink::pathFor(console.path()));
            QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
            auto loaded = ServerLink::load(console.engine());
            QVERIFY(loaded.ok() && loaded->has_value());
            QCOMPARE((*loaded)->token, link.token);
            QCOMPARE((*loaded)->ca, link.ca);

            JournalShipper shipper(console.path(), link, 4);
            auto first = shipper.shipOnce();
            QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
            QCOMPARE(first->acked, localEnd(console));
            QCOMPARE(first->shipped, localEnd(console));
            QCOMPARE(first->backlog(), 0);
            firstAcked = first->acked;

            auto nothing = shipper.shipOnce();
            QVERIFY(nothing.ok());
            QCOMPARE(nothing->shipped, 0);
            QCOMPARE(server.stop(), 0);
        }
        // The server is down: selling goes on, shipping says offline.
        sell(console, 7);
        JournalShipper shipper(console.path(), link, 4);
        auto offline = shipper.shipOnce();
        QVERIFY(!offline.ok());
        QCOMPARE(offline.error().code, ErrorCode::ServerUnreachable);

        // Back on another port: the same link, the address updated.
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        // Restarted, it still knows when BOX-1 was last heard from (its last
        // stored batch), not yet how far its journal goes.
        const QJsonObject restarted = listedTerminal(QStringLiteral("BOX-1"));
        QVERIFY(restarted.contains(QStringLiteral("last_seen")));
        QVERIFY(!restarted.contains(QStringLiteral("backlog")));
        link.address.setPort(server.port());
        JournalShipper again(console.path(), link, 4);
        auto caughtUp = again.shipOnce();
        QVERIFY2(caughtUp.ok(), caughtUp.ok() ? "" : qPrintable(caughtUp.error().message));
        QCOMPARE(caughtUp->acked, localEnd(console));
        QCOMPARE(caughtUp->shipped, localEnd(console) - firstAcked); // only what was new

        // The server shows where each terminal stands.
        const QJsonObject box1 = listedTerminal(QStringLiteral("BOX-1"));
        QCOMPARE(box1.value(QStringLiteral("state")).toString(), QStringLiteral("enrolled"));
        QCOMPARE(box1.value(QStringLiteral("acked")).toInteger(), localEnd(console));
        QCOMPARE(box1.value(QStringLiteral("local_end")).toInteger(), localEnd(console));
        QCOMPARE(box1.value(QStringLiteral("backlog")).toInteger(), 0);
        QVERIFY(box1.contains(QStringLiteral("last_seen")));

        // Revoked: refused, and the journal stays on the console.
        QCOMPARE(runServerCommand(kExe, {QStringLiteral("revoke"), QStringLiteral("--data"), m_data,
                                         QStringLiteral("--terminal"), QStringLiteral("BOX-1")})
                     .exitCode,
                 0);
        sell(console, 1);
        auto revoked = again.shipOnce();
        QCOMPARE(revoked.error().code, ErrorCode::TerminalRevoked);
        QVERIFY(localEnd(console) > caughtUp->acked);
        QCOMPARE(server.stop(), 0);

        // On the server: every entry the server acknowledged, once.
        QCOMPARE(serverCount(m_data), caughtUp->acked);
    }
};

QTEST_GUILESS_MAIN(TestJournalShipper)
#include "testjournalshipper.moc"
