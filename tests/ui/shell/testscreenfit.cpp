// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ordersscreen.h"
#include "screenfit.h"

#include "checkin/checkinpage.h"
#include "console/supervisorapprovaldialog.h"
#include "manage/cardcodeimportdialog.h"
#include "manage/cardproductdialog.h"
#include "manage/changeuserdialog.h"
#include "manage/eventformdialog.h"
#include "manage/managepage.h"
#include "manage/newuserdialog.h"
#include "manage/pendingorderwaitdialog.h"
#include "manage/seatplanimportdialog.h"
#include "orders/orderspage.h"
#include "seatmap/seatmapview.h"
#include "sell/salecontroller.h"
#include "sell/sellpage.h"
#include "shift/cashmovementdialog.h"
#include "shift/shiftpage.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;
using namespace tessera::test;

// Every screen and dialog of the signed-in console fits a 1280×720 counter
// screen (with room for a title bar), with the cart, its total and Pay in
// sight, and nothing typed makes the window wider.
class TestScreenFit : public QObject
{
    Q_OBJECT

    // Signs in as `user` at the counter's screen size, Sell in front.
    static bool openAtCounterSize(ConsoleFixture &f, const QString &user)
    {
        f.window().resize(counterWindowSize());
        if (!f.signIn(user))
            return false;
        return ConsoleFixture::waitFor(
            [&] { return f.window().sellPage()->currentEvent() == f.db().ids().event; });
    }

private slots:
    void everyMainScreenFitsTheCounterWithPayInSight_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyMainScreenFitsTheCounterWithPayInSight()
    {
        QFETCH(QString, locale);
        ScopedLanguage language(locale);
        ConsoleFixture f;
        QVERIFY(openAtCounterSize(f, QStringLiteral("admin")));
        const QList<std::pair<MainWindow::Screen, QString>> screens = {
            {MainWindow::Screen::Sell, QStringLiteral("sell")},
            {MainWindow::Screen::Orders, QStringLiteral("orders")},
            {MainWindow::Screen::CheckIn, QStringLiteral("checkin")},
            {MainWindow::Screen::Shift, QStringLiteral("shift")},
            {MainWindow::Screen::Manage, QStringLiteral("manage")},
            {MainWindow::Screen::Dashboard, QStringLiteral("dashboard")}};
        for (const auto &[screen, name] : screens) {
            f.window().showScreen(screen);
            settleLayouts();
            for (const char *key : {"payButton", "cartTotal"}) {
                QWidget *w = f.window().findChild<QWidget *>(QLatin1String(key));
                QVERIFY2(screen != MainWindow::Screen::Sell || fullyInSight(w), key);
            }
            QVERIFY2(f.window().currentScreen() == screen, qPrintable(name));
            saveShot(f.window(), name + QLatin1Char('-') + locale);
            QVERIFY2(fitsCounter(f.window()), qPrintable(name + describeFit(f.window())));
            const QStringList cut = cutLabels(f.window());
            QVERIFY2(cut.isEmpty(),
                     qPrintable(name + QLatin1Char(' ') + cut.join(QLatin1Char('\n'))));
        }
        // The Manage tabs, one by one.
        auto *tabs = f.window().managePage()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        f.window().showScreen(MainWindow::Screen::Manage);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settleLayouts();
            saveShot(f.window(), QStringLiteral("manage-%1-%2").arg(i).arg(locale));
            QVERIFY2(fitsCounter(f.window()),
                     qPrintable(tabs->tabText(i) + describeFit(f.window())));
        }
    }

    void theCartTotalAndPayStayInSightWithAFullCart()
    {
        ConsoleFixture f;
        QVERIFY(openAtCounterSize(f, QStringLiteral("cashier")));
        SellPage *sell = f.window().sellPage();
        sell->seatMap()->setFocus();
        QTest::keyClick(sell->seatMap(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClick(sell->seatMap(), Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return sell->sale().cart().size() == 2; }));
        settleLayouts();
        saveShot(f.window(), QStringLiteral("sell-cart"));
        for (const char *name : {"payButton", "cartTotal", "cartTable", "clearSaleButton"}) {
            auto *widget = f.window().findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget && fullyInSight(widget), name);
        }
        QVERIFY2(fitsCounter(f.window()), qPrintable(describeFit(f.window())));
    }

    void typingALongCodeIntoOrdersDoesNotWidenTheWindow()
    {
        ConsoleFixture f;
        QVERIFY(openAtCounterSize(f, QStringLiteral("cashier")));
        f.window().showScreen(MainWindow::Screen::Orders);
        settleLayouts();
        const QSize before = f.window().size();
        auto *search = f.window().findChild<QLineEdit *>(QStringLiteral("orderSearch"));
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QString(200, QLatin1Char('Q')));
        QTest::keyClick(search, Qt::Key_Return);
        auto *info = f.window().findChild<QLabel *>(QStringLiteral("orderResultsInfo"));
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return info->text().contains(QStringLiteral("No order matches")); }));
        settleLayouts();
        QCOMPARE(f.window().size(), before);
        QVERIFY2(fitsCounter(f.window()), qPrintable(describeFit(f.window())));
        saveShot(f.window(), QStringLiteral("orders-long-code"));
    }

    void scanningALongCodeIntoCheckInDoesNotWidenTheWindow()
    {
        ConsoleFixture f;
        QVERIFY(openAtCounterSize(f, QStringLiteral("cashier")));
        f.window().showScreen(MainWindow::Screen::CheckIn);
        settleLayouts();
        const QSize before = f.window().size();
        auto *scan = f.window().findChild<QLineEdit *>(QStringLiteral("checkinScan"));
        QVERIFY(scan);
        scan->setFocus();
        QSignalSpy checked(f.window().checkInPage(), &CheckInPage::scanChecked);
        QTest::keyClicks(scan, QStringLiteral("TS1.") + QString(200, QLatin1Char('Q')));
        QTest::keyClick(scan, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return checked.count() == 1; }));
        settleLayouts();
        saveShot(f.window(), QStringLiteral("checkin-long-code"));
        QCOMPARE(f.window().size(), before);
        QVERIFY2(fitsCounter(f.window()), qPrintable(describeFit(f.window())));
    }

    void everyDialogFitsTheCounter()
    {
        ConsoleFixture f;
        QVERIFY(openAtCounterSize(f, QStringLiteral("admin")));
        QWidget *w = &f.window();
        QList<std::pair<QString, QDialog *>> dialogs;
        dialogs.push_back({QStringLiteral("cash-in"),
                           new CashMovementDialog(false, QStringLiteral("CNY"), 10000, w)});
        dialogs.push_back({QStringLiteral("cash-out"),
                           new CashMovementDialog(true, QStringLiteral("CNY"), 10000, w)});
        dialogs.push_back({QStringLiteral("new-user"), new NewUserDialog(f.context(), w)});
        StaffRow locked{QStringLiteral("cashier2"),
                        QStringLiteral("Zhang Xiaoming"),
                        Role::Cashier,
                        true,
                        5,
                        f.context().clock().nowMs() + 600'000};
        dialogs.push_back(
            {QStringLiteral("change-user"), new ChangeUserDialog(f.context(), locked, w)});
        dialogs.push_back({QStringLiteral("card-product"),
                           new CardProductDialog(f.context(), QStringLiteral("CNY"), w)});
        dialogs.push_back(
            {QStringLiteral("unpaid-wait"), new PendingOrderWaitDialog(f.context(), w)});
        dialogs.push_back(
            {QStringLiteral("plan-import"), new SeatPlanImportDialog(f.context(), w)});
        dialogs.push_back({QStringLiteral("approval"),
                           new SupervisorApprovalDialog(f.context(), Permission::Refund,
                                                        QStringLiteral("Refund order T1-000001 "
                                                                       "(380.00 CNY)"),
                                                        w)});
        dialogs.push_back(
            {QStringLiteral("card-import"),
             new CardCodeImportDialog(f.context(), {{1, QStringLiteral("Gift card")}}, 1, w)});
        dialogs.push_back(
            {QStringLiteral("event-form"), new EventFormDialog(f.context(),
                                                               {{1,
                                                                 QStringLiteral("Main Hall"),
                                                                 QStringLiteral("Asia/Shanghai"),
                                                                 {QStringLiteral("Stalls")}}},
                                                               QStringLiteral("CNY"), w)});
        for (const auto &[name, dialog] : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            settleLayouts();
            saveShot(*dialog, name);
            QVERIFY2(dialogFitsCounter(*dialog), qPrintable(name + describeFit(*dialog)));
            const QStringList cut = cutLabels(*dialog);
            QVERIFY2(cut.isEmpty(),
                     qPrintable(name + QLatin1Char(' ') + cut.join(QLatin1Char('\n'))));
            delete dialog;
        }
    }

    void shiftWindowsFitTheCounter_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    // The cash movement window and the drawer count, opened as a cashier
    // does, in both languages.
    void shiftWindowsFitTheCounter()
    {
        QFETCH(QString, locale);
        ScopedLanguage language(locale);
        ConsoleFixture f;
        QVERIFY(openAtCounterSize(f, QStringLiteral("cashier")));
        f.window().showScreen(MainWindow::Screen::Shift);
        auto *amount = f.window().findChild<QLineEdit *>(QStringLiteral("shiftFloat"));
        QVERIFY(ConsoleFixture::waitFor([&] { return amount->isVisible(); }));
        QTest::keyClicks(amount, QStringLiteral("500"));
        QTest::keyClick(amount, Qt::Key_Return);
        auto *expected = f.window().findChild<QLabel *>(QStringLiteral("shiftExpected"));
        QVERIFY(ConsoleFixture::waitFor([&] { return expected->isVisible(); }));

        for (const char *button : {"shiftCashInButton", "shiftCashOutButton"}) {
            QTest::mouseClick(f.window().findChild<QPushButton *>(QLatin1String(button)),
                              Qt::LeftButton);
            QDialog *movement = waitForDialog(f, "cashMovementDialog");
            QVERIFY2(movement, button);
            settleLayouts();
            saveShot(*movement, QStringLiteral("%1-%2").arg(QLatin1String(button), locale));
            QVERIFY2(dialogFitsCounter(*movement), qPrintable(describeFit(*movement)));
            const QStringList cut = cutLabels(*movement);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
            auto *ok = movement->findChild<QPushButton *>(QStringLiteral("shiftMovementOk"));
            QVERIFY(fullyInSight(ok));
            movement->reject();
            QVERIFY(
                ConsoleFixture::waitFor([&] { return !visibleDialog(f, "cashMovementDialog"); }));
        }

        // The count sheet: every denomination, the total and both buttons reachable.
        QTest::mouseClick(f.window().findChild<QPushButton *>(QStringLiteral("shiftCloseButton")),
                          Qt::LeftButton);
        auto *count = f.window().findChild<QWidget *>(QStringLiteral("drawerCountPanel"));
        QVERIFY(ConsoleFixture::waitFor([&] { return count->isVisible(); }));
        settleLayouts();
        saveShot(f.window(), QStringLiteral("drawer-count-%1").arg(locale));
        QVERIFY2(fitsCounter(f.window()), qPrintable(describeFit(f.window())));
        const QStringList cut = cutLabels(f.window());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        for (const char *name : {"shiftConfirmClose", "shiftCountBack", "shiftCloseNote"}) {
            auto *widget = f.window().findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget && fullyInSight(widget), name);
        }
    }

    void saleWindowsFitTheCounter()
    {
        ConsoleFixture f;
        QVERIFY(openAtCounterSize(f, QStringLiteral("cashier")));
        SellPage *sell = f.window().sellPage();
        QTemporaryDir prints;
        sell->setPrintFolder(prints.path());
        sell->seatMap()->setFocus();
        QTest::keyClick(sell->seatMap(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClick(sell->seatMap(), Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return sell->sale().cart().size() == 2; }));
        QTest::keyClick(sell->seatMap(), Qt::Key_F8);
        QDialog *payment = waitForDialog(f, "paymentDialog");
        QVERIFY(payment);
        for (const Qt::Key method : {Qt::Key_F10, Qt::Key_F11, Qt::Key_F9}) {
            QTest::keyClick(payment, method);
            settleLayouts();
            QVERIFY2(dialogFitsCounter(*payment), qPrintable(describeFit(*payment)));
        }
        saveShot(*payment, QStringLiteral("payment"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("800"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QDialog *fulfil = waitForDialog(f, "fulfilDialog");
        QVERIFY(fulfil);
        settleLayouts();
        saveShot(*fulfil, QStringLiteral("fulfil"));
        QVERIFY2(dialogFitsCounter(*fulfil), qPrintable(describeFit(*fulfil)));
        fulfil->accept();

        // F12: the list of keys.
        QApplication::setActiveWindow(&f.window());
        QTest::keyClick(&f.window(), Qt::Key_F12);
        QDialog *keys = waitForDialog(f, "shortcutsDialog");
        QVERIFY(keys);
        settleLayouts();
        saveShot(*keys, QStringLiteral("shortcuts"));
        QVERIFY2(dialogFitsCounter(*keys), qPrintable(describeFit(*keys)));
        keys->reject();
    }

    void orderWindowsFitTheCounter()
    {
        ConsoleFixture f;
        QVERIFY(openAtCounterSize(f, QStringLiteral("cashier")));
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")},
                                    QStringLiteral("Ms Alexandra Konstantinopoulou-Worthington"));
        QVERIFY(findOrder(f, sale.number, sale.number));
        settleLayouts();
        saveShot(f.window(), QStringLiteral("orders-detail"));
        QVERIFY2(fitsCounter(f.window()), qPrintable(describeFit(f.window())));
        for (const char *name : {"refundButton", "exchangeButton", "reprintButton", "orderLines"})
            QVERIFY2(fullyInSight(f.window().findChild<QWidget *>(QLatin1String(name))), name);

        // The refund window (the approval comes after it, for a cashier).
        QTest::mouseClick(find<QPushButton>(f, "refundButton"), Qt::LeftButton);
        QDialog *refund = waitForDialog(f, "refundDialog");
        QVERIFY(refund);
        settleLayouts();
        saveShot(*refund, QStringLiteral("refund"));
        QVERIFY2(dialogFitsCounter(*refund), qPrintable(describeFit(*refund)));
        refund->reject();
        QVERIFY(ConsoleFixture::waitFor([&] { return !visibleDialog(f, "refundDialog"); }));

        // An exchange: the supervisor's approval first, then the seat map.
        QTest::mouseClick(find<QPushButton>(f, "exchangeButton"), Qt::LeftButton);
        QDialog *approval = waitForDialog(f, "approvalDialog");
        QVERIFY(approval);
        settleLayouts();
        saveShot(*approval, QStringLiteral("approval-exchange"));
        QVERIFY2(dialogFitsCounter(*approval), qPrintable(describeFit(*approval)));
        QVERIFY(approveWith(f, QStringLiteral("2222")));
        QDialog *exchange = waitForDialog(f, "exchangeDialog");
        QVERIFY(exchange);
        settleLayouts();
        saveShot(*exchange, QStringLiteral("exchange"));
        QVERIFY2(dialogFitsCounter(*exchange), qPrintable(describeFit(*exchange)));
        exchange->reject();

        // The payments to reconcile (Ctrl+R).
        QApplication::setActiveWindow(&f.window());
        QTest::keyClick(&f.window(), Qt::Key_R, Qt::ControlModifier);
        QDialog *reconcile = waitForDialog(f, "reconcileDialog");
        QVERIFY(reconcile);
        settleLayouts();
        saveShot(*reconcile, QStringLiteral("reconcile"));
        QVERIFY2(dialogFitsCounter(*reconcile), qPrintable(describeFit(*reconcile)));
        reconcile->close();
    }
};

QTEST_MAIN(TestScreenFit)
#include "testscreenfit.moc"
