// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliharness.h"

#include "crypto/ed25519.h"
#include "tickets/signedticket.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include "sqliteshellattacker.h"

using namespace tessera;
using namespace tessera::test;

namespace {

// Someone holding the file but not the data key: the sqlite3 shell, with the
// audit log's append-only triggers dropped first.
void attack(const CliHarness &cli, const QString &sql)
{
    QVERIFY(runAsAttacker(cli.dbPath(), sql));
}

// A demo database with one paid seat; returns its signed ticket code.
QString soldTicket(CliHarness &cli)
{
    if (cli.run({QStringLiteral("demo")}).exitCode != 0)
        return {};
    CliRun sold = cli.run({QStringLiteral("sell"), QStringLiteral("--event"), QStringLiteral("1"),
                           QStringLiteral("--seat"), QStringLiteral("S-C-3"),
                           QStringLiteral("--pay"), QStringLiteral("card:38000")});
    CliRun codes = cli.run(
        {QStringLiteral("ticket"), QStringLiteral("codes"), QString::number(sold.id("order"))});
    return codes.out[QStringLiteral("tickets")]
        .toArray()
        .first()[QStringLiteral("code")]
        .toString();
}

} // namespace

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
                     QStringLiteral("card:38000")});
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
             QStringLiteral("card:38000"), QStringLiteral("--actor"), QStringLiteral("carl")});
        QCOMPARE(noPin.exitCode, 2);
        CliRun sold = cli.run(QStringList{QStringLiteral("sell"), QStringLiteral("--event"),
                                          QStringLiteral("1"), QStringLiteral("--seat"),
                                          QStringLiteral("S-C-4"), QStringLiteral("--pay"),
                                          QStringLiteral("card:38000")} +
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

    void brokenAuditLogExitsRefusedAndStillPrintsTheReport()
    {
        CliHarness cli;
        QCOMPARE(cli.run({QStringLiteral("demo")}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        attack(cli, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2;"));
        CliRun audit = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(audit.exitCode, 3);
        QCOMPARE(audit.out[QStringLiteral("ok")].toBool(true), false);
        QCOMPARE(audit.out[QStringLiteral("problem")].toString(), QStringLiteral("edited"));
        QCOMPARE(audit.out[QStringLiteral("first_bad_entry")].toInteger(), 2);
        QCOMPARE(audit.out[QStringLiteral("entries")].toInteger(), 1);
        QCOMPARE(audit.errorCode(), QStringLiteral("audit_chain_broken"));
    }

    void cutAuditLogExitsRefused()
    {
        CliHarness cli;
        QCOMPARE(cli.run({QStringLiteral("demo")}).exitCode, 0);
        CliRun before = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
        const qint64 entries = before.out[QStringLiteral("entries")].toInteger();
        QVERIFY(entries >= 2);
        attack(cli, QStringLiteral("DELETE FROM audit_log WHERE seq = %1;").arg(entries));
        CliRun audit = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(audit.exitCode, 3);
        QCOMPARE(audit.out[QStringLiteral("problem")].toString(), QStringLiteral("truncated"));
        QCOMPARE(audit.out[QStringLiteral("first_bad_entry")].toInteger(), entries);
    }

    void replacedTicketPublicKeyIsRefusedAsUntrusted()
    {
        CliHarness cli;
        const QString code = soldTicket(cli);
        QVERIFY(code.startsWith(QStringLiteral("TS1.")));
        // The attacker signs a ticket of their own for the same seat...
        const Ed25519KeyPair attacker = Ed25519KeyPair::generate();
        auto genuine = SignedTicket::parse(code);
        QVERIFY(genuine);
        const QString forged = SignedTicket::issue(genuine->claims(), attacker);
        CliRun refused = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), forged});
        QCOMPARE(refused.out[QStringLiteral("status")].toString(), QStringLiteral("forged"));

        // ...and puts their public key in the file's settings.
        const QString genuineRow = cli.run({QStringLiteral("ticket"), QStringLiteral("public-key")})
                                       .out[QStringLiteral("public_key_pem")]
                                       .toString();
        attack(cli, QStringLiteral("UPDATE settings SET value = '%1' WHERE key = "
                                   "'ticket_public_key';")
                        .arg(QString::fromLatin1(attacker.publicPem())));
        for (const QString &ticket : {forged, code}) {
            CliRun untrusted =
                cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), ticket});
            QCOMPARE(untrusted.exitCode, 3);
            QCOMPARE(untrusted.errorCode(), QStringLiteral("untrusted_key"));
            QVERIFY(untrusted.error()[QStringLiteral("message")].toString().contains(
                QStringLiteral("tampered")));
            QVERIFY(untrusted.out.isEmpty());
        }

        // The genuine row back: the genuine ticket verifies, the forged one not.
        attack(cli, QStringLiteral("UPDATE settings SET value = '%1' WHERE key = "
                                   "'ticket_public_key';")
                        .arg(genuineRow));
        CliRun valid = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), code});
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(valid.out[QStringLiteral("status")].toString(), QStringLiteral("valid"));
        CliRun stillForged = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), forged});
        QCOMPARE(stillForged.out[QStringLiteral("status")].toString(), QStringLiteral("forged"));
    }

    void pinnedPublicKeyTrustsOnlyItself()
    {
        CliHarness cli;
        const QString code = soldTicket(cli);
        QVERIFY(code.startsWith(QStringLiteral("TS1.")));
        CliRun exported = cli.run({QStringLiteral("ticket"), QStringLiteral("public-key")});
        QCOMPARE(exported.exitCode, 0);
        const QString organizerPem =
            cli.writeFile(QStringLiteral("organizer.pem"),
                          exported.out[QStringLiteral("public_key_pem")].toString().toLatin1());
        const Ed25519KeyPair other = Ed25519KeyPair::generate();
        const QString otherPem = cli.writeFile(QStringLiteral("other.pem"), other.publicPem());

        CliRun pinned = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), code,
                                 QStringLiteral("--public-key"), organizerPem});
        QCOMPARE(pinned.exitCode, 0);
        QCOMPARE(pinned.out[QStringLiteral("status")].toString(), QStringLiteral("valid"));
        QVERIFY(pinned.out[QStringLiteral("verified_with")].toString().contains(organizerPem));

        // A ticket signed by another key than the pinned one is forged, even
        // when the file's settings name that other key.
        attack(cli, QStringLiteral("UPDATE settings SET value = '%1' WHERE key = "
                                   "'ticket_public_key';")
                        .arg(QString::fromLatin1(other.publicPem())));
        auto genuine = SignedTicket::parse(code);
        QVERIFY(genuine);
        const QString forged = SignedTicket::issue(genuine->claims(), other);
        CliRun refused = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), forged,
                                  QStringLiteral("--public-key"), organizerPem});
        QCOMPARE(refused.out[QStringLiteral("status")].toString(), QStringLiteral("forged"));
        QVERIFY(!refused.out[QStringLiteral("admits")].toBool());
        CliRun otherPinned = cli.run({QStringLiteral("ticket"), QStringLiteral("verify"), code,
                                      QStringLiteral("--public-key"), otherPem});
        QCOMPARE(otherPinned.out[QStringLiteral("status")].toString(), QStringLiteral("forged"));
    }
};

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "testclisecurity.moc"
