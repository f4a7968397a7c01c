// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "pdftools.h"
#include "resultassert.h"
#include "testpaths.h"

#include "printing/receiptdocument.h"
#include "printing/ticketdocument.h"
#include "printing/ticketprinter.h"
#include "query/orderqueries.h"
#include "tickets/ticketbook.h"
#include "tickets/ticketverifier.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

// The sale every test prints: two seats and a gift card key, paid in cash.
struct Sale
{
    qint64 order = 0;
    QString number;
    QStringList codes;
    QString cardKey;
};

Sale sellTwoSeatsAndACardKey(EngineFixture &f)
{
    const QJsonArray lines{QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-A-1")}},
                           QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-A-2")},
                                       {QStringLiteral("ticket_type"), QStringLiteral("child")}},
                           QJsonObject{{QStringLiteral("card"), f.ids().cardProduct},
                                       {QStringLiteral("quantity"), 1}}};
    // Hold first to learn the total, then pay exactly that in cash.
    auto held = f.run(QStringLiteral("sell"), QJsonObject{{QStringLiteral("event"), f.ids().event},
                                                          {QStringLiteral("lines"), lines}});
    Sale sale;
    if (!held.result.ok()) {
        qWarning("%s", qPrintable(held.result.error().toString()));
        return sale;
    }
    sale.order = held.result.value()[QStringLiteral("order")].toInteger();
    SqliteDb db = f.reader();
    auto pending = OrderQueries(db, f.engine().terminalId()).order(sale.order);
    const qint64 total = (*pending)[QStringLiteral("total")].toInteger();
    auto paid = f.run(QStringLiteral("add_payment"),
                      QJsonObject{{QStringLiteral("order"), sale.order},
                                  {QStringLiteral("payment"),
                                   QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                               {QStringLiteral("amount"), total}}}});
    if (!paid.result.ok()) {
        qWarning("%s", qPrintable(paid.result.error().toString()));
        sale.order = 0;
        return sale;
    }
    sale.number = (*pending)[QStringLiteral("number")].toString();
    auto codes = TicketBook(db).signedCodes(sale.order, f.engine().ticketKey());
    for (const QJsonValue &c : *codes)
        sale.codes.push_back(c[QStringLiteral("code")].toString());
    auto cards = OrderQueries(db, f.engine().terminalId(), f.engine().dataKey(db).get())
                     .cardCodes(sale.order);
    sale.cardKey = (*cards)[0][QStringLiteral("code")].toString();
    return sale;
}

} // namespace

class TestTicketPrinter : public QObject
{
    Q_OBJECT
private slots:
    void printedQrCodesDecodeToCodesTheGateAdmits()
    {
        const PdfTools tools;
        if (!tools.present())
            QFAIL("pdftoppm, pdftotext or zbarimg is missing (poppler-utils, zbar-tools)");
        EngineFixture f;
        const Sale sale = sellTwoSeatsAndACardKey(f);
        QVERIFY(sale.order > 0);
        QCOMPARE(sale.codes.size(), 2);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("order.pdf"));
        SqliteDb db = f.reader();
        TESSERA_VERIFY_OK(TicketPrinter::printOrderToPdf(db, f.engine(), sale.order, pdf, false));

        const QStringList pages = tools.pages(pdf, dir.filePath(QStringLiteral("page")));
        QCOMPARE(pages.size(), 3); // two tickets, then the receipt
        auto setup = TicketBook(db).gateSetup(f.ids().event, f.engine().ticketKey().publicKey());
        TESSERA_VERIFY_OK(setup);
        const TicketVerifier gate(*setup, f.clock());
        QStringList decoded;
        for (int page = 0; page < 2; ++page) {
            const QString code = tools.qrText(pages[page]);
            QVERIFY2(sale.codes.contains(code), qPrintable(code));
            const TicketVerdict verdict = gate.verify(code);
            QVERIFY2(verdict.admits(), qPrintable(verdict.message));
            decoded.push_back(code);
        }
        QVERIFY(decoded[0] != decoded[1]);
        QVERIFY(tools.qrText(pages[2]).isEmpty()); // the receipt carries no ticket code

        const QString text = tools.text(pdf);
        QVERIFY(text.contains(sale.number));
        QVERIFY(text.contains(QStringLiteral("The Nutcracker")));
        QVERIFY(text.contains(sale.cardKey)); // printed once, for the buyer
        QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));
    }

    void duplicateReprintIsMarkedAndStillDecodes()
    {
        const PdfTools tools;
        if (!tools.present())
            QFAIL("pdftoppm, pdftotext or zbarimg is missing (poppler-utils, zbar-tools)");
        EngineFixture f;
        const Sale sale = sellTwoSeatsAndACardKey(f);
        QVERIFY(sale.order > 0);
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("original.pdf"));
        const QString reprint = dir.filePath(QStringLiteral("reprint.pdf"));
        SqliteDb db = f.reader();
        TESSERA_VERIFY_OK(
            TicketPrinter::printOrderToPdf(db, f.engine(), sale.order, original, false));
        TESSERA_VERIFY_OK(
            TicketPrinter::printOrderToPdf(db, f.engine(), sale.order, reprint, true));

        const QStringList before = tools.pages(original, dir.filePath(QStringLiteral("a")));
        const QStringList after = tools.pages(reprint, dir.filePath(QStringLiteral("b")));
        QCOMPARE(after.size(), before.size());
        QVERIFY(QImage(before[0]) != QImage(after[0]));
        QCOMPARE(tools.qrText(after[0]), tools.qrText(before[0]));
        QVERIFY(sale.codes.contains(tools.qrText(after[0])));

        const QString text = tools.text(reprint);
        QVERIFY(text.contains(QStringLiteral("DUPLICATE")));
        QVERIFY(text.contains(sale.number));
        // Card keys are shown once: the reprint hides them.
        QVERIFY(!text.contains(sale.cardKey));
    }

    void unpaidOrderIsNotPrinted()
    {
        EngineFixture f;
        auto held = f.run(QStringLiteral("sell"),
                          QJsonObject{{QStringLiteral("event"), f.ids().event},
                                      {QStringLiteral("lines"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("seat"), QStringLiteral("S-A-3")}}}}});
        TESSERA_VERIFY_OK(held.result);
        QTemporaryDir dir;
        SqliteDb db = f.reader();
        const auto printed = TicketPrinter::printOrderToPdf(
            db, f.engine(), held.result.value()[QStringLiteral("order")].toInteger(),
            dir.filePath(QStringLiteral("x.pdf")), false);
        QVERIFY(!printed.ok());
        QCOMPARE(printed.error().code, ErrorCode::InvalidState);
    }

    // Renders the English ticket and receipt to test::screenshotDir() for review.
    void savesTicketAndReceiptScreenshots()
    {
        EngineFixture f;
        const Sale sale = sellTwoSeatsAndACardKey(f);
        QVERIFY(sale.order > 0);
        SqliteDb db = f.reader();
        auto order = TicketPrinter::gather(db, f.engine(), sale.order);
        TESSERA_VERIFY_OK(order);
        QCOMPARE(order->tickets.size(), 2);
        order->payments[0].cashTendered = ((order->paid + 9999) / 10000 + 1) * 10000;
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QString dir = test::screenshotDir();
        const QImage ticket =
            TicketDocument(*order).toImage(order->tickets[0], false, 200, english);
        QVERIFY(!ticket.isNull());
        QVERIFY(ticket.save(QDir(dir).filePath(QStringLiteral("ticket-en.png"))));
        const QImage receipt = ReceiptDocument(*order, false).toImage(200, english);
        QVERIFY(receipt.height() > receipt.width());
        QVERIFY(receipt.save(QDir(dir).filePath(QStringLiteral("receipt-en.png"))));
        const QImage duplicate =
            TicketDocument(*order).toImage(order->tickets[1], true, 200, english);
        QVERIFY(duplicate.save(QDir(dir).filePath(QStringLiteral("ticket-duplicate-en.png"))));
    }
};

QTEST_MAIN(TestTicketPrinter)
#include "testticketprinter.moc"
