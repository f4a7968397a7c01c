// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ordersscreen.h"

#include "api/commandfactory.h"
#include "orders/exchangeseatdialog.h"
#include "orders/orderspage.h"
#include "pdftools.h"
#include "seatmap/seatmapview.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;
using namespace tessera::test;

// The exchange of a seat ticket from the Orders screen: approval first, the
// new seat on the map, and the difference when the price differs.
class TestExchangeSeatDialog : public QObject
{
    Q_OBJECT

private slots:
    void exchangeMovesTheTicketToAnotherSeatWithApproval()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1")});
        QVERIFY(findOrder(f, sale.number, sale.number));
        QTemporaryDir folder;
        f.window().ordersPage()->setPrintFolder(folder.path());
        QSignalSpy slips(f.window().ordersPage(), &OrdersPage::slipPrinted);
        QTest::mouseClick(find<QPushButton>(f, "exchangeButton"), Qt::LeftButton);
        // The supervisor approves first, before any seat or money is touched.
        QVERIFY(approveWith(f, QStringLiteral("2222")));
        auto *dialog = static_cast<ExchangeSeatDialog *>(waitForDialog(f, "exchangeDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(ConsoleFixture::waitFor([dialog] { return dialog->isReady(); }));
        SeatMapView *map = dialog->seatMap();
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("exchangeConfirmButton"));
        auto *choice = dialog->findChild<QLabel *>(QStringLiteral("exchangeChoice"));
        // A balcony seat costs less: the difference would go back.
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {},
                          map->viewportPositionOf(QStringLiteral("B-AA-1")));
        QCOMPARE(dialog->seat(), QStringLiteral("B-AA-1"));
        QCOMPARE(dialog->difference(), -16000);
        QVERIFY2(choice->text().contains(QStringLiteral("back to the customer")),
                 qPrintable(choice->text()));
        // Two stalls seats in a row: the last one clicked is the new seat.
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {},
                          map->viewportPositionOf(QStringLiteral("S-C-4")));
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {},
                          map->viewportPositionOf(QStringLiteral("S-C-5")));
        QCOMPARE(dialog->seat(), QStringLiteral("S-C-5"));
        QCOMPARE(map->selectedSeats(), QStringList{QStringLiteral("S-C-5")});
        QCOMPARE(dialog->difference(), 0);
        QVERIFY2(choice->text().contains(QStringLiteral("same price")), qPrintable(choice->text()));
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("exchangePayMethod"))->isVisible());
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        auto *lines = find<QTreeWidget>(f, "orderLines");
        QVERIFY(ConsoleFixture::waitFor([lines] { return lines->topLevelItemCount() == 2; }));
        QCOMPARE(lineStateShown(f, sale.lines[0]), QStringLiteral("exchanged"));
        QCOMPARE(lineState(f, sale.lines[0]), 2);
        QCOMPARE(seatState(f, QStringLiteral("S-A-1")), 0);
        QCOMPARE(seatState(f, QStringLiteral("S-C-5")), 2);
        QCOMPARE(seatState(f, QStringLiteral("S-C-4")), 0);
        const qint64 newLine = f.db().scalar(
            QStringLiteral("SELECT id FROM order_lines WHERE order_id = %1 AND state = 0")
                .arg(sale.order));
        QCOMPARE(lineStateShown(f, newLine), QStringLiteral("active"));
        QVERIFY(lines->topLevelItem(1)->text(0).contains(QStringLiteral("Row C")));
        QCOMPARE(orderStateShown(f), QStringLiteral("paid"));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'exchange'")),
                 1);
        // The exchange slip names both seats and both people.
        QVERIFY(ConsoleFixture::waitFor([&slips] { return slips.size() == 1; }, 30'000));
        const QString slip = PdfTools().text(slips.first().first().toString()).simplified();
        for (const QString &expected :
             {f.db().text(QStringLiteral("SELECT name FROM venues")),
              QStringLiteral("EXCHANGE SLIP"), sale.number, QStringLiteral("Row A"),
              QStringLiteral("Row C · Seat 5"), QStringLiteral("Exchanged by"),
              QStringLiteral("cashier"), QStringLiteral("Approved by"),
              QStringLiteral("supervisor")})
            QVERIFY2(slip.contains(expected), qPrintable(expected + QStringLiteral(": ") + slip));
        // The exchanged ticket no longer admits.
        auto redeem = CommandFactory::fromJson(
            QStringLiteral("redeem"), QJsonObject{{QStringLiteral("code"), sale.codes[0]},
                                                  {QStringLiteral("gate"), QStringLiteral("N")}});
        QVERIFY(redeem.ok());
        auto refused = f.engine().execute(std::move(*redeem), QStringLiteral("gate-1"),
                                          QStringLiteral("cashier"));
        QVERIFY(!refused.result.ok());
    }

    void aDearerSeatIsPaidForOnTheCardTerminal()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("B-AA-1")}, {}, 22000);
        QVERIFY(findOrder(f, sale.number, sale.number));
        QTest::mouseClick(find<QPushButton>(f, "exchangeButton"), Qt::LeftButton);
        QVERIFY(approveWith(f, QStringLiteral("2222")));
        auto *dialog = static_cast<ExchangeSeatDialog *>(waitForDialog(f, "exchangeDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(ConsoleFixture::waitFor([dialog] { return dialog->isReady(); }));
        SeatMapView *map = dialog->seatMap();
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {},
                          map->viewportPositionOf(QStringLiteral("S-C-6")));
        QCOMPARE(dialog->difference(), 16000);
        auto *choice = dialog->findChild<QLabel *>(QStringLiteral("exchangeChoice"));
        QVERIFY2(choice->text().contains(QStringLiteral("more to pay")),
                 qPrintable(choice->text()));
        auto *method = dialog->findChild<QComboBox *>(QStringLiteral("exchangePayMethod"));
        QVERIFY(method->isVisible());
        method->setCurrentIndex(method->findData(QStringLiteral("card")));
        auto *approval = dialog->findChild<QLineEdit *>(QStringLiteral("exchangeApprovalCode"));
        QVERIFY(approval->isVisible());
        QVERIFY(f.saveScreenshot(*dialog, QStringLiteral("exchange-dearer-en.png")));

        // No approval code: the dialog says so and stays open.
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("exchangeConfirmButton"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("exchangePayError"));
        QVERIFY(!error->text().isEmpty());
        approval->setText(QStringLiteral("AP5521"));
        dialog->findChild<QLineEdit *>(QStringLiteral("exchangeCardLast4"))
            ->setText(QStringLiteral("4242"));
        QTest::mouseClick(ok, Qt::LeftButton);

        QVERIFY(
            ConsoleFixture::waitFor([&] { return seatState(f, QStringLiteral("S-C-6")) == 2; }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'override'")),
                 1);
        QCOMPARE(seatState(f, QStringLiteral("B-AA-1")), 0);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE order_id = %1 "
                                              "AND method = 'card' AND amount = 16000 AND "
                                              "provider_ref = 'AP5521' AND card_last4 = '4242'")
                                   .arg(sale.order)),
                 1);
        QCOMPARE(
            f.db().scalar(QStringLiteral("SELECT total FROM orders WHERE id = %1").arg(sale.order)),
            38000);
        auto *message = find<QLabel>(f, "orderMessage");
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return message->text().contains(QStringLiteral("was taken")); }));
    }
};

QTEST_MAIN(TestExchangeSeatDialog)
#include "testexchangeseatdialog.moc"
