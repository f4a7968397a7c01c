// SPDX-License-Identifier: GPL-3.0-or-later
// Journal up under faults, the fast variant of `tessera-bench sync-faults`:
// the real tessera-server on loopback, simulated terminals and a real
// console engine, a few fixed seeds. After every round each terminal's
// acknowledged end is its local end and the server holds each entry once.
#include "benchserver.h"
#include "consoleenrolment.h"
#include "cuttingproxy.h"
#include "serverclient.h"
#include "serverjournalcheck.h"
#include "simulatedterminal.h"
#include "storage/sqlitedb.h"
#include "syncfaults.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::bench;

namespace {

const QString kServer = QStringLiteral(TESSERA_SERVER_EXE);
const QString kBench = QStringLiteral(TESSERA_BENCH_EXE);

ExpectedJournal expectedOf(const SyntheticJournal &journal, qint64 terminalId, qint64 end)
{
    return {terminalId, end, [&journal](qint64 seq) { return journal.entry(seq).digest(); }};
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kServer));
        QVERIFY(QFile::exists(kBench));
    }

    void anAnswerLostAfterTheCommitIsNotSentTwice()
    {
        BenchServer server(kServer, m_tmp.filePath(QStringLiteral("cut")));
        QVERIFY2(server.init() && server.start(), qPrintable(server.lastError()));
        auto link = ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()),
                                            server.enrolmentCode(QStringLiteral("SIM-1")));
        QVERIFY(link.ok());
        CuttingProxy proxy(server.port());
        link->address.setPort(proxy.port());
        const SyntheticJournal journal(QStringLiteral("SIM-1"), 1'700'000'000'000);

        // QNetworkAccessManager itself sends a POST again (a few times) when
        // its connection drops before any answer: every attempt is cut.
        proxy.cutAnswers(10);
        ServerClient client(link->address, link->ca, link->token, 15000);
        const ShipOutcome cut = shipSynthetic(client, journal, 1000, 1000);
        QVERIFY(cut.error.has_value());
        QCOMPARE(cut.error->code, ErrorCode::ServerUnreachable);
        QVERIFY(proxy.cutsDone() >= 1);
        proxy.disarm();

        // The server had committed it: the terminal learns so and sends nothing again.
        ServerClient again(link->address, link->ca, link->token, 15000);
        const ShipOutcome resumed = shipSynthetic(again, journal, 1000, 1000);
        QVERIFY(!resumed.error.has_value());
        QCOMPARE(resumed.acked, 1000);
        QCOMPARE(resumed.sent, 0);
        auto check =
            checkServerJournal(server.database(), {expectedOf(journal, link->terminalId, 1000)});
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->summary()));
        QCOMPARE(check->rows, 1000);
    }

    void theCheckFindsALostAndAnAlteredEntry()
    {
        BenchServer server(kServer, m_tmp.filePath(QStringLiteral("check")));
        QVERIFY2(server.init() && server.start(), qPrintable(server.lastError()));
        auto link = ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()),
                                            server.enrolmentCode(QStringLiteral("SIM-1")));
        QVERIFY(link.ok());
        const SyntheticJournal journal(QStringLiteral("SIM-1"), 1'700'000'000'000);
        ServerClient client(link->address, link->ca, link->token, 15000);
        QCOMPARE(shipSynthetic(client, journal, 50, 20).acked, 50);
        QVERIFY(server.stop());
        {
            auto db = SqliteDb::open(server.database(), SqliteDb::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(db->exec(QStringLiteral("DELETE FROM terminal_journal WHERE seq = 7")).ok());
            QVERIFY(db->exec(QStringLiteral("UPDATE terminal_journal SET digest = x'00' "
                                            "WHERE seq = 9"))
                        .ok());
        }
        auto check =
            checkServerJournal(server.database(), {expectedOf(journal, link->terminalId, 50)});
        QVERIFY(check.ok());
        QCOMPARE(check->lost, 1);
        QCOMPARE(check->differing, 1);
        QVERIFY(!check->ok());
    }

    void everyRoundOfFaultsEndsWithEachEntryOnceAndAckedToTheEnd_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3, 5})
            QTest::addRow("seed %llu", seed) << seed;
    }

    void everyRoundOfFaultsEndsWithEachEntryOnceAndAckedToTheEnd()
    {
        QFETCH(quint64, seed);
        SyncFaultOptions options;
        options.serverExe = kServer;
        options.benchExe = kBench;
        options.workDir = m_tmp.path();
        options.seed = seed;
        options.rounds = 3;
        options.terminals = 3;
        options.salesPerRound = 300;
        options.offlineSales = 2000;
        const QJsonObject result =
            runSyncFaults(options, [](const QString &line) { qInfo().noquote() << line; });
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
                 qPrintable(result.value(QStringLiteral("failure")).toString()));
        QCOMPARE(result.value(QStringLiteral("rounds_run")).toInt(), 3);
        m_faults.insert(result.value(QStringLiteral("faults")).toObject().toVariantMap());
    }

    void theSeedsCoverEveryFault()
    {
        // The fixed seeds chose every kind of fault at least once (whether a
        // cut or a kill struck mid-batch is up to timing).
        for (const char *fault : {"server_killed", "misdelivered", "offline_day"})
            QVERIFY2(m_faults.contains(QString::fromLatin1(fault)), fault);
        QVERIFY(m_faults.contains(QStringLiteral("shipper_killed")) ||
                m_faults.contains(QStringLiteral("shipper_done_first")));
    }

private:
    QVariantMap m_faults;
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "testsyncfaults.moc"
