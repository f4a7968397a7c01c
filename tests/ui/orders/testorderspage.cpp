// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ordersscreen.h"
#include "pcelsewhere.h"
#include "resultassert.h"
#include "testpaths.h"

#include "api/commandfactory.h"
#include "console/venuetime.h"
#include "orders/exchangeseatdialog.h"
#include "orders/orderspage.h"
#include "sales/ticketcode.h"
#include "seatmap/seatmapview.h"
#include "storage/sqlitedb.h"
#include "tickets/ticketbook.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;
using namespace tessera::test;

namespace {

// Opens the refund dialog, ticks only `line`, picks a listed reason, confirms.
bool refundOneLine(ConsoleFixture &f, qint64 line)
{
    QTest::mouseClick(find<QPushButton>(f, "refundButton"), Qt::LeftButton);
    QDialog *dialog = waitForDialog(f, "refundDialog");
    if (!dialog)
        return false;
    // On the indicator: a radio button takes clicks on its circle and label.
    auto *some = dialog->findChild<QRadioButton *>(QStringLiteral("refundSomeLines"));
    QTest::mouseClick(some, Qt::LeftButton, {}, QPoint(8, some->height() / 2));
    auto *lines = dialog->findChild<QTreeWidget *>(QStringLiteral("refundLines"));
    for (int i = 0; i < lines->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = lines->topLevelItem(i);
        const bool wanted = item->data(0, Qt::UserRole).toLongLong() == line;
        if ((item->checkState(0) == Qt::Checked) != wanted) {
            lines->setCurrentItem(item);
            QTest::keyClick(lines, Qt::Key_Space);
        }
    }
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("refundReason"));
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Down); // "Event cancelled"
    QTest::keyClick(reason, Qt::Key_Up);   // back to "Customer request"
    auto *amount = dialog->findChild<QLabel *>(QStringLiteral("refundAmount"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("refundConfirmButton"));
    if (!amount->text().contains(QStringLiteral("380.00")))
        return false;
    if (!ok->isEnabled())
        return false;
    QTest::mouseClick(ok, Qt::LeftButton);
    return true;
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestOrdersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { putThePcInNewYork(); }

    void findsAnOrderByItsNumberAndShowsIt()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")},
                                    QStringLiteral("Li Wei"));
        sellSeats(f, {QStringLiteral("S-B-1")});
        QVERIFY(findOrder(f, sale.number, sale.number));
        QCOMPARE(f.window().ordersPage()->currentOrder(), sale.order);
        QCOMPARE(orderStateShown(f), QStringLiteral("paid"));
        auto *lines = find<QTreeWidget>(f, "orderLines");
        QCOMPARE(lines->topLevelItemCount(), 2);
        QVERIFY2(lines->topLevelItem(0)->text(0).contains(QStringLiteral("Seat 1")),
                 qPrintable(lines->topLevelItem(0)->text(0)));
        auto *payments = find<QTreeWidget>(f, "orderPayments");
        QCOMPARE(payments->topLevelItemCount(), 1);
        QCOMPARE(payments->topLevelItem(0)->text(0), QStringLiteral("Cash"));
        QVERIFY(find<QLabel>(f, "orderInfo")->text().contains(QStringLiteral("Li Wei")));
        // Sold now: 16:00 in the box office's Shanghai, not the PC's New York.
        const VenueTime shanghai(QTimeZone(QByteArrayLiteral("Asia/Shanghai")), f.db().clock());
        const QString soldAt = shanghai.dateTime(shanghai.nowMs());
        QVERIFY2(find<QLabel>(f, "orderInfo")->text().contains(soldAt),
                 qPrintable(find<QLabel>(f, "orderInfo")->text()));
        // The customer's name finds it too; Ctrl+F goes back to the field.
        lines->setFocus();
        QTest::keyClick(lines, Qt::Key_F, Qt::ControlModifier);
        auto *search = find<QLineEdit>(f, "orderSearch");
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("li wei"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *results = find<QTreeWidget>(f, "orderResults");
        QVERIFY(ConsoleFixture::waitFor([results, sale] {
            return results->topLevelItemCount() == 1 &&
                   results->topLevelItem(0)->text(0) == sale.number;
        }));
        QCOMPARE(results->topLevelItem(0)->text(1), soldAt);
        // A refund or a void needs leave the cashier has only with approval;
        // a pending order is the only one that can be cancelled.
        QVERIFY(find<QPushButton>(f, "refundButton")->isEnabled());
        QVERIFY(!find<QPushButton>(f, "cancelOrderButton")->isEnabled());
    }

    void cashierRefundsOneLineWithASupervisorsApproval()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")},
                                    QStringLiteral("Li Wei"));
        QVERIFY(findOrder(f, sale.number, sale.number));
        QVERIFY(refundOneLine(f, sale.lines[0]));
        QPointer<QDialog> approval = waitForDialog(f, "approvalDialog");
        QVERIFY(approval);
        auto *name = approval->findChild<QComboBox *>(QStringLiteral("approverName"));
        // Who may approve: supervisor, manager and admin; never the cashier.
        QCOMPARE(name->count(), 3);
        QCOMPARE(name->findData(QStringLiteral("cashier")), -1);
        QVERIFY(saveWithDialog(f, approval, QStringLiteral("refund-approval-en.png")));

        QVERIFY(approveWith(f, QStringLiteral("2222")));
        QVERIFY(ConsoleFixture::waitFor(
            [&f] { return orderStateShown(f) == QLatin1String("partly_refunded"); }));
        QVERIFY(!approval || !approval->isVisible());
        QCOMPARE(lineStateShown(f, sale.lines[0]), QStringLiteral("refunded"));
        QCOMPARE(lineStateShown(f, sale.lines[1]), QStringLiteral("active"));
        QCOMPARE(find<QTreeWidget>(f, "orderRefunds")->topLevelItemCount(), 1);
        auto *message = find<QLabel>(f, "orderMessage");
        QVERIFY2(message->text().contains(QStringLiteral("supervisor")),
                 qPrintable(message->text()));

        // In the engine: one refund of one seat, approved by the supervisor,
        // and the seat is on sale again.
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE order_id = %1 "
                                              "AND amount = 38000 AND approved_by = 'supervisor' "
                                              "AND reason = 'Customer request'")
                                   .arg(sale.order)),
                 1);
        QCOMPARE(lineState(f, sale.lines[0]), 1);
        QCOMPARE(seatState(f, QStringLiteral("S-A-1")), 0);
        QCOMPARE(seatState(f, QStringLiteral("S-A-2")), 2);
        sellSeats(f, {QStringLiteral("S-A-1")});
        QCOMPARE(seatState(f, QStringLiteral("S-A-1")), 2);
        settle();
        QVERIFY(f.saveScreenshot(QStringLiteral("orders-en.png")));
    }

    void wrongSupervisorPinKeepsTheDialogAndRefundsNothing()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")});
        QVERIFY(findOrder(f, sale.number, sale.number));
        QVERIFY(refundOneLine(f, sale.lines[0]));
        QPointer<QDialog> approval = approveWith(f, QStringLiteral("0000"));
        QVERIFY(approval);
        auto *error = approval->findChild<QLabel *>(QStringLiteral("approvalError"));
        QVERIFY(ConsoleFixture::waitFor([error] { return error->isVisible(); }));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(approval->isVisible());
        QVERIFY(approval->findChild<QLineEdit *>(QStringLiteral("approverPin"))->text().isEmpty());
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM refunds")), 0);

        QTest::keyClick(approval, Qt::Key_Escape);
        QVERIFY(
            ConsoleFixture::waitFor([approval] { return !approval || !approval->isVisible(); }));
        auto *message = find<QLabel>(f, "orderMessage");
        QVERIFY(ConsoleFixture::waitFor([message] { return message->isVisible(); }));
        QVERIFY(message->property("error").toBool());
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM refunds")), 0);
        QCOMPARE(lineState(f, sale.lines[0]), 0);
        QCOMPARE(seatState(f, QStringLiteral("S-A-1")), 2);
        QCOMPARE(orderStateShown(f), QStringLiteral("paid"));
    }

    void supervisorRefundsWithoutAskingAnyone()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("supervisor")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")});
        QVERIFY(findOrder(f, sale.number, sale.number));
        QVERIFY(refundOneLine(f, sale.lines[1]));
        QVERIFY(ConsoleFixture::waitFor(
            [&f] { return orderStateShown(f) == QLatin1String("partly_refunded"); }));
        QVERIFY(!visibleDialog(f, "approvalDialog"));
        QCOMPARE(seatState(f, QStringLiteral("S-A-2")), 0);
    }

    void aSupervisorsOwnRefundSlipNamesTheVenueAndThemAsApprover()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("supervisor")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")});
        QVERIFY(findOrder(f, sale.number, sale.number));
        QTemporaryDir folder;
        f.window().ordersPage()->setPrintFolder(folder.path());
        QSignalSpy slips(f.window().ordersPage(), &OrdersPage::slipPrinted);
        QVERIFY(refundOneLine(f, sale.lines[1]));
        QVERIFY(ConsoleFixture::waitFor([&slips] { return slips.size() == 1; }, 30'000));
        const QString text = pdfText(slips.first().first().toString()).simplified();
        const QString venue = f.db().text(QStringLiteral("SELECT name FROM venues"));
        QVERIFY(!venue.isEmpty());
        for (const QString &expected :
             {venue, QStringLiteral("Refunded by"), QStringLiteral("Approved by")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
        // pdftotext puts the names after their captions: one for each.
        QCOMPARE(text.count(QStringLiteral("supervisor")), 2);
    }

    void aRefundSlipOfCardKeysAloneNamesTheBoxOfficesVenue()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("supervisor")));
        // A card key, no event: the order itself names no venue.
        auto command = CommandFactory::fromJson(
            QStringLiteral("sell"),
            QJsonObject{
                {QStringLiteral("lines"),
                 QJsonArray{QJsonObject{{QStringLiteral("card"), f.db().ids().cardProduct},
                                        {QStringLiteral("quantity"), 1}}}},
                {QStringLiteral("payments"),
                 QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                        {QStringLiteral("amount"),
                                         f.db().scalar(QStringLiteral(
                                             "SELECT price FROM card_products LIMIT 1"))}}}}});
        QVERIFY(command.ok());
        const CommandOutcome sold = f.engine().execute(
            std::move(*command), QStringLiteral("card-sale"), QStringLiteral("cashier"));
        if (!sold.result.ok())
            QFAIL(qPrintable(sold.result.error().toString()));
        const QString number = sold.result->value(QStringLiteral("number")).toString();
        QVERIFY(findOrder(f, number, number));
        QTemporaryDir folder;
        f.window().ordersPage()->setPrintFolder(folder.path());
        QSignalSpy slips(f.window().ordersPage(), &OrdersPage::slipPrinted);
        QTest::mouseClick(find<QPushButton>(f, "refundButton"), Qt::LeftButton);
        QDialog *dialog = waitForDialog(f, "refundDialog");
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("refundConfirmButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&slips] { return slips.size() == 1; }, 30'000));
        const QString text = pdfText(slips.first().first().toString()).simplified();
        const QString venue = f.db().text(QStringLiteral("SELECT name FROM venues"));
        QVERIFY(!venue.isEmpty());
        for (const QString &expected : {QStringLiteral("REFUND SLIP"), number, venue})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
    }

    void scanningATicketFindsItsOrder()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")});
        sellSeats(f, {QStringLiteral("S-B-1")});
        QTest::keyClick(&f.window(), Qt::Key_F2);
        auto *results = find<QTreeWidget>(f, "orderResults");
        QVERIFY(ConsoleFixture::waitFor([results] { return results->topLevelItemCount() == 2; }));
        // The focus is on the list, as after a click; the scanner types the
        // code fast and ends with Enter.
        results->setFocus();
        for (const QChar c : sale.codes[1])
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *search = find<QLineEdit>(f, "orderSearch");
        QCOMPARE(search->text(), sale.codes[1]);
        auto *shown = find<QLabel>(f, "orderNumber");
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return shown->isVisible() && shown->text().contains(sale.number); }));

        // The signed code printed on the ticket (TS1.) finds it as well.
        SqliteDb db = f.db().reader();
        auto codes = TicketBook(db).signedCodes(sale.order, f.engine().ticketKey());
        TESSERA_VERIFY_OK(codes);
        const QString signedCode = (*codes)[0][QStringLiteral("code")].toString();
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, signedCode);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] {
            return results->topLevelItemCount() == 1 && shown->text().contains(sale.number);
        }));
        // A receipt's order number, too.
        search->selectAll();
        QTest::keyClicks(search, sale.number);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return results->topLevelItemCount() == 1; }));
        QCOMPARE(f.window().ordersPage()->currentOrder(), sale.order);
    }

    void theCodePrintedUnderTheQrFindsItsOrder()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")});
        sellSeats(f, {QStringLiteral("S-B-1")});
        const auto code = TicketCode::parse(sale.codes[1]);
        QVERIFY(code);
        // Read out over the phone and typed in lower case.
        QVERIFY(findOrder(f, code->readable().toLower(), sale.number));
        QCOMPARE(f.window().ordersPage()->currentOrder(), sale.order);
    }

    void refundPrintsASlipWithWhatWasRefundedAndBothNames()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")});
        QVERIFY(findOrder(f, sale.number, sale.number));
        QTemporaryDir folder;
        f.window().ordersPage()->setPrintFolder(folder.path());
        QSignalSpy slips(f.window().ordersPage(), &OrdersPage::slipPrinted);
        QVERIFY(refundOneLine(f, sale.lines[0]));
        QVERIFY(approveWith(f, QStringLiteral("2222")));
        QVERIFY(ConsoleFixture::waitFor([&slips] { return slips.size() == 1; }, 30'000));
        const QString pdf = slips.first().first().toString();
        QCOMPARE(pdf, QDir(folder.path()).filePath(sale.number + QStringLiteral("-refund.pdf")));
        const QString text = pdfText(pdf).simplified();
        for (const QString &expected :
             {QStringLiteral("REFUND SLIP"), sale.number, QStringLiteral("Row A"),
              QStringLiteral("380.00"), QStringLiteral("Customer request"),
              QStringLiteral("Refunded by"), QStringLiteral("cashier"),
              QStringLiteral("Approved by"), QStringLiteral("supervisor")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
        // The venue's name heads the slip.
        const QString venue = f.db().text(QStringLiteral("SELECT name FROM venues"));
        QVERIFY2(!venue.isEmpty() && text.contains(venue),
                 qPrintable(venue + QStringLiteral(": ") + text));
        QVERIFY(find<QLabel>(f, "orderMessage")->text().contains(QDir::toNativeSeparators(pdf)));
    }

    void reprintWritesADuplicate()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QFAIL("pdftotext is missing (poppler-utils)");
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1")});
        QVERIFY(findOrder(f, sale.number, sale.number));
        QTemporaryDir folder;
        f.window().ordersPage()->setPrintFolder(folder.path());
        QSignalSpy printed(f.window().ordersPage(), &OrdersPage::reprinted);
        QTest::mouseClick(find<QPushButton>(f, "reprintButton"), Qt::LeftButton);
        QVERIFY(printed.wait(30000));
        const QString pdf = printed.first().first().toString();
        QVERIFY(pdf.startsWith(folder.path()));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("DUPLICATE")), qPrintable(text.left(400)));
        QVERIFY(text.contains(sale.number));
        QVERIFY(find<QLabel>(f, "orderMessage")->isVisible());
    }

    void aDuplicateShowsTheCashHandedOverAndTheChange()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        // 380.00 paid with 500.00 handed over: 120.00 change.
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1")}, {}, 38000, 50000);
        QVERIFY(findOrder(f, sale.number, sale.number));
        QTemporaryDir folder;
        f.window().ordersPage()->setPrintFolder(folder.path());
        QSignalSpy printed(f.window().ordersPage(), &OrdersPage::reprinted);
        QTest::mouseClick(find<QPushButton>(f, "reprintButton"), Qt::LeftButton);
        QVERIFY(printed.wait(30000));
        const QString text = pdfText(printed.first().first().toString()).simplified();
        for (const QString &expected :
             {QStringLiteral("DUPLICATE"), QStringLiteral("Handed over"), QStringLiteral("500.00"),
              QStringLiteral("Change"), QStringLiteral("120.00")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
    }

    void cashierVoidsAPendingOrderWithApproval()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const QString number = sellUnpaidSeat(f, QStringLiteral("S-D-1"));
        QVERIFY(findOrder(f, number, number));
        QCOMPARE(orderStateShown(f), QStringLiteral("pending"));
        QVERIFY(!find<QPushButton>(f, "refundButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>(f, "cancelOrderButton"), Qt::LeftButton);
        QWidget *confirm = nullptr;
        QVERIFY(ConsoleFixture::waitFor([&] {
            confirm = f.window().findChild<QWidget *>(QStringLiteral("cancelOrderConfirm"));
            return confirm && confirm->isVisible();
        }));
        QTest::keyClick(confirm, Qt::Key_Y);
        QVERIFY(approveWith(f, QStringLiteral("2222")));
        QVERIFY(ConsoleFixture::waitFor(
            [&f] { return orderStateShown(f) == QLatin1String("cancelled"); }));
        QCOMPARE(seatState(f, QStringLiteral("S-D-1")), 0);
        // The detail says who voided it and why.
        const QString info = find<QLabel>(f, "orderInfo")->text();
        QVERIFY2(info.contains(QStringLiteral("by cashier · Voided at the counter")),
                 qPrintable(info));
    }

    void anExpiredOrderSaysSo()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const QString number = sellUnpaidSeat(f, QStringLiteral("S-D-2"));
        QVERIFY(findOrder(f, number, number));
        QCOMPARE(orderStateShown(f), QStringLiteral("pending"));
        auto *lines = find<QTreeWidget>(f, "orderLines");
        QCOMPARE(lines->topLevelItem(0)->text(3), QStringLiteral("Not issued: awaiting payment"));

        // Nobody pays; the open detail follows the writer's expiry by itself.
        f.db().clock().advance(31 * 60'000);
        QVERIFY(ConsoleFixture::waitFor(
            [&f] { return orderStateShown(f) == QLatin1String("cancelled"); }));
        QVERIFY(!find<QPushButton>(f, "cancelOrderButton")->isEnabled());
        const QString info = find<QLabel>(f, "orderInfo")->text();
        QVERIFY2(info.contains(QStringLiteral("expired")), qPrintable(info));
        QCOMPARE(lines->topLevelItem(0)->text(3), QStringLiteral("Cancelled"));
        QVERIFY(f.saveScreenshot(QStringLiteral("orders-expired-en.png")));
    }

    void speaksChineseOnTheOrdersScreen()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")},
                                    QStringLiteral("王芳"));
        sellSeats(f, {QStringLiteral("S-B-3")}, QStringLiteral("李伟"));
        QVERIFY(findOrder(f, sale.number, sale.number));
        settle();
        QVERIFY(f.saveScreenshot(QStringLiteral("orders-zh.png")));

        // The exchange dialog, a dearer seat paid on the card terminal.
        const Sale balcony = sellSeats(f, {QStringLiteral("B-AA-1")}, {}, 22000);
        QVERIFY(findOrder(f, balcony.number, balcony.number));
        QTest::mouseClick(find<QPushButton>(f, "exchangeButton"), Qt::LeftButton);
        QVERIFY(approveWith(f, QStringLiteral("2222")));
        auto *dialog = static_cast<ExchangeSeatDialog *>(waitForDialog(f, "exchangeDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(ConsoleFixture::waitFor([dialog] { return dialog->isReady(); }));
        SeatMapView *map = dialog->seatMap();
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {},
                          map->viewportPositionOf(QStringLiteral("S-C-6")));
        auto *method = dialog->findChild<QComboBox *>(QStringLiteral("exchangePayMethod"));
        method->setCurrentIndex(method->findData(QStringLiteral("card")));
        settle();
        QVERIFY(f.saveScreenshot(*dialog, QStringLiteral("exchange-dearer-zh.png")));
        dialog->reject();
        QApplication::setActiveWindow(&f.window());
        QVERIFY(QTest::qWaitForWindowActive(&f.window()));

        // An unpaid order that expired.
        const QString number = sellUnpaidSeat(f, QStringLiteral("S-D-3"));
        QVERIFY(findOrder(f, number, number));
        f.db().clock().advance(31 * 60'000);
        QVERIFY(ConsoleFixture::waitFor(
            [&f] { return orderStateShown(f) == QLatin1String("cancelled"); }));
        settle();
        QVERIFY(f.saveScreenshot(QStringLiteral("orders-expired-zh.png")));
    }
};

QTEST_MAIN(TestOrdersPage)
#include "testorderspage.moc"
