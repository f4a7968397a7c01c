// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliharness.h"
#include "pdftools.h"
#include "serverprocess.h"
#include "testpaths.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

// A sale on the demo event: a QR attempt times out, then a card pays; a second sale
// is refunded. Returns the event.
qint64 sellWithADeclinedQrAttempt(CliHarness &cli)
{
    const CliRun demo = cli.ok({QStringLiteral("demo")});
    const QString event = QString::number(demo.id("event"));
    const CliRun pending = cli.ok({QStringLiteral("sell"), QStringLiteral("--event"), event,
                                   QStringLiteral("--seat"), QStringLiteral("S-A-1"),
                                   QStringLiteral("--customer-name"), QStringLiteral("王芳")});
    const QString order = QString::number(pending.id("order"));
    cli.ok({QStringLiteral("pay"), order, QStringLiteral("--method"), QStringLiteral("qr"),
            QStringLiteral("--amount"), QStringLiteral("38000"), QStringLiteral("--state"),
            QStringLiteral("declined"), QStringLiteral("--error-code"), QStringLiteral("timeout")});
    cli.ok({QStringLiteral("pay"), order, QStringLiteral("--method"), QStringLiteral("card"),
            QStringLiteral("--amount"), QStringLiteral("38000")});
    const CliRun second =
        cli.ok({QStringLiteral("sell"), QStringLiteral("--event"), event, QStringLiteral("--seat"),
                QStringLiteral("S-A-2"), QStringLiteral("--pay"), QStringLiteral("card:38000")});
    cli.ok({QStringLiteral("refund"), QString::number(second.id("order")),
            QStringLiteral("--reason"), QStringLiteral("Customer request")});
    return demo.id("event");
}

} // namespace

// tessera-cli report: the run report as PDF, and its rows as CSV.
class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfTools().present())
            QFAIL("pdftotext is missing (poppler-utils)");
    }

    void anEventsReportHasItsTotalsAndErrorCodesAndItsCsvFiles()
    {
        CliHarness cli;
        const qint64 event = sellWithADeclinedQrAttempt(cli);
        QTemporaryDir out;
        const QString pdfPath = out.filePath(QStringLiteral("report.pdf"));
        const QString csvDir = out.filePath(QStringLiteral("csv"));
        const CliRun run =
            cli.ok({QStringLiteral("report"), QStringLiteral("--event"), QString::number(event),
                    QStringLiteral("-o"), pdfPath, QStringLiteral("--csv-dir"), csvDir});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out[QStringLiteral("orders")].toInteger(), 2);
        QCOMPARE(run.out[QStringLiteral("attempts")].toInteger(), 3);
        QCOMPARE(run.out[QStringLiteral("approved")].toInteger(), 2);
        QCOMPARE(run.out[QStringLiteral("refunds")].toInteger(), 1);

        const QStringList pages =
            PdfTools().pages(pdfPath, out.filePath(QStringLiteral("page")), 50);
        QVERIFY(!pages.isEmpty());
        for (const QString &png : pages) {
            const QImage page(png);
            QVERIFY2(!page.isNull(), qPrintable(png));
            QVERIFY(page.width() > 100 && page.height() > 100);
        }
        const QImage first(pages.first());
        bool ink = false;
        for (int y = 0; y < first.height() && !ink; y += 3) {
            for (int x = 0; x < first.width() && !ink; x += 3)
                ink = qGray(first.pixel(x, y)) < 128;
        }
        QVERIFY(ink);
        // Every page at a readable size, for a look (build/screenshots).
        const QStringList shots =
            PdfTools().pages(pdfPath, screenshotPath(QStringLiteral("run-report-cli-en")), 100);
        QVERIFY(!shots.isEmpty());

        const QString text = PdfTools().text(pdfPath).simplified();
        for (const QString &expected :
             {QStringLiteral("Run report"), QStringLiteral("Totals"), QStringLiteral("Orders"),
              QStringLiteral("760.00"), QStringLiteral("Payment attempts"), QStringLiteral("66.7%"),
              QStringLiteral("Error codes"), QStringLiteral("timeout"),
              QStringLiteral("Customer request"), QStringLiteral("Peak throughput"),
              QStringLiteral("No alert recorded"), QStringLiteral("Sync incidents")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));

        for (const char *name : {"orders.csv", "payments.csv", "refunds.csv"}) {
            QFile file(QDir(csvDir).filePath(QLatin1String(name)));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            QVERIFY(file.peek(3) == QByteArray("\xEF\xBB\xBF"));
        }
        QFile orders(QDir(csvDir).filePath(QStringLiteral("orders.csv")));
        QVERIFY(orders.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(orders.readAll()).contains(QStringLiteral("王芳")));
        QFile payments(QDir(csvDir).filePath(QStringLiteral("payments.csv")));
        QVERIFY(payments.open(QIODevice::ReadOnly));
        QVERIFY(payments.readAll().contains(",timeout,"));
    }

    void aRangeOfDaysIsReported()
    {
        CliHarness cli;
        sellWithADeclinedQrAttempt(cli);
        QTemporaryDir out;
        const QString pdfPath = out.filePath(QStringLiteral("range.pdf"));
        const CliRun run = cli.ok({QStringLiteral("report"), QStringLiteral("--from"),
                                   QStringLiteral("2026-11-21"), QStringLiteral("--to"),
                                   QStringLiteral("2026-11-22"), QStringLiteral("-o"), pdfPath});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out[QStringLiteral("orders")].toInteger(), 2);
        QVERIFY(PdfTools().text(pdfPath).contains(QStringLiteral("timeout")));
    }

    void aCashierMayNotReadTheReport()
    {
        CliHarness cli;
        cli.ok({QStringLiteral("demo")});
        const QStringList admin{QStringLiteral("--actor"), QStringLiteral("ada"),
                                QStringLiteral("--pin"), QStringLiteral("4321")};
        cli.ok({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("ada"),
                QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--new-pin"),
                QStringLiteral("4321")});
        cli.ok(QStringList{QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("carl"),
                           QStringLiteral("--role"), QStringLiteral("cashier"),
                           QStringLiteral("--new-pin"), QStringLiteral("1111")} +
               admin);
        QTemporaryDir out;
        const QString pdfPath = out.filePath(QStringLiteral("r.pdf"));
        const QStringList report{QStringLiteral("report"), QStringLiteral("--event"),
                                 QStringLiteral("1"), QStringLiteral("-o"), pdfPath};
        const CliRun cashier =
            cli.run(report + QStringList{QStringLiteral("--actor"), QStringLiteral("carl"),
                                         QStringLiteral("--pin"), QStringLiteral("1111")});
        QCOMPARE(cashier.errorCode(), QStringLiteral("permission_denied"));
        QVERIFY(!QFileInfo::exists(pdfPath));
        QCOMPARE(cli.ok(report + admin).exitCode, 0);
        QVERIFY(QFileInfo(pdfPath).size() > 0);
    }

    void everyTerminalsReportComesFromTheServer()
    {
        const QString exe = QStringLiteral(TESSERA_SERVER_EXE);
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        // The server's staff: the demo's, ops among them.
        QVERIFY(initServerWithStaff(exe, data));
        const QString code = enrolmentCode(exe, data, QStringLiteral("BOX-7"));
        QCOMPARE(runServerCommand(exe, {QStringLiteral("allocate"), QStringLiteral("--data"), data,
                                        QStringLiteral("--terminal"), QStringLiteral("BOX-7"),
                                        QStringLiteral("--event"), QStringLiteral("1"),
                                        QStringLiteral("--ga"), QStringLiteral("Standing"),
                                        QStringLiteral("--places"), QStringLiteral("10")})
                     .exitCode,
                 0);
        RunningServer server(exe, data);
        QVERIFY(server.port() > 0);

        CliHarness cli;
        cli.ok({QStringLiteral("demo")});
        QTemporaryDir out;
        const QString pdfPath = out.filePath(QStringLiteral("all.pdf"));
        const QStringList report{QStringLiteral("report"), QStringLiteral("--event"),
                                 QStringLiteral("1"),      QStringLiteral("--every-terminal"),
                                 QStringLiteral("-o"),     pdfPath};
        // Not enrolled: nothing to ask.
        const CliRun alone = cli.run(report);
        QCOMPARE(alone.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(alone.error().value(QStringLiteral("where")).toString(),
                 QStringLiteral("--every-terminal"));

        cli.ok({QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--server"),
                QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--code"), code});
        cli.ok({QStringLiteral("sync"), QStringLiteral("now")}); // the server's staff and places
        const QStringList manager{QStringLiteral("--actor"), QStringLiteral("manager"),
                                  QStringLiteral("--pin"), QStringLiteral("3333")};
        cli.ok(QStringList{QStringLiteral("sell"), QStringLiteral("--event"), QStringLiteral("1"),
                           QStringLiteral("--ga"), QStringLiteral("1:2"), QStringLiteral("--pay"),
                           QStringLiteral("card:24000")} +
               manager);
        cli.ok(QStringList{QStringLiteral("sync"), QStringLiteral("now")} + manager);

        const CliRun run = cli.ok(report + manager);
        QCOMPARE(run.out.value(QStringLiteral("orders")).toInteger(), 1);
        QCOMPARE(run.out.value(QStringLiteral("revenue")).toInteger(), 24000);
        const QString text = PdfTools().text(pdfPath).simplified();
        for (const QString &expected : {QStringLiteral("every terminal, as the server"),
                                        QStringLiteral("BOX-7"), QStringLiteral("Page 1 of")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The rows behind a server's report are not on this console.
        const CliRun csv =
            cli.run(report + manager + QStringList{QStringLiteral("--csv-dir"), out.path()});
        QCOMPARE(csv.errorCode(), QStringLiteral("invalid_input"));
        QCOMPARE(csv.error().value(QStringLiteral("where")).toString(),
                 QStringLiteral("--csv-dir"));
        QCOMPARE(server.stop(), 0);
    }

    void badInputIsRefusedNamingTheField()
    {
        CliHarness cli;
        cli.ok({QStringLiteral("demo")});
        QTemporaryDir out;
        const QString pdfPath = out.filePath(QStringLiteral("r.pdf"));
        const struct
        {
            QStringList args;
            const char *code;
            const char *where;
        } cases[] = {
            {{QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"),
              QStringLiteral("2026-11-22"), QStringLiteral("-o"), pdfPath},
             "invalid_input",
             "--from"},
            {{QStringLiteral("--from"), QStringLiteral("2026-11-22"), QStringLiteral("--to"),
              QStringLiteral("2026-11-01"), QStringLiteral("-o"), pdfPath},
             "invalid_input",
             "--to"},
            {{QStringLiteral("--event"), QStringLiteral("4242"), QStringLiteral("-o"), pdfPath},
             "not_found",
             "--event"},
            {{QStringLiteral("-o"), pdfPath}, "missing_field", "--event"},
            {{QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("-o"),
              QStringLiteral("/proc/no-such-folder/r.pdf")},
             "storage_error",
             "-o"},
            {{QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("-o"), pdfPath,
              QStringLiteral("--csv-dir"), QStringLiteral("/proc/no-such-folder")},
             "storage_error",
             "--csv-dir"},
            {{QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--from"),
              QStringLiteral("2026-11-22"), QStringLiteral("-o"), pdfPath},
             "invalid_input",
             "--event"},
            {{QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("-o"),
              out.filePath(QStringLiteral("r.txt"))},
             "invalid_input",
             "-o"},
        };
        for (const auto &c : cases) {
            const CliRun r = cli.run(QStringList{QStringLiteral("report")} + c.args);
            QVERIFY2(r.exitCode != 0, qPrintable(c.args.join(QLatin1Char(' '))));
            QCOMPARE(r.errorCode(), QLatin1String(c.code));
            QCOMPARE(r.error()[QStringLiteral("where")].toString(), QLatin1String(c.where));
        }
        QVERIFY(!QFileInfo::exists(pdfPath));
    }
};

QTEST_MAIN(TestCliReport)
#include "testclireport.moc"
