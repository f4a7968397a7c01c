// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliharness.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

// tessera-cli's staff, ticket and audit verbs, end to end on a demo database.
class TestCliSecurity : public QObject
{
    Q_OBJECT
private slots:
    void signedTicketVerifiesThenReadsAsUsedAfterEntry()
    {
        CliHarness cli;
        QCOMPARE(cli.run({QStringLiteral("demo")}).exitCode, 0);
        CliRun sold =
            cli.run({QStringLiteral("sell"), QStringLiteral("--event"), QStringLiteral("1"),
                     QStringLiteral("--seat"), QStringLiteral("S-C-3"), QStringLiteral("--pay"),
                     QStringLiteral("cash:38000")});
        QCOMPARE(sold.exitCode, 0);
        CliRun codes = cli.run(
            {QStringLiteral("ticket"), QStringLiteral("codes"), QString::number(sold.id("order"))});
        QCOMPARE(codes.exitCode, 0);
        const QString code = codes.out[QStringLiteral("tickets")]
                                 .toArray()
                                 .first()[QStringLiteral("code")]
                                 .toString();
        QVERIFY(code.startsWith(QStringLiteral("TS1.")));

        CliRun valid = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), code,
                                QStringLiteral("--event"), QStringLiteral("1")});
        QCOMPARE(valid.out[QStringLiteral("status")].toString(), QStringLiteral("valid"));
        CliRun other = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), code,
                                QStringLiteral("--event"), QStringLiteral("2")});
        QCOMPARE(other.out[QStringLiteral("status")].toString(), QStringLiteral("other_event"));
        QString forged = code;
        forged[20] = forged[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        CliRun bad = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), forged});
        QVERIFY(!bad.out[QStringLiteral("admits")].toBool());

        QCOMPARE(cli.run({QStringLiteral("redeem"), code, QStringLiteral("--gate"),
                          QStringLiteral("North")})
                     .exitCode,
                 0);
        CliRun used = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), code});
        QCOMPARE(used.out[QStringLiteral("status")].toString(), QStringLiteral("already_used"));
        QVERIFY(used.out[QStringLiteral("message")].toString().contains(QStringLiteral("North")));
    }

    void staffModeNeedsPinsAndCashierRefundsNeedASupervisor()
    {
        CliHarness cli;
        QCOMPARE(cli.run({QStringLiteral("demo")}).exitCode, 0);
        const QStringList admin{QStringLiteral("--actor"), QStringLiteral("ada"),
                                QStringLiteral("--pin"), QStringLiteral("4321")};
        QCOMPARE(cli.run(QStringList{QStringLiteral("user"), QStringLiteral("create"),
                                     QStringLiteral("ada"), QStringLiteral("--role"),
                                     QStringLiteral("admin"), QStringLiteral("--new-pin"),
                                     QStringLiteral("4321")})
                     .exitCode,
                 0);
        for (const auto &[name, role] :
             {std::pair{"carl", "cashier"}, std::pair{"sue", "supervisor"}})
            QCOMPARE(cli.run(QStringList{QStringLiteral("user"), QStringLiteral("create"),
                                         QLatin1String(name), QStringLiteral("--role"),
                                         QLatin1String(role), QStringLiteral("--new-pin"),
                                         QStringLiteral("1111")} +
                             admin)
                         .exitCode,
                     0);
        const QStringList carl{QStringLiteral("--actor"), QStringLiteral("carl"),
                               QStringLiteral("--pin"), QStringLiteral("1111")};
        CliRun noPin = cli.run(
            {QStringLiteral("sell"), QStringLiteral("--event"), QStringLiteral("1"),
             QStringLiteral("--seat"), QStringLiteral("S-C-4"), QStringLiteral("--pay"),
             QStringLiteral("cash:38000"), QStringLiteral("--actor"), QStringLiteral("carl")});
        QCOMPARE(noPin.exitCode, 2);
        CliRun sold = cli.run(QStringList{QStringLiteral("sell"), QStringLiteral("--event"),
                                          QStringLiteral("1"), QStringLiteral("--seat"),
                                          QStringLiteral("S-C-4"), QStringLiteral("--pay"),
                                          QStringLiteral("cash:38000")} +
                              carl);
        QCOMPARE(sold.exitCode, 0);
        const QString order = QString::number(sold.id("order"));
        CliRun alone = cli.run(QStringList{QStringLiteral("refund"), order,
                                           QStringLiteral("--reason"), QStringLiteral("ill")} +
                               carl);
        QCOMPARE(alone.exitCode, 3);
        QCOMPARE(alone.errorCode(), QStringLiteral("override_required"));
        CliRun approved =
            cli.run(QStringList{QStringLiteral("refund"), order, QStringLiteral("--reason"),
                                QStringLiteral("ill"), QStringLiteral("--override-by"),
                                QStringLiteral("sue"), QStringLiteral("--override-pin"),
                                QStringLiteral("1111")} +
                    carl);
        QCOMPARE(approved.exitCode, 0);
        QCOMPARE(approved.out[QStringLiteral("approved_by")].toString(), QStringLiteral("sue"));

        // Reads need a PIN too once there is staff.
        QCOMPARE(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 2);
        CliRun audit =
            cli.run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + admin);
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.out[QStringLiteral("ok")].toBool());
        QVERIFY(audit.out[QStringLiteral("anchor")].toString().contains(QLatin1Char(':')));
    }
};

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "testclisecurity.moc"
