// SPDX-License-Identifier: GPL-3.0-or-later
// Exactly one engine writes a database file at a time (BRIEF invariant 6): a
// second engine, in this process or another (tessera-cli), is refused with
// database_in_use naming the holder, and the lock goes with its holder even
// when that is killed. As defence in depth, a writer whose file was changed
// by a connection that ignores the lock reloads instead of failing.
#include "api/commandfactory.h"
#include "engine/engine.h"
#include "engine/writerlock.h"
#include "enginefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <unistd.h>

using namespace tessera;
using namespace tessera::test;

namespace {

struct Cli
{
    int exitCode = -1;
    QJsonObject out;
    QJsonObject error;
};

Cli runCli(const QString &db, const QStringList &args)
{
    QProcess process;
    process.start(QString::fromUtf8(TESSERA_CLI), QStringList{QStringLiteral("--db"), db} + args);
    if (!process.waitForFinished(60'000))
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

QStringList gaSaleArgs(qint64 event, qint64 quota)
{
    return {QStringLiteral("sell"),      QStringLiteral("--event"),         QString::number(event),
            QStringLiteral("--ga"),      QStringLiteral("%1:1").arg(quota), QStringLiteral("--pay"),
            QStringLiteral("card:12000")};
}

QJsonObject gaSale(qint64 event, qint64 quota)
{
    return QJsonObject{
        {QStringLiteral("event"), event},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("ga"), quota}}}},
        {QStringLiteral("payments"),
         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                {QStringLiteral("amount"), 12000}}}}};
}

std::unique_ptr<Command> saleCommand(qint64 event, qint64 quota)
{
    auto command = CommandFactory::fromJson(QStringLiteral("sell"), gaSale(event, quota));
    if (!command)
        qFatal("%s", qPrintable(command.error().toString()));
    return std::move(*command);
}

qint64 scalar(const QString &db, const QString &sql)
{
    auto conn = SqliteDb::open(db, SqliteDb::Mode::ReadOnly);
    if (!conn)
        qFatal("%s", qPrintable(conn.error().toString()));
    auto stmt = conn->prepare(sql);
    if (!stmt || !stmt->step())
        qFatal("query failed: %s", qPrintable(sql));
    return stmt->columnInt(0);
}

bool journalIsGapFree(const QString &db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal")) ==
           scalar(db, QStringLiteral("SELECT MAX(seq) FROM journal"));
}

Result<std::unique_ptr<Engine>> openEngine(const QString &path)
{
    EngineOptions options;
    options.shiftRule = ShiftRule::None; // sells cash without opening a shift
    options.path = path;
    return Engine::open(options);
}

} // namespace

class TestWriterLock : public QObject
{
    Q_OBJECT

private slots:
    void secondEngineInTheSameProcessIsRefusedNamingTheHolder()
    {
        EngineFixture f;
        auto second = openEngine(f.path());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::DatabaseInUse);
        QVERIFY2(second.error().message.contains(QStringLiteral("pid %1").arg(::getpid())),
                 qPrintable(second.error().message));
        QCOMPARE(second.error().where, f.path());
        const auto holder = WriterLock::holder(f.path());
        QVERIFY(holder);
        QCOMPARE(holder->pid, qint64(::getpid()));
        // Once the first closes, the file is free again.
        f.close();
        QVERIFY(!WriterLock::holder(f.path()));
        QVERIFY(openEngine(f.path()).ok());
    }

    void cliSaleWhileTheConsoleSellsIsRefusedAndNeverWedgesIt()
    {
        EngineFixture console; // the console opened first and sells
        QVERIFY(console
                    .run(QStringLiteral("sell"),
                         gaSale(console.ids().event, console.ids().standingQuota))
                    .result.ok());
        const Cli cli =
            runCli(console.path(), gaSaleArgs(console.ids().event, console.ids().standingQuota));
        QVERIFY(cli.exitCode != 0);
        QCOMPARE(cli.error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("database_in_use"));
        QVERIFY2(cli.error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("pid %1").arg(::getpid())),
                 qPrintable(cli.error.value(QStringLiteral("message")).toString()));
        // Reading goes on while the console sells: no verb that only reads
        // needs the writer.
        for (const QStringList &read :
             {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("journal")},
              QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
              QStringList{QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("1")}}) {
            const Cli reader = runCli(console.path(), read);
            QVERIFY2(reader.exitCode == 0,
                     qPrintable(read.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                reader.error.value(QStringLiteral("message")).toString()));
        }
        // The console goes on selling, with no gap in its journal.
        for (int i = 0; i < 3; ++i) {
            auto sold = console.run(QStringLiteral("sell"),
                                    gaSale(console.ids().event, console.ids().standingQuota));
            QVERIFY2(sold.result.ok(),
                     qPrintable(sold.result.ok() ? QString() : sold.result.error().toString()));
        }
        QCOMPARE(console.scalar(QStringLiteral("SELECT sold FROM ga_quotas")), 4);
        QVERIFY(journalIsGapFree(console.path()));
    }

    void consoleOpenedAfterTheCliSeesItsSalesAndRefusesItMeanwhile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tessera.db"));
        const Cli demo = runCli(db, {QStringLiteral("demo")});
        QCOMPARE(demo.exitCode, 0);
        const qint64 event = demo.out.value(QStringLiteral("event")).toInteger();
        const qint64 quota = demo.out.value(QStringLiteral("standing_quota")).toInteger();
        QCOMPARE(runCli(db, gaSaleArgs(event, quota)).exitCode, 0);

        auto console = openEngine(db);
        QVERIFY(console);
        auto sold = (*console)->execute(saleCommand(event, quota), QStringLiteral("console-1"));
        QVERIFY(sold.result.ok());
        QCOMPARE(
            runCli(db, gaSaleArgs(event, quota)).error.value(QStringLiteral("code")).toString(),
            QStringLiteral("database_in_use"));
        QVERIFY((*console)
                    ->execute(saleCommand(event, quota), QStringLiteral("console-2"))
                    .result.ok());
        console->reset();
        // Closed: the CLI writes again, after the console's last entry.
        QCOMPARE(runCli(db, gaSaleArgs(event, quota)).exitCode, 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1").arg(quota)),
                 4);
        QVERIFY(journalIsGapFree(db));
    }

    void lockGoesWithAHolderThatIsKilled()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tessera.db"));
        QProcess child;
        child.start(QString::fromUtf8(TESSERA_CRASH_CHILD),
                    {db, QStringLiteral("1"), QStringLiteral("1")});
        QVERIFY(child.waitForStarted());
        QElapsedTimer started;
        started.start();
        QByteArray seen;
        while (!seen.contains("SELLING") && started.elapsed() < 60'000) {
            child.waitForReadyRead(200);
            seen += child.readAllStandardOutput();
        }
        QVERIFY2(seen.contains("SELLING"), child.readAllStandardError().constData());
        auto refused = openEngine(db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::DatabaseInUse);
        QVERIFY2(refused.error().message.contains(QStringLiteral("pid %1").arg(child.processId())),
                 qPrintable(refused.error().message));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10'000));
        // The lock file is still there, naming a dead process: it blocks nobody.
        QVERIFY(QFile::exists(WriterLock::lockPath(db)));
        auto engine = openEngine(db);
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().toString()));
        QCOMPARE(WriterLock::holder(db)->pid, qint64(::getpid()));
    }

    void staleLockFileFromADeadProcessDoesNotBlock()
    {
        EngineFixture f;
        f.close();
        QFile lock(WriterLock::lockPath(f.path()));
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(R"({"pid":999999,"program":"tessera","host":"elsewhere","since":1})");
        lock.close();
        QVERIFY(!WriterLock::holder(f.path()));
        f.reopen();
        QVERIFY(f.run(QStringLiteral("sell"), gaSale(f.ids().event, f.ids().standingQuota))
                    .result.ok());
    }

    void writerReloadsWhenAnotherConnectionChangedTheFile()
    {
        EngineFixture f;
        QVERIFY(f.run(QStringLiteral("sell"), gaSale(f.ids().event, f.ids().standingQuota))
                    .result.ok());
        const qint64 seq = f.engine().stats().journalSeq;
        const qint64 seat = f.scalar(QStringLiteral("SELECT id FROM seats WHERE guid = 'S-A-9'"));
        {
            // Something that ignores the lock (the sqlite3 shell, an old
            // build) sells a seat and journals it behind the engine's back.
            auto other = SqliteDb::open(f.path());
            QVERIFY(other);
            QVERIFY(
                other
                    ->exec(QStringLiteral(
                               "BEGIN; UPDATE event_seats SET state = 2 WHERE seat_id = %1;"
                               "UPDATE ga_quotas SET sold = sold + 5;"
                               "INSERT INTO journal(seq, kind, idem_key, request_hash, payload, "
                               "result, actor, created_at) VALUES(%2, 'foreign', 'foreign-1', "
                               "x'00', '{}', '{}', 'shell', 0); COMMIT;")
                               .arg(seat)
                               .arg(seq + 1))
                    .ok());
        }
        // The writer notices: no UNIQUE failure on journal.seq, no oversold seat.
        auto seatAgain =
            f.run(QStringLiteral("sell"),
                  QJsonObject{
                      {QStringLiteral("event"), f.ids().event},
                      {QStringLiteral("lines"),
                       QJsonArray{QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-A-9")}}}},
                      {QStringLiteral("payments"),
                       QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                              {QStringLiteral("amount"), 38000}}}}});
        QCOMPARE(seatAgain.result.error().code, ErrorCode::SeatUnavailable);
        auto next = f.run(QStringLiteral("sell"), gaSale(f.ids().event, f.ids().standingQuota));
        QVERIFY2(next.result.ok(),
                 qPrintable(next.result.ok() ? QString() : next.result.error().toString()));
        QCOMPARE(next.journalSeq, seq + 2);
        QCOMPARE(f.scalar(QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1")
                              .arg(f.ids().standingQuota)),
                 7);
        QVERIFY(journalIsGapFree(f.path()));
    }

    void staffSwitchedOffBehindTheWritersBackIsRefused()
    {
        EngineFixture f;
        auto created = f.run(QStringLiteral("create_user"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("tester")},
                                         {QStringLiteral("role"), QStringLiteral("admin")},
                                         {QStringLiteral("pin"), QStringLiteral("4321")}});
        QVERIFY2(created.result.ok(),
                 qPrintable(created.result.ok() ? QString() : created.result.error().toString()));
        QVERIFY(f.run(QStringLiteral("sell"), gaSale(f.ids().event, f.ids().standingQuota))
                    .result.ok());
        {
            auto other = SqliteDb::open(f.path());
            QVERIFY(other);
            QVERIFY(other->exec(QStringLiteral("UPDATE users SET active = 0 WHERE name = 'tester'"))
                        .ok());
        }
        auto refused = f.run(QStringLiteral("sell"), gaSale(f.ids().event, f.ids().standingQuota));
        QCOMPARE(refused.result.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestWriterLock)
#include "testwriterlock.moc"
