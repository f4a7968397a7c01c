// SPDX-License-Identifier: GPL-3.0-or-later
// RunReportDocument on a long run: three days of sales, many failures and
// refund reasons, alerts and sync incidents: every section on the pages,
// long tables carried over page breaks.
#include "pdftools.h"
#include "printing/runreportdocument.h"
#include "testpaths.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kMinute = 60'000;
const qint64 kStart =
    QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();

// Three days of sales on two terminals and three channels; every 7th QR
// payment declined with one of three codes; 30 refunds of 30 reasons.
RunReport threeDays()
{
    RunReport r;
    r.scope = RunReportScope{0, QDate(2026, 11, 20), QDate(2026, 11, 22)};
    r.zone = QStringLiteral("Asia/Shanghai");
    r.terminal = QStringLiteral("T1");
    const QStringList channels{QStringLiteral("counter"), QStringLiteral("online"),
                               QStringLiteral("phone")};
    const QStringList codes{QStringLiteral("timeout"), QStringLiteral("insufficient_funds"),
                            QStringLiteral("card_expired")};
    qint64 payment = 0;
    for (qint64 i = 0; i < 600; ++i) {
        const qint64 at = kStart + i * 7 * kMinute;
        const QString terminal = i % 2 ? QStringLiteral("T1") : QStringLiteral("T2");
        r.facts.orders.push_back(
            OrderFact{terminal, i + 1, 1, channels[i % 3], QStringLiteral("CNY"), 1, 12000, at});
        if (i % 7 == 0)
            r.facts.payments.push_back(PaymentFact{terminal, ++payment, i + 1, QStringLiteral("qr"),
                                                   QStringLiteral("sandbox_qr"), 1,
                                                   codes[(i / 7) % 3], 12000, at});
        r.facts.payments.push_back(PaymentFact{
            terminal, ++payment, i + 1, i % 2 ? QStringLiteral("card") : QStringLiteral("qr"),
            i % 2 ? QStringLiteral("card_terminal") : QStringLiteral("sandbox_qr"), 0, QString(),
            12000, at + 1000});
        if (i % 20 == 0)
            r.facts.refunds.push_back(
                RefundFact{terminal, i + 1, 12000,
                           QStringLiteral("Reason %1: the customer could not come").arg(i / 20),
                           at + 5 * kMinute});
    }
    for (int e = 1; e <= 6; ++e) {
        for (const char *stock : {"Stalls", "Balcony", "Standing", "Boxes"})
            r.facts.stock.push_back(
                StockFact{e, QStringLiteral("Event %1").arg(e), QLatin1String(stock), 200, 50, 3});
    }
    DashboardFilter filter;
    filter.fromMs = kStart;
    filter.toMs = kStart + 3 * 24 * 60 * kMinute;
    r.generatedAtMs = filter.toMs + kMinute;
    r.figures = DashboardFigures::compute(r.facts, filter, r.generatedAtMs);
    return r;
}

} // namespace

class TestRunReportDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfTools().present())
            QFAIL("pdftoppm or pdftotext is missing (poppler-utils)");
    }

    void aLongRunFillsSeveralPagesWithEverySection()
    {
        const QList<RunReportAlert> alerts{
            {QStringLiteral("QR payments failing"), kStart + 60 * kMinute, kStart + 75 * kMinute,
             QStringLiteral("sue")},
            {QStringLiteral("Sync lag"), kStart + 120 * kMinute, 0, QString()}};
        const QList<RunReportIncident> incidents{{QStringLiteral("T2"), kStart + 30 * kMinute,
                                                  kStart + 42 * kMinute,
                                                  QStringLiteral("Server unreachable")}};
        const RunReportDocument document(threeDays(), alerts, incidents);
        QCOMPARE(document.fileName(), QStringLiteral("run-report-2026-11-20-2026-11-22.pdf"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(document.fileName());
        QVERIFY(document.writePdf(pdf, QLocale(QLocale::English, QLocale::UnitedStates)).ok());

        const QStringList pages =
            PdfTools().pages(pdf, screenshotPath(QStringLiteral("run-report-range-en")), 100);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        const QString text = PdfTools().text(pdf).simplified();
        for (const QString &expected :
             {QStringLiteral("Run report"), QStringLiteral("Orders per hour"),
              QStringLiteral("600"), QStringLiteral("timeout"),
              QStringLiteral("insufficient_funds"), QStringLiteral("more in payments.csv"),
              QStringLiteral("Reason 29: the customer could not come"), QStringLiteral("Event 6"),
              QStringLiteral("QR payments failing"), QStringLiteral("still on"),
              QStringLiteral("Server unreachable"), QStringLiteral("Printed")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(QStringLiteral("No alert recorded")));
        // Every page numbered at its foot, out of the whole.
        for (int page = 1; page <= pages.size(); ++page) {
            const QString number = QStringLiteral("Page %1 of %2").arg(page).arg(pages.size());
            QVERIFY2(text.contains(number), qPrintable(number));
        }
    }
};

QTEST_MAIN(TestRunReportDocument)
#include "testrunreportdocument.moc"
