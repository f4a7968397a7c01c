// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"

#include "sell/salecontroller.h"
#include "sell/sellpage.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace tessera;
using namespace tessera::test;

namespace {

// The Settings ▸ Language entry named `name`, as a user picks it.
QAction *languageAction(MainWindow &window, const QString &name)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text() == name)
            return action;
    }
    return nullptr;
}

// Picks the language in the menu and waits for the rebuilt window.
bool switchTo(ConsoleFixture &f, const QString &name)
{
    MainWindow *before = &f.window();
    QAction *action = languageAction(*before, name);
    if (!action)
        return false;
    action->trigger();
    return ConsoleFixture::waitFor([&f, before] { return &f.window() != before; }) &&
           QTest::qWaitForWindowExposed(&f.window());
}

// Whether a line of the cart on screen has `text` in its title.
bool cartShows(MainWindow &window, const QString &text)
{
    auto *view = window.findChild<QTableView *>(QStringLiteral("cartTable"));
    if (!view)
        return false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestConsoleWindowHost : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { ConsoleWindowHost::installLanguage(*qApp, QLocale::c()); }

    void switchingToChineseRebuildsTheWindowAndKeepsTheUserSignedIn()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        auto *sell = f.window().findChild<QToolButton *>(QStringLiteral("navSell"));
        QVERIFY(sell->text().startsWith(QStringLiteral("Sell")));

        QVERIFY(switchTo(f, QStringLiteral("简体中文")));

        sell = f.window().findChild<QToolButton *>(QStringLiteral("navSell"));
        QVERIFY2(sell->text().startsWith(QStringLiteral("售票")), qPrintable(sell->text()));
        QVERIFY(sell->isVisible());
        auto *lock = f.window().findChild<QToolButton *>(QStringLiteral("lockButton"));
        QCOMPARE(lock->text(), QStringLiteral("锁定"));
        QVERIFY(!f.window().isLocked());
        QVERIFY(f.context().user());
        QCOMPARE(f.context().user()->name, QStringLiteral("cashier"));
        auto *user = f.window().findChild<QLabel *>(QStringLiteral("userLabel"));
        QVERIFY(user->text().contains(QStringLiteral("cashier")));
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Sell);
        // What the cashier may not do is still hidden.
        QVERIFY(!f.window().findChild<QToolButton *>(QStringLiteral("navManage"))->isVisible());
        QVERIFY(f.saveScreenshot(QStringLiteral("language-switched-zh.png")));
    }

    void switchingBackToEnglishWorksToo()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("manager")));
        QVERIFY(switchTo(f, QStringLiteral("简体中文")));
        QVERIFY(switchTo(f, QStringLiteral("English")));
        auto *sell = f.window().findChild<QToolButton *>(QStringLiteral("navSell"));
        QVERIFY(sell->text().startsWith(QStringLiteral("Sell")));
        QCOMPARE(f.context().user()->name, QStringLiteral("manager"));
        QVERIFY(f.window().findChild<QToolButton *>(QStringLiteral("navManage"))->isVisible());
    }

    void anUnfinishedSaleKeepsItsCartInTheNewLanguage()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        SellPage *page = f.window().sellPage();
        const qint64 event = f.db().ids().event;
        QVERIFY(ConsoleFixture::waitFor([&] { return page->currentEvent() == event; }));
        // The best two seats and three standing tickets, all held.
        page->selectBestAvailable();
        page->addSelectionToCart();
        page->sale().addStanding(f.db().ids().standingQuota, 3, QStringLiteral("adult"));
        QVERIFY(ConsoleFixture::waitFor([&] {
            return page->sale().cart().size() == 5 && page->sale().cart().heldCount() == 5;
        }));
        const qint64 total = page->sale().cart().total();
        const QList<qint64> holds = page->sale().cart().holds();
        QVERIFY(total > 0);
        QVERIFY(cartShows(f.window(), QStringLiteral("Row ")));

        QVERIFY(switchTo(f, QStringLiteral("简体中文")));

        page = f.window().sellPage();
        const SaleController &sale = page->sale();
        QCOMPARE(sale.cart().size(), 5);
        QCOMPARE(sale.cart().total(), total);
        QCOMPARE(sale.cart().holds(), holds);
        QVERIFY(sale.canPay());
        // The map shows the cart's event, and the engine still holds its items.
        QVERIFY(ConsoleFixture::waitFor([&] { return page->currentEvent() == event; }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM holds WHERE state = 0")),
                 qint64(holds.size()));
        QCOMPARE(sale.due(), total);
        // The seats' lines are worded in the new language too.
        int seats = 0;
        for (const CartItem &item : sale.cart().items()) {
            if (item.kind != CartItem::Kind::Seat)
                continue;
            ++seats;
            QVERIFY2(item.title.contains(QStringLiteral(" 排 · ")), qPrintable(item.title));
        }
        QCOMPARE(seats, 2);
        QVERIFY(cartShows(f.window(), QStringLiteral(" 排 · ")));
        QVERIFY(!cartShows(f.window(), QStringLiteral("Row ")));
    }

    void aLockedTillStaysLockedInTheNewLanguage()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        f.window().lock();
        QVERIFY(f.window().isLocked());
        QVERIFY(switchTo(f, QStringLiteral("简体中文")));
        QVERIFY(f.window().isLocked());
        QCOMPARE(f.context().user()->name, QStringLiteral("cashier"));
        // Unlocking still takes the PIN.
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QVERIFY(!f.window().isLocked());
    }
};

QTEST_MAIN(TestConsoleWindowHost)
#include "testconsolewindowhost.moc"
