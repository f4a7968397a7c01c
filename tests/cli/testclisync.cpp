// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli sync enrol / now against the real tessera-server on loopback.
#include "cliharness.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void aTerminalEnrolsAndShipsFromTheCommandLine()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-7"));
        auto server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);

        CliHarness cli;
        QCOMPARE(cli.ok({QStringLiteral("demo")}).exitCode, 0);
        const CliRun before = cli.run({QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY(before.exitCode != 0);
        QCOMPARE(before.errorCode(), QStringLiteral("not_found"));
        QVERIFY(before.error()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("sync enrol")));

        const CliRun missing =
            cli.run({QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--server"),
                     QStringLiteral("127.0.0.1:%1").arg(server->port())});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(QString::fromUtf8(missing.stderrBytes).contains(QStringLiteral("code")));

        const CliRun enrolled = cli.ok(
            {QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--server"),
             QStringLiteral("127.0.0.1:%1").arg(server->port()), QStringLiteral("--code"), code});
        QCOMPARE(enrolled.out.value(QStringLiteral("terminal")).toString(),
                 QStringLiteral("BOX-7"));

        const CliRun shipped = cli.ok({QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY(shipped.out.value(QStringLiteral("shipped")).toInteger() > 0);
        QCOMPARE(shipped.out.value(QStringLiteral("backlog")).toInteger(), 0);
        QCOMPARE(shipped.out.value(QStringLiteral("acked")).toInteger(),
                 shipped.out.value(QStringLiteral("local_end")).toInteger());
        // The same call brought the server's catalog down: this console's own
        // demo seats are now the server's to give, and none was given.
        const QJsonObject catalog = shipped.out.value(QStringLiteral("catalog")).toObject();
        QVERIFY(catalog.value(QStringLiteral("version")).toInteger() > 0);
        QCOMPARE(catalog.value(QStringLiteral("granted")).toInteger(), 0);

        QCOMPARE(server->stop(), 0);
        const CliRun offline = cli.run({QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY(offline.exitCode != 0);
        QCOMPARE(offline.errorCode(), QStringLiteral("server_unreachable"));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "testclisync.moc"
