// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliharness.h"
#include "pdftools.h"

#include <QGuiApplication>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

// tessera-cli shift day-end -o day.pdf: the console's day-end report, as PDF.
class TestCliDayEndPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfTools().present())
            QFAIL("pdftotext is missing (poppler-utils)");
    }

    void theDayEndIsWrittenAsPdfWithItsTotals()
    {
        CliHarness cli;
        const CliRun demo = cli.ok({QStringLiteral("demo")});
        QCOMPARE(cli.ok({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                         QStringLiteral("10000")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli.ok({QStringLiteral("sell"), QStringLiteral("--event"),
                    QString::number(demo.id("event")), QStringLiteral("--seat"),
                    QStringLiteral("S-A-1"), QStringLiteral("--pay"), QStringLiteral("cash:38000")})
                .exitCode,
            0);
        const QString pdfPath = cli.writeFile(QStringLiteral("day.pdf"), {});
        const CliRun pdf =
            cli.ok({QStringLiteral("shift"), QStringLiteral("day-end"), QStringLiteral("--date"),
                    QStringLiteral("2026-11-22"), QStringLiteral("--zone"), QStringLiteral("UTC"),
                    QStringLiteral("-o"), pdfPath});
        QCOMPARE(pdf.out[QStringLiteral("file")].toString(), pdfPath);
        QVERIFY(pdf.out[QStringLiteral("bytes")].toInteger() > 1000);
        const QString text = PdfTools().text(pdfPath).simplified();
        for (const QString &expected :
             {QStringLiteral("Day-end report"), QStringLiteral("Totals"),
              QStringLiteral("Net takings"), QStringLiteral("380.00"),
              QStringLiteral("Takings by payment method"), QStringLiteral("Cash put in"),
              QStringLiteral("480.00"), QStringLiteral("still open")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
    }

    void anUnknownFileTypeIsRefusedNamingTheOption()
    {
        CliHarness cli;
        cli.ok({QStringLiteral("demo")});
        const CliRun xls = cli.run({QStringLiteral("shift"), QStringLiteral("day-end"),
                                    QStringLiteral("-o"), QStringLiteral("day.xls")});
        QCOMPARE(xls.errorCode(), QStringLiteral("invalid_input"));
        QCOMPARE(xls.error()[QStringLiteral("where")].toString(), QStringLiteral("-o"));
    }
};

QTEST_MAIN(TestCliDayEndPdf)
#include "testclidayendpdf.moc"
