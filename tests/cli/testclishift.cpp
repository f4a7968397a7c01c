// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliharness.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestCliShift : public QObject
{
    Q_OBJECT
private slots:
    void aWholeShiftFromOpenToZReport()
    {
        CliHarness cli;
        const CliRun demo = cli.ok({QStringLiteral("demo")});
        QCOMPARE(demo.exitCode, 0);
        const QString event = QString::number(demo.id("event"));

        const CliRun none = cli.run({QStringLiteral("shift"), QStringLiteral("show")});
        QCOMPARE(none.exitCode, 4);
        QCOMPARE(none.errorCode(), QStringLiteral("not_found"));

        const CliRun opened = cli.ok({QStringLiteral("shift"), QStringLiteral("open"),
                                      QStringLiteral("--float"), QStringLiteral("50000")});
        QCOMPARE(opened.exitCode, 0);
        QCOMPARE(opened.out[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        QVERIFY(!opened.out[QStringLiteral("idempotency_key")].toString().isEmpty());

        const CliRun twice = cli.run({QStringLiteral("shift"), QStringLiteral("open"),
                                      QStringLiteral("--float"), QStringLiteral("100")});
        QCOMPARE(twice.exitCode, 3);
        QCOMPARE(twice.errorCode(), QStringLiteral("invalid_state"));

        QCOMPARE(cli.ok({QStringLiteral("sell"), QStringLiteral("--event"), event,
                         QStringLiteral("--seat"), QStringLiteral("S-A-1"), QStringLiteral("--pay"),
                         QStringLiteral("cash:38000")})
                     .exitCode,
                 0);
        const CliRun in =
            cli.ok({QStringLiteral("shift"), QStringLiteral("cash-in"), QStringLiteral("1000"),
                    QStringLiteral("--reason"), QStringLiteral("coins from the safe")});
        QCOMPARE(in.exitCode, 0);
        QCOMPARE(in.out[QStringLiteral("expected")].toInteger(), 89000);

        const CliRun tooMuch =
            cli.run({QStringLiteral("shift"), QStringLiteral("cash-out"), QStringLiteral("89001"),
                     QStringLiteral("--reason"), QStringLiteral("bank drop")});
        QCOMPARE(tooMuch.exitCode, 3);
        QCOMPARE(tooMuch.error()[QStringLiteral("where")].toString(), QStringLiteral("amount"));

        const CliRun noReason =
            cli.run({QStringLiteral("shift"), QStringLiteral("cash-out"), QStringLiteral("100")});
        QCOMPARE(noReason.exitCode, 2);
        QCOMPARE(noReason.error()[QStringLiteral("where")].toString(), QStringLiteral("--reason"));
        const CliRun badAmount =
            cli.run({QStringLiteral("shift"), QStringLiteral("cash-in"), QStringLiteral("ten"),
                     QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(badAmount.exitCode, 2);
        QCOMPARE(badAmount.error()[QStringLiteral("where")].toString(), QStringLiteral("AMOUNT"));

        const CliRun uncounted = cli.run({QStringLiteral("shift"), QStringLiteral("close")});
        QCOMPARE(uncounted.exitCode, 2);
        QCOMPARE(uncounted.errorCode(), QStringLiteral("missing_field"));
        const CliRun badCount = cli.run({QStringLiteral("shift"), QStringLiteral("close"),
                                         QStringLiteral("--count"), QStringLiteral("100x3")});
        QCOMPARE(badCount.exitCode, 2);
        QCOMPARE(badCount.error()[QStringLiteral("where")].toString(), QStringLiteral("--count"));

        const CliRun closed =
            cli.ok({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--count"),
                    QStringLiteral("10000:8"), QStringLiteral("--count"), QStringLiteral("5000:1"),
                    QStringLiteral("--count"), QStringLiteral("1000:3"), QStringLiteral("--note"),
                    QStringLiteral("ten short")});
        QCOMPARE(closed.exitCode, 0);
        QCOMPARE(closed.out[QStringLiteral("expected")].toInteger(), 89000);
        QCOMPARE(closed.out[QStringLiteral("counted")].toInteger(), 88000);
        QCOMPARE(closed.out[QStringLiteral("difference")].toInteger(), -1000);
        QCOMPARE(closed.out[QStringLiteral("over_short")].toString(), QStringLiteral("short"));

        const CliRun report = cli.ok({QStringLiteral("shift"), QStringLiteral("show")});
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.out[QStringLiteral("state")].toString(), QStringLiteral("closed"));
        QCOMPARE(report.out[QStringLiteral("note")].toString(), QStringLiteral("ten short"));
        QCOMPARE(report.out[QStringLiteral("counted")].toArray().size(), 3);
        QCOMPARE(report.out[QStringLiteral("cash_sales")].toInteger(), 38000);
        const CliRun byId =
            cli.ok({QStringLiteral("shift"), QStringLiteral("show"), QStringLiteral("--shift"),
                    QString::number(closed.id("shift"))});
        QCOMPARE(byId.out, report.out);
        const CliRun missing = cli.run({QStringLiteral("shift"), QStringLiteral("show"),
                                        QStringLiteral("--shift"), QStringLiteral("99")});
        QCOMPARE(missing.exitCode, 4);
    }

    void cashWithoutAShiftIsRefusedAndTheDayEndIsWrittenAsCsv()
    {
        CliHarness cli;
        const CliRun demo = cli.ok({QStringLiteral("demo")});
        const QString event = QString::number(demo.id("event"));
        const QStringList sale{
            QStringLiteral("sell"),      QStringLiteral("--event"), event,
            QStringLiteral("--seat"),    QStringLiteral("S-A-1"),   QStringLiteral("--pay"),
            QStringLiteral("cash:38000")};
        const CliRun refused = cli.run(sale);
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.errorCode(), QStringLiteral("shift_required"));
        QCOMPARE(cli.ok({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                         QStringLiteral("10000")})
                     .exitCode,
                 0);
        QCOMPARE(cli.ok(sale).exitCode, 0);

        const CliRun policy = cli.ok({QStringLiteral("shift"), QStringLiteral("policy")});
        QCOMPARE(policy.out[QStringLiteral("required_for")].toString(), QStringLiteral("cash"));
        QCOMPARE(policy.out[QStringLiteral("blind_count")].toBool(), true);
        const CliRun set = cli.ok({QStringLiteral("shift"), QStringLiteral("policy"),
                                   QStringLiteral("--required-for"), QStringLiteral("all"),
                                   QStringLiteral("--blind-count"), QStringLiteral("off")});
        QCOMPARE(set.out[QStringLiteral("required_for")].toString(), QStringLiteral("all"));
        QCOMPARE(set.out[QStringLiteral("blind_count")].toBool(), false);

        const CliRun json =
            cli.ok({QStringLiteral("shift"), QStringLiteral("day-end"), QStringLiteral("--date"),
                    QStringLiteral("2026-11-22"), QStringLiteral("--zone"), QStringLiteral("UTC")});
        const QJsonObject cash = json.out[QStringLiteral("takings")].toArray().first().toObject();
        QCOMPARE(cash[QStringLiteral("method")].toString(), QStringLiteral("cash"));
        QCOMPARE(cash[QStringLiteral("amount")].toInteger(), 38000);
        QCOMPARE(json.out[QStringLiteral("shifts")].toArray().size(), 1);

        const QString csvPath = cli.writeFile(QStringLiteral("day.csv"), {});
        const CliRun csv =
            cli.ok({QStringLiteral("shift"), QStringLiteral("day-end"), QStringLiteral("--date"),
                    QStringLiteral("2026-11-22"), QStringLiteral("-o"), csvPath});
        QCOMPARE(csv.out[QStringLiteral("file")].toString(), csvPath);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(bytes.contains("Takings,cash,CNY,1,380.00"), bytes.constData());

        const CliRun badDate = cli.run({QStringLiteral("shift"), QStringLiteral("day-end"),
                                        QStringLiteral("--date"), QStringLiteral("22/11/2026")});
        QCOMPARE(badDate.errorCode(), QStringLiteral("invalid_input"));
        // Without a QGuiApplication (this test has none) no PDF is drawn:
        // said plainly (TestCliDayEndPdf writes one).
        const CliRun pdf =
            cli.run({QStringLiteral("shift"), QStringLiteral("day-end"), QStringLiteral("-o"),
                     cli.writeFile(QStringLiteral("d.pdf"), {})});
        QVERIFY(pdf.exitCode != 0);
        QCOMPARE(pdf.error()[QStringLiteral("where")].toString(), QStringLiteral("-o"));
    }

    void eachShiftVerbHasHelp()
    {
        CliHarness cli;
        for (const char *verb :
             {"open", "cash-in", "cash-out", "close", "show", "day-end", "policy"}) {
            const CliRun help =
                cli.run({QStringLiteral("shift"), QLatin1String(verb), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.stdoutBytes.contains("shift"), verb);
        }
        const CliRun close =
            cli.run({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--help")});
        QVERIFY(close.stdoutBytes.contains("DENOM:COUNT"));
    }
};

QTEST_GUILESS_MAIN(TestCliShift)
#include "testclishift.moc"
