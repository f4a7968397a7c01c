// SPDX-License-Identifier: GPL-3.0-or-later
// The run report's CSV exports: what a spreadsheet reads back is what was
// sold, Chinese names intact, a formula-looking cell neutralised.
#include "catalog/csvrecordreader.h"
#include "report/reportcsv.h"
#include "report/runreport.h"
#include "resultassert.h"

#include "../sales/salerequests.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSell = QStringLiteral("sell");
constexpr qint64 kStallsAdult = 38000;
constexpr qint64 kStanding = 12000;

// Every record of a CSV file, cells unquoted as a spreadsheet reads them.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    CsvRecordReader reader(bytes, bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    CsvRecord record;
    while (!reader.atEnd()) {
        reader.read(record);
        if (record.problem != CsvRecord::Problem::None)
            qFatal("malformed CSV at line %d", record.line);
        if (record.blank)
            continue;
        QStringList cells;
        for (const CsvField &f : record.fields) {
            QString text = QString::fromUtf8(bytes.mid(f.begin, f.end - f.begin));
            if (f.hasEscapedQuotes)
                text.replace(QStringLiteral("\"\""), QStringLiteral("\""));
            cells.push_back(text);
        }
        rows.push_back(cells);
    }
    return rows;
}

qint64 orderOf(const CommandOutcome &outcome)
{
    return outcome.result.value()[QStringLiteral("order")].toInteger();
}

RunReport reportOf(EngineFixture &f)
{
    SqliteDb db = f.reader();
    auto report = RunReportReader::read(db, f.engine().terminalId(), f.engine().dataKey(db).get(),
                                        RunReportScope{f.ids().event, {}, {}}, f.clock().nowMs());
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return *report;
}

} // namespace

class TestReportCsv : public QObject
{
    Q_OBJECT

private slots:
    void ordersPaymentsAndRefundsRoundTripWithChineseAndFormulaCells()
    {
        EngineFixture f;
        QJsonObject chinese =
            saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                        QJsonArray{payment(QStringLiteral("qr"), kStallsAdult,
                                           QStringLiteral("declined"), QStringLiteral("timeout")),
                                   cash(kStallsAdult)});
        chinese.insert(QStringLiteral("customer"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("王芳")},
                                   {QStringLiteral("phone"), QStringLiteral("13800138000")}});
        auto first = f.run(kSell, chinese);
        TESSERA_VERIFY_OK(first.result);
        f.clock().advance(61'000);
        QJsonObject formula =
            saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                        QJsonArray{cash(kStanding)});
        formula.insert(QStringLiteral("customer"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("=1+1")}});
        auto second = f.run(kSell, formula);
        TESSERA_VERIFY_OK(second.result);
        f.clock().advance(30'000);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("refund"),
                  QJsonObject{{QStringLiteral("order"), orderOf(second)},
                              {QStringLiteral("reason"), QStringLiteral("@bad, \"x\"")}})
                .result);
        f.clock().advance(1000);

        const RunReport report = reportOf(f);
        const QByteArray ordersCsv = ReportCsv::orders(report);
        QVERIFY(ordersCsv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(ordersCsv.contains("\r\n"));
        QVERIFY(!QByteArray(ordersCsv).replace("\r\n", "").contains('\n'));

        const QList<QStringList> orders = readCsv(ReportCsv::orders(report));
        QCOMPARE(orders.size(), 3);
        QCOMPARE(orders[0].size(), 9);
        QCOMPARE(orders[1][0], RunReport::orderNumber(f.engine().terminalId(), orderOf(first)));
        QCOMPARE(orders[1][8], QStringLiteral("王芳"));
        QCOMPARE(orders[1][3], report.eventName);
        QCOMPARE(orders[1][7], QStringLiteral("380.00"));
        QCOMPARE(orders[1][2], ReportCsv::time(report.facts.orders[0].createdAtMs, report.zone));
        QVERIFY(
            QDateTime::fromString(orders[1][2], QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid());
        QCOMPARE(orders[2][8], QStringLiteral("'=1+1"));
        QVERIFY(ReportCsv::orders(report).contains("\"'=1+1\""));

        const QList<QStringList> payments = readCsv(ReportCsv::payments(report));
        QCOMPARE(payments.size(), 4);
        QCOMPARE(payments[1][4], QStringLiteral("qr"));
        QCOMPARE(payments[1][5], QStringLiteral("sandbox_qr"));
        QCOMPARE(payments[1][7], QStringLiteral("timeout"));
        QCOMPARE(payments[1][9], QStringLiteral("380.00"));

        const QList<QStringList> refunds = readCsv(ReportCsv::refunds(report));
        QCOMPARE(refunds.size(), 2);
        QCOMPARE(refunds[1][0], RunReport::orderNumber(f.engine().terminalId(), orderOf(second)));
        QCOMPARE(refunds[1][4], QStringLiteral("120.00"));
        QCOMPARE(refunds[1][5], QStringLiteral("'@bad, \"x\""));
    }

    void aCellIsNeutralisedOnlyWhereASpreadsheetWouldRunIt()
    {
        QCOMPARE(ReportCsv::cell(QStringLiteral("=1+1")), QStringLiteral("\"'=1+1\""));
        QCOMPARE(ReportCsv::cell(QStringLiteral("+86 138")), QStringLiteral("\"'+86 138\""));
        QCOMPARE(ReportCsv::cell(QStringLiteral("-2")), QStringLiteral("\"'-2\""));
        QCOMPARE(ReportCsv::cell(QStringLiteral("\tx")), QStringLiteral("\"'\tx\""));
        QCOMPARE(ReportCsv::cell(QStringLiteral("a=b")), QStringLiteral("a=b"));
        QCOMPARE(ReportCsv::cell(QStringLiteral("王, 芳")), QStringLiteral("\"王, 芳\""));
        QCOMPARE(ReportCsv::cell(QString()), QString());
    }

    void timesAreInTheBoxOfficeZone()
    {
        const qint64 utcNoon =
            QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(ReportCsv::time(utcNoon, QStringLiteral("Asia/Shanghai")),
                 QStringLiteral("2026-11-22 20:00:00"));
        QCOMPARE(ReportCsv::time(utcNoon, QStringLiteral("UTC")),
                 QStringLiteral("2026-11-22 12:00:00"));
    }
};

QTEST_MAIN(TestReportCsv)
#include "testreportcsv.moc"
