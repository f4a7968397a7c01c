// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "pdftools.h"
#include "resultassert.h"

#include "common/translations.h"
#include "printing/printstyle.h"
#include "printing/slipdocument.h"
#include "printing/ticketdocument.h"
#include "printing/ticketprinter.h"
#include "printing/zreportdocument.h"
#include "query/orderqueries.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr int kDpi = 200;
constexpr qreal kPointsPerMm = 72 / 25.4;

// The console's language for one test: translations and number formats.
struct Language
{
    explicit Language(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        installTranslations(*qApp, locale);
    }
    ~Language()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale::c());
    }
};

// pdftotext breaks lines where the layout does and spells no-break spaces as spaces.
QString flat(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    // pdftotext gives some CJK characters as their compatibility forms (⽉ for 月).
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// Spaces are compared away: pdftotext drops those between CJK and Latin text.
bool shows(const QString &pdfText, const QString &expected)
{
    return flat(pdfText).remove(QLatin1Char(' ')).contains(flat(expected).remove(QLatin1Char(' ')));
}

#define VERIFY_SHOWS(text, expected)                                                               \
    QVERIFY2(shows(text, expected),                                                                \
             qPrintable(QStringLiteral("“%1” not found in:\n%2").arg(expected, flat(text))))

// The style the printouts use, for the expected dates and amounts.
PrintStyle styleFor(const QLocale &locale)
{
    static QImage probe(1, 1, QImage::Format_RGB32);
    return PrintStyle(probe, locale);
}

// Every page rendered at 200 dpi carries ink.
void verifyPagesHaveInk(const PdfTools &tools, const QString &pdf, int expectedPages)
{
    const QStringList pages = tools.pages(pdf, pdf.chopped(4), kDpi);
    QCOMPARE(pages.size(), expectedPages);
    for (const QString &png : pages) {
        const QImage page = QImage(png).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY2(!page.isNull(), qPrintable(png));
        qint64 ink = 0;
        for (int y = 0; y < page.height(); ++y) {
            const uchar *row = page.constScanLine(y);
            for (int x = 0; x < page.width(); ++x)
                ink += row[x] < 128 ? 1 : 0;
        }
        QVERIFY2(ink > 500, qPrintable(png));
    }
}

// Copies the PDF where TESSERA_PRINTOUT_DIR says, for a person to look at.
void keepForReview(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("TESSERA_PRINTOUT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(name);
    QFile::remove(target);
    QFile::copy(pdf, target);
}

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

qint64 sellTwoSeatsAndStandingInCash(EngineFixture &f)
{
    const QJsonArray lines{QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-A-1")}},
                           QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-A-2")},
                                       {QStringLiteral("ticket_type"), QStringLiteral("child")}},
                           QJsonObject{{QStringLiteral("ga"), f.ids().standingQuota},
                                       {QStringLiteral("quantity"), 1}}};
    auto held = f.run(QStringLiteral("sell"), QJsonObject{{QStringLiteral("event"), f.ids().event},
                                                          {QStringLiteral("lines"), lines}});
    if (!held.result.ok()) {
        qWarning("%s", qPrintable(held.result.error().toString()));
        return 0;
    }
    const qint64 order = held.result.value()[QStringLiteral("order")].toInteger();
    const qint64 total = held.result.value()[QStringLiteral("total")].toInteger();
    auto paid = f.run(QStringLiteral("add_payment"),
                      QJsonObject{{QStringLiteral("order"), order},
                                  {QStringLiteral("payment"),
                                   QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                               {QStringLiteral("amount"), total}}}});
    if (!paid.result.ok()) {
        qWarning("%s", qPrintable(paid.result.error().toString()));
        return 0;
    }
    return order;
}

QJsonObject closedShiftReport()
{
    return QJsonObject{
        {QStringLiteral("terminal"), QStringLiteral("T1")},
        {QStringLiteral("shift"), 3},
        {QStringLiteral("state"), QStringLiteral("closed")},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("opened_at"), QStringLiteral("2026-12-03T01:00:00Z")},
        {QStringLiteral("opened_by"), QStringLiteral("Li Na")},
        {QStringLiteral("closed_at"), QStringLiteral("2026-12-03T09:00:00Z")},
        {QStringLiteral("closed_by"), QStringLiteral("Li Na")},
        {QStringLiteral("float"), 20000},
        {QStringLiteral("takings"),
         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                {QStringLiteral("currency"), QStringLiteral("CNY")},
                                {QStringLiteral("count"), 2},
                                {QStringLiteral("amount"), 76000}}}},
        {QStringLiteral("orders"), QJsonObject{{QStringLiteral("sold"), 2}}},
        {QStringLiteral("refunds"),
         QJsonArray{QJsonObject{{QStringLiteral("order"), 7},
                                {QStringLiteral("amount"), 38000},
                                {QStringLiteral("cash"), 38000},
                                {QStringLiteral("reason"), QStringLiteral("Illness")},
                                {QStringLiteral("approved_by"), QStringLiteral("Wang Wei")},
                                {QStringLiteral("currency"), QStringLiteral("CNY")}}}},
        {QStringLiteral("refunded_total"), 38000},
        {QStringLiteral("cash_refunds"), 38000},
        {QStringLiteral("cash_sales"), 76000},
        {QStringLiteral("counted"), QJsonArray{QJsonObject{{QStringLiteral("denomination"), 10000},
                                                           {QStringLiteral("count"), 5},
                                                           {QStringLiteral("amount"), 50000}},
                                               QJsonObject{{QStringLiteral("denomination"), 2000},
                                                           {QStringLiteral("count"), 4},
                                                           {QStringLiteral("amount"), 8000}}}},
        {QStringLiteral("counted_total"), 58000},
        {QStringLiteral("expected"), 58000},
        {QStringLiteral("difference"), 0}};
}

PrintableSlip slip(PrintableSlip::Kind kind)
{
    PrintableSlip s;
    s.kind = kind;
    s.venueName = QStringLiteral("Grand Theatre");
    s.orderNumber = QStringLiteral("T1-000042");
    s.eventLine = QStringLiteral("The Nutcracker, 2026-12-20 19:30");
    s.currency = QStringLiteral("CNY");
    s.at = QDateTime(QDate(2026, 12, 3), QTime(14, 17), QTimeZone("Asia/Shanghai"));
    s.cashier = QStringLiteral("Li Na");
    s.approvedBy = QStringLiteral("Wang Wei");
    s.terminal = QStringLiteral("T1");
    PrintableLine seat;
    seat.title = QStringLiteral("Stalls · Row A · Seat 1");
    seat.detail = QStringLiteral("Adult");
    seat.price = 38000;
    s.lines.push_back(seat);
    if (kind == PrintableSlip::Kind::Exchange) {
        PrintableLine dearer = seat;
        dearer.title = QStringLiteral("Stalls · Row C · Seat 5");
        dearer.price = 48000;
        s.lines.push_back(dearer);
        s.amount = 10000;
    } else {
        s.amount = 38000;
        s.reason = QStringLiteral("Illness");
    }
    return s;
}

} // namespace

class TestPrintouts : public QObject
{
    Q_OBJECT

    void locales()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China);
    }

    static QString tag() { return QString::fromLatin1(QTest::currentDataTag()); }

private slots:
    void initTestCase()
    {
        if (!PdfTools().present())
            QFAIL("pdftoppm, pdftotext or zbarimg is missing (poppler-utils, zbar-tools)");
    }

    void ticketsAndReceiptShowEveryFieldInFull_data() { locales(); }
    void ticketsAndReceiptShowEveryFieldInFull()
    {
        QFETCH(QLocale, locale);
        const Language language(locale);
        EngineFixture f;
        const qint64 orderId = sellTwoSeatsAndStandingInCash(f);
        QVERIFY(orderId > 0);
        SqliteDb db = f.reader();
        auto order = TicketPrinter::gather(db, f.engine(), orderId);
        TESSERA_VERIFY_OK(order);
        QCOMPARE(order->tickets.size(), 3);
        // The longest English date there is: the stub must still show it whole.
        order->startsAt = QDateTime(QDate(2026, 9, 30), QTime(19, 30), order->startsAt.timeZone());
        const qint64 tendered = (order->paid / 10000 + 2) * 10000;
        order->setCashTendered(tendered);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("order.pdf"));
        TESSERA_VERIFY_OK(TicketPrinter::writePdf(*order, pdf, false, locale));
        keepForReview(pdf, QStringLiteral("order-%1.pdf").arg(tag()));

        const PdfTools tools;
        verifyPagesHaveInk(tools, pdf, 4); // three tickets, then the receipt
        const QString text = tools.text(pdf);
        const PrintStyle style = styleFor(locale);
        const TicketDocument tickets(*order);
        VERIFY_SHOWS(text, order->eventName);
        VERIFY_SHOWS(text, order->number);
        VERIFY_SHOWS(text, tickets.dateLine(style));
        // The stub repeats the date, whole: the long line again or the short form.
        QVERIFY2(flat(text).count(flat(tickets.dateLine(style))) >= 2 ||
                     shows(text, style.dateTime(order->startsAt)),
                 qPrintable(flat(text)));
        for (const PrintableTicket &t : order->tickets) {
            QVERIFY(!t.readableCode.isEmpty());
            QVERIFY(t.readableCode.size() < 40);
            VERIFY_SHOWS(text, t.readableCode);
            VERIFY_SHOWS(text, style.money(t.price, order->currency));
            if (!t.standing)
                VERIFY_SHOWS(
                    text,
                    translated("tessera::TicketDocument", "Row %1 · Seat %2").arg(t.row, t.seat));
        }
        // The receipt: total, what was handed over and the change.
        VERIFY_SHOWS(text, style.money(order->total, order->currency));
        VERIFY_SHOWS(text, translated("tessera::ReceiptDocument", "Handed over"));
        VERIFY_SHOWS(text, style.money(tendered, order->currency));
        VERIFY_SHOWS(text, translated("tessera::ReceiptDocument", "Change"));
        VERIFY_SHOWS(text, style.money(tendered - order->paid, order->currency));

        // Nothing on a ticket runs over its edges or across the perforation.
        const qreal perforation = 148 * kPointsPerMm;
        for (const PdfWord &word : tools.words(pdf)) {
            if (word.page >= 3)
                continue;
            const QString where = QStringLiteral("“%1” at %2–%3 pt")
                                      .arg(word.text)
                                      .arg(word.box.left())
                                      .arg(word.box.right());
            QVERIFY2(word.box.left() >= 0 && word.box.right() <= word.pageSize.width(),
                     qPrintable(where));
            QVERIFY2(word.box.right() <= perforation + 0.5 || word.box.left() >= perforation - 0.5,
                     qPrintable(where));
            // The stub keeps 2 mm clear on either side of its text.
            if (word.box.left() >= perforation)
                QVERIFY2(word.box.left() >= perforation + 2 * kPointsPerMm - 0.5 &&
                             word.box.right() <= word.pageSize.width() - 2 * kPointsPerMm + 0.5,
                         qPrintable(where));
        }
    }

    void duplicateOfAnOldCashPaymentSaysTheHandedOverAmountIsNotRecorded_data() { locales(); }
    void duplicateOfAnOldCashPaymentSaysTheHandedOverAmountIsNotRecorded()
    {
        QFETCH(QLocale, locale);
        const Language language(locale);
        EngineFixture f;
        const qint64 orderId = sellTwoSeatsAndStandingInCash(f);
        QVERIFY(orderId > 0);
        // A cash payment taken before schema 10 kept no tendered amount.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE method = 'cash' "
                                         "AND tendered IS NULL")),
                 1);
        SqliteDb db = f.reader();
        auto order = TicketPrinter::gather(db, f.engine(), orderId);
        TESSERA_VERIFY_OK(order);
        QVERIFY(!order->payments.first().cashTendered);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("duplicate.pdf"));
        TESSERA_VERIFY_OK(TicketPrinter::writePdf(*order, pdf, true, locale));
        keepForReview(pdf, QStringLiteral("duplicate-untendered-%1.pdf").arg(tag()));
        const QString text = PdfTools().text(pdf);
        const PrintStyle style = styleFor(locale);
        VERIFY_SHOWS(text, translated("tessera::ReceiptDocument", "Handed over"));
        VERIFY_SHOWS(text, translated("tessera::ReceiptDocument", "not recorded"));
        VERIFY_SHOWS(text, style.money(order->paid, order->currency));
        // No change is made up: neither 0.00 nor the amount paid.
        QVERIFY2(!shows(text, translated("tessera::ReceiptDocument", "Change")),
                 qPrintable(flat(text)));
    }

    void zReportShowsTheShiftInFull_data() { locales(); }
    void zReportShowsTheShiftInFull()
    {
        QFETCH(QLocale, locale);
        const Language language(locale);
        const ZReportDocument report(closedShiftReport(),
                                     QDateTime(QDate(2026, 12, 3), QTime(9, 5), QTimeZone::utc()));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(report.fileName());
        TESSERA_VERIFY_OK(report.writePdf(pdf, locale));
        keepForReview(pdf, QStringLiteral("zreport-%1.pdf").arg(tag()));
        const PdfTools tools;
        verifyPagesHaveInk(tools, pdf, 1);
        const QString text = tools.text(pdf);
        const PrintStyle style = styleFor(locale);
        VERIFY_SHOWS(text, translated("tessera::ZReportDocument", "Z-report"));
        VERIFY_SHOWS(text, QStringLiteral("Li Na"));
        VERIFY_SHOWS(text, QStringLiteral("Wang Wei"));
        VERIFY_SHOWS(text, style.money(76000, QStringLiteral("CNY")));
        VERIFY_SHOWS(text, style.money(58000, QStringLiteral("CNY")));
        VERIFY_SHOWS(text, style.money(38000, QStringLiteral("CNY")));
    }

    void refundSlipShowsWhatWasRefundedAndBothNames_data() { locales(); }
    void refundSlipShowsWhatWasRefundedAndBothNames()
    {
        QFETCH(QLocale, locale);
        const Language language(locale);
        const PrintableSlip refund = slip(PrintableSlip::Kind::Refund);
        const SlipDocument document(refund);
        QCOMPARE(document.fileName(), QStringLiteral("T1-000042-refund.pdf"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(document.fileName());
        TESSERA_VERIFY_OK(document.writePdf(pdf, locale));
        keepForReview(pdf, QStringLiteral("refund-slip-%1.pdf").arg(tag()));
        const PdfTools tools;
        verifyPagesHaveInk(tools, pdf, 1);
        const QString text = tools.text(pdf);
        const PrintStyle style = styleFor(locale);
        VERIFY_SHOWS(text, translated("tessera::SlipDocument", "REFUND SLIP"));
        VERIFY_SHOWS(text, refund.venueName);
        VERIFY_SHOWS(text, QStringLiteral("T1-000042"));
        VERIFY_SHOWS(text, QStringLiteral("The Nutcracker"));
        VERIFY_SHOWS(text, QStringLiteral("Stalls · Row A · Seat 1"));
        VERIFY_SHOWS(text, style.money(38000, QStringLiteral("CNY")));
        VERIFY_SHOWS(text, QStringLiteral("Illness"));
        VERIFY_SHOWS(text, translated("tessera::SlipDocument", "Refunded by"));
        VERIFY_SHOWS(text, QStringLiteral("Li Na"));
        VERIFY_SHOWS(text, translated("tessera::SlipDocument", "Approved by"));
        VERIFY_SHOWS(text, QStringLiteral("Wang Wei"));
        VERIFY_SHOWS(text, style.dateTime(refund.at));
    }

    void exchangeSlipShowsBothPlacesTheDifferenceAndBothNames_data() { locales(); }
    void exchangeSlipShowsBothPlacesTheDifferenceAndBothNames()
    {
        QFETCH(QLocale, locale);
        const Language language(locale);
        const PrintableSlip exchange = slip(PrintableSlip::Kind::Exchange);
        const SlipDocument document(exchange);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(document.fileName());
        TESSERA_VERIFY_OK(document.writePdf(pdf, locale));
        keepForReview(pdf, QStringLiteral("exchange-slip-%1.pdf").arg(tag()));
        const PdfTools tools;
        verifyPagesHaveInk(tools, pdf, 1);
        const QString text = tools.text(pdf);
        const PrintStyle style = styleFor(locale);
        VERIFY_SHOWS(text, translated("tessera::SlipDocument", "EXCHANGE SLIP"));
        VERIFY_SHOWS(text, exchange.venueName);
        VERIFY_SHOWS(text, QStringLiteral("T1-000042"));
        VERIFY_SHOWS(text, QStringLiteral("Stalls · Row A · Seat 1"));
        VERIFY_SHOWS(text, QStringLiteral("Stalls · Row C · Seat 5"));
        VERIFY_SHOWS(text, style.money(38000, QStringLiteral("CNY")));
        VERIFY_SHOWS(text, style.money(48000, QStringLiteral("CNY")));
        VERIFY_SHOWS(text, translated("tessera::SlipDocument", "Customer paid"));
        VERIFY_SHOWS(text, style.money(10000, QStringLiteral("CNY")));
        VERIFY_SHOWS(text, translated("tessera::SlipDocument", "Exchanged by"));
        VERIFY_SHOWS(text, QStringLiteral("Li Na"));
        VERIFY_SHOWS(text, QStringLiteral("Wang Wei"));
    }
};

QTEST_MAIN(TestPrintouts)
#include "testprintouts.moc"
