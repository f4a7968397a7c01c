// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli alerts: rules set by ops (not a cashier), the log read back,
// an alert acknowledged under a name.
#include "alerts/alertevaluator.h"
#include "cliharness.h"
#include "engine/engine.h"
#include "storage/sqlitedb.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

QStringList as(const char *actor, const char *pin)
{
    return {QStringLiteral("--actor"), QLatin1String(actor), QStringLiteral("--pin"),
            QLatin1String(pin)};
}

} // namespace

class TestCliAlerts : public QObject
{
    Q_OBJECT

private slots:
    void opsSetsARuleACashierCannotAndTheLogIsListedAndAcknowledged()
    {
        CliHarness cli;
        cli.ok({QStringLiteral("demo")});
        cli.ok({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("ada"),
                QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--new-pin"),
                QStringLiteral("4321")});
        for (const auto &[name, role, pin] :
             {std::tuple{"carl", "cashier", "1111"}, std::tuple{"otto", "ops", "2222"}})
            cli.ok(QStringList{QStringLiteral("user"), QStringLiteral("create"),
                               QLatin1String(name), QStringLiteral("--role"), QLatin1String(role),
                               QStringLiteral("--new-pin"), QLatin1String(pin)} +
                   as("ada", "4321"));

        const QStringList stockRule{QStringLiteral("alerts"),      QStringLiteral("set-rule"),
                                    QStringLiteral("--kind"),      QStringLiteral("stock_below"),
                                    QStringLiteral("--threshold"), QStringLiteral("500"),
                                    QStringLiteral("--stock"),     QStringLiteral("Standing")};
        const CliRun refused = cli.run(stockRule + as("carl", "1111"));
        QCOMPARE(refused.errorCode(), QStringLiteral("permission_denied"));
        const CliRun added = cli.ok(stockRule + as("otto", "2222"));
        QCOMPARE(added.exitCode, 0);
        const QString rule = QString::number(added.id("id"));

        const CliRun bad =
            cli.run(QStringList{QStringLiteral("alerts"), QStringLiteral("set-rule"),
                                QStringLiteral("--kind"), QStringLiteral("stock_below"),
                                QStringLiteral("--threshold"), QStringLiteral("lots")} +
                    as("otto", "2222"));
        QCOMPARE(bad.error()[QStringLiteral("where")].toString(), QStringLiteral("--threshold"));

        // An edit keeps what it does not name.
        const CliRun edited =
            cli.ok(QStringList{QStringLiteral("alerts"), QStringLiteral("set-rule"),
                               QStringLiteral("--id"), rule, QStringLiteral("--threshold"),
                               QStringLiteral("400")} +
                   as("otto", "2222"));
        QCOMPARE(edited.out[QStringLiteral("stock")].toString(), QStringLiteral("Standing"));
        const CliRun rules = cli.ok(QStringList{QStringLiteral("alerts"), QStringLiteral("rules")} +
                                    as("otto", "2222"));
        const QJsonArray ruleList = rules.out[QStringLiteral("rules")].toArray();
        QCOMPARE(ruleList.size(), 1);
        QCOMPARE(ruleList.first()[QStringLiteral("threshold")].toDouble(), 400.0);

        // The console's evaluator fires it (200 standing places < 400).
        qint64 alert = 0;
        {
            ManualClock clock;
            EngineOptions options;
            options.path = cli.dbPath();
            options.clock = &clock;
            auto engine = Engine::open(options);
            QVERIFY(engine.ok());
            auto reader = SqliteDb::open(cli.dbPath(), SqliteDb::Mode::ReadOnly);
            QVERIFY(reader.ok());
            AlertEvaluator evaluator(**engine, clock);
            auto changes = evaluator.evaluateLocal(*reader);
            QVERIFY(changes.ok());
            QCOMPARE(changes->starts.size(), 1);
        }
        const CliRun listed = cli.ok(QStringList{QStringLiteral("alerts"), QStringLiteral("list"),
                                                 QStringLiteral("--open")} +
                                     as("otto", "2222"));
        const QJsonArray alerts = listed.out[QStringLiteral("alerts")].toArray();
        QCOMPARE(alerts.size(), 1);
        alert = alerts.first()[QStringLiteral("id")].toInteger();
        QCOMPARE(alerts.first()[QStringLiteral("peak_value")].toDouble(), 200.0);

        const CliRun cashierList = cli.run(
            QStringList{QStringLiteral("alerts"), QStringLiteral("list")} + as("carl", "1111"));
        QCOMPARE(cashierList.errorCode(), QStringLiteral("permission_denied"));
        const CliRun noName = cli.run(
            QStringList{QStringLiteral("alerts"), QStringLiteral("ack"), QString::number(alert)} +
            as("otto", "2222"));
        QCOMPARE(noName.error()[QStringLiteral("where")].toString(), QStringLiteral("--name"));
        cli.ok(QStringList{QStringLiteral("alerts"), QStringLiteral("ack"), QString::number(alert),
                           QStringLiteral("--name"), QStringLiteral("Otto on duty")} +
               as("otto", "2222"));
        const CliRun after = cli.ok(QStringList{QStringLiteral("alerts"), QStringLiteral("list")} +
                                    as("ada", "4321"));
        QCOMPARE(after.out[QStringLiteral("alerts")]
                     .toArray()
                     .first()[QStringLiteral("acknowledged_by")]
                     .toString(),
                 QStringLiteral("Otto on duty"));
    }
};

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "testclialerts.moc"
