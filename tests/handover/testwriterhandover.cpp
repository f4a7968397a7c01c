// SPDX-License-Identifier: GPL-3.0-or-later
// A console holds its file's writer; tessera-cli run beside it hands its
// change to the console's engine instead of being refused (BRIEF invariant
// 6: one writer per file), the console sees it at once, the PINs are checked
// by the console's engine so wrong ones count towards the lock-out (reads
// too), and with nobody listening the old refusal stands.
#include "enginefixture.h"
#include "writerhandover.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

struct Cli
{
    int exitCode = -1;
    QJsonObject out;
    QJsonObject error;
};

// Runs tessera-cli while this thread's event loop goes on (the holder's
// socket is served on it).
// `workDir`: where it runs (a relative `db` is taken from there).
Cli runCli(const QString &db, const QStringList &args, const QString &pin = {},
           const QString &workDir = {})
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!pin.isEmpty())
        env.insert(QStringLiteral("TESSERA_PIN"), pin);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(TESSERA_CLI), QStringList{QStringLiteral("--db"), db} + args);
    if (!process.waitForStarted())
        qFatal("tessera-cli did not start");
    QElapsedTimer waited;
    waited.start();
    while (process.state() != QProcess::NotRunning && waited.elapsed() < 60'000)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning)
        qFatal("tessera-cli did not finish");
    Cli cli;
    cli.exitCode = process.exitCode();
    cli.out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    cli.error = QJsonDocument::fromJson(process.readAllStandardError())
                    .object()
                    .value(QStringLiteral("error"))
                    .toObject();
    return cli;
}

QStringList gaSaleArgs(const EngineFixture &f)
{
    return {QStringLiteral("sell"),
            QStringLiteral("--event"),
            QString::number(f.ids().event),
            QStringLiteral("--ga"),
            QStringLiteral("%1:1").arg(f.ids().standingQuota),
            QStringLiteral("--pay"),
            QStringLiteral("card:12000")};
}

QJsonObject gaSale(const EngineFixture &f)
{
    return QJsonObject{{QStringLiteral("event"), f.ids().event},
                       {QStringLiteral("lines"),
                        QJsonArray{QJsonObject{{QStringLiteral("ga"), f.ids().standingQuota}}}},
                       {QStringLiteral("payments"),
                        QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                               {QStringLiteral("amount"), 12000}}}}};
}

qint64 sold(const EngineFixture &f)
{
    return f.scalar(
        QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1").arg(f.ids().standingQuota));
}

bool journalIsGapFree(const EngineFixture &f)
{
    return f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal")) ==
           f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
}

QStringList as(const char *actor, QStringList args)
{
    return args << QStringLiteral("--actor") << QLatin1String(actor);
}

} // namespace

class TestWriterHandover : public QObject
{
    Q_OBJECT

private slots:
    void aCliSaleIsHandedToTheConsoleThatHoldsTheFile()
    {
        EngineFixture console;
        WriterHandover handover(console.engine(), console.clock());
        QVERIFY(handover.listen().ok());
        QVERIFY(console.run(QStringLiteral("sell"), gaSale(console)).result.ok());

        const Cli cli = runCli(console.path(), gaSaleArgs(console));
        QVERIFY2(cli.exitCode == 0,
                 qPrintable(cli.error.value(QStringLiteral("message")).toString()));
        // Sold by the console's own engine: its journal number, its caches.
        QCOMPARE(cli.out.value(QStringLiteral("journal_seq")).toInteger(),
                 console.engine().stats().journalSeq);
        QVERIFY(cli.out.value(QStringLiteral("order")).toInteger() > 0);
        QCOMPARE(sold(console), 2);
        // The console goes on selling after it, with no gap in its journal.
        QVERIFY(console.run(QStringLiteral("sell"), gaSale(console)).result.ok());
        QCOMPARE(sold(console), 3);
        QVERIFY(journalIsGapFree(console));

        // The same key again is answered from the console's journal.
        const QStringList keyed = gaSaleArgs(console)
                                  << QStringLiteral("--key") << QStringLiteral("cli-sale-1");
        const Cli first = runCli(console.path(), keyed);
        const Cli again = runCli(console.path(), keyed);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.value(QStringLiteral("replayed")).toBool());
        QCOMPARE(sold(console), 4);

        // A refusal by the console's rules reaches the CLI as its own.
        const Cli refused = runCli(
            console.path(), {QStringLiteral("sell"), QStringLiteral("--event"),
                             QStringLiteral("999"), QStringLiteral("--ga"), QStringLiteral("1:1"),
                             QStringLiteral("--pay"), QStringLiteral("card:1")});
        QVERIFY(refused.exitCode != 0);
        QVERIFY(!refused.error.value(QStringLiteral("code")).toString().isEmpty());
        QCOMPARE(sold(console), 4);
        QVERIFY(journalIsGapFree(console));
    }

    void cardCodesFromAFileAreHandedOverToo()
    {
        EngineFixture console;
        WriterHandover handover(console.engine(), console.clock());
        QVERIFY(handover.listen().ok());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("codes.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,serial\nHO-0001,S1\nHO-0002,S2\n");
        file.close();
        const QString codes =
            QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE product_id = %1")
                .arg(console.ids().cardProduct);
        const qint64 before = console.scalar(codes);
        const QStringList import{QStringLiteral("card-codes"), QStringLiteral("import"),
                                 QString::number(console.ids().cardProduct), csv};
        const Cli cli = runCli(console.path(), import);
        QVERIFY2(cli.exitCode == 0,
                 qPrintable(cli.error.value(QStringLiteral("message")).toString()));
        QCOMPARE(cli.out.value(QStringLiteral("imported")).toInteger(), 2);
        QCOMPARE(cli.out.value(QStringLiteral("journal_seq")).toInteger(),
                 console.engine().stats().journalSeq);
        QCOMPARE(console.scalar(codes), before + 2);
        // The same file again: refused by line at the holder, nothing added.
        const Cli again = runCli(console.path(), import);
        QCOMPARE(again.error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("duplicate_id"));
        QCOMPARE(console.scalar(codes), before + 2);
        // A malformed file is refused by the CLI itself, naming the line.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("serial\nS3\n");
        file.close();
        const Cli bad = runCli(console.path(), import);
        QVERIFY(bad.exitCode != 0);
        QCOMPARE(console.scalar(codes), before + 2);
        QVERIFY(journalIsGapFree(console));
    }

    void wrongPinsThroughTheCliCountAtTheHolderReadsToo()
    {
        // The CLI judges a lock-out by the wall clock: the console's is now.
        EngineFixture console(true, 20, QDateTime::currentMSecsSinceEpoch());
        auto created = console.run(QStringLiteral("create_user"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("ada")},
                                               {QStringLiteral("role"), QStringLiteral("admin")},
                                               {QStringLiteral("pin"), QStringLiteral("4321")}});
        QVERIFY(created.result.ok());
        WriterHandover handover(console.engine(), console.clock());
        QVERIFY(handover.listen().ok());
        auto failures = [&] {
            return console.scalar(
                QStringLiteral("SELECT failed_logins FROM users WHERE name = 'ada'"));
        };

        // The right PIN: sold by the console, as ada.
        const Cli ok =
            runCli(console.path(), as("ada", gaSaleArgs(console)), QStringLiteral("4321"));
        QVERIFY2(ok.exitCode == 0,
                 qPrintable(ok.error.value(QStringLiteral("message")).toString()));
        QCOMPARE(sold(console), 1);

        // A wrong PIN on a change: refused, counted by the console's engine.
        const Cli wrong =
            runCli(console.path(), as("ada", gaSaleArgs(console)), QStringLiteral("0000"));
        QCOMPARE(wrong.error.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_pin"));
        QCOMPARE(failures(), 1);
        // A wrong PIN on a read (checked by the CLI itself): counted there too.
        const Cli read =
            runCli(console.path(), as("ada", {QStringLiteral("summary")}), QStringLiteral("0000"));
        QCOMPARE(read.error.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_pin"));
        QCOMPARE(failures(), 2);
        for (int i = 0; i < 3; ++i)
            runCli(console.path(), as("ada", {QStringLiteral("journal")}), QStringLiteral("1111"));
        // Five wrong PINs: even the right one is refused now, on reads and changes.
        const Cli locked =
            runCli(console.path(), as("ada", gaSaleArgs(console)), QStringLiteral("4321"));
        QCOMPARE(locked.error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("account_locked"));
        const Cli lockedRead =
            runCli(console.path(), as("ada", {QStringLiteral("summary")}), QStringLiteral("4321"));
        QCOMPARE(lockedRead.error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("account_locked"));
        QCOMPARE(sold(console), 1);
    }

    void aWrongPinOnAReadCountsWhenNobodyHoldsTheFile()
    {
        EngineFixture box;
        QVERIFY(box.run(QStringLiteral("create_user"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("ada")},
                                    {QStringLiteral("role"), QStringLiteral("admin")},
                                    {QStringLiteral("pin"), QStringLiteral("4321")}})
                    .result.ok());
        const QString path = box.path();
        box.close();
        const Cli read =
            runCli(path, as("ada", {QStringLiteral("summary")}), QStringLiteral("0000"));
        QCOMPARE(read.error.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_pin"));
        QCOMPARE(box.scalar(QStringLiteral("SELECT failed_logins FROM users WHERE name = 'ada'")),
                 1);
    }

    void aRelativeDatabasePathReachesTheHolderToo()
    {
        EngineFixture console;
        WriterHandover handover(console.engine(), console.clock());
        QVERIFY(handover.listen().ok());
        const QFileInfo file(console.path());
        // As typed in a terminal in the database's folder: --db tessera.db.
        const Cli cli = runCli(file.fileName(), gaSaleArgs(console), {}, file.absolutePath());
        QVERIFY2(cli.exitCode == 0,
                 qPrintable(cli.error.value(QStringLiteral("message")).toString()));
        QCOMPARE(sold(console), 1);
        QVERIFY(QFileInfo(WriterHandover::socketPath(QStringLiteral("x/tessera.db"))).isAbsolute());
    }

    void withNobodyListeningTheRefusalStands()
    {
        EngineFixture console; // holds the file, no handover
        // A socket file left by a console that was killed.
        QFile stale(WriterHandover::socketPath(console.path()));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        const Cli cli = runCli(console.path(), gaSaleArgs(console));
        QVERIFY(cli.exitCode != 0);
        QCOMPARE(cli.error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("database_in_use"));
        QCOMPARE(sold(console), 0);
    }
};

QTEST_GUILESS_MAIN(TestWriterHandover)
#include "testwriterhandover.moc"
