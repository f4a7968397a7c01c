// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"

#include "checkin/checkinpage.h"
#include "console/loginpage.h"
#include "sell/sellpage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace tessera;
using namespace tessera::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensAtTheLoginScreen()
    {
        ConsoleFixture f;
        QVERIFY(f.window().isLocked());
        QVERIFY(!f.context().user());
        auto *names = f.window().findChild<QComboBox *>(QStringLiteral("loginName"));
        QVERIFY(names);
        QCOMPARE(names->count(), 4); // the demo staff
        QVERIFY(f.saveScreenshot(QStringLiteral("login-en.png")));
    }

    void wrongPinIsRefusedWithAReason()
    {
        ConsoleFixture f;
        auto *user = f.window().findChild<QComboBox *>(QStringLiteral("loginName"));
        auto *pin = f.window().findChild<QLineEdit *>(QStringLiteral("loginPin"));
        auto *error = f.window().findChild<QLabel *>(QStringLiteral("loginError"));
        user->setCurrentText(QStringLiteral("cashier"));
        QTest::keyClicks(pin, QStringLiteral("0000"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([error] { return error->isVisible(); }));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(f.window().isLocked());
        QVERIFY(!f.context().user());
    }

    void cashierSeesCounterScreensButNotManage()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Sell);
        auto *manage = f.window().findChild<QToolButton *>(QStringLiteral("navManage"));
        auto *checkIn = f.window().findChild<QToolButton *>(QStringLiteral("navCheckIn"));
        QVERIFY(!manage->isVisible());
        QVERIFY(checkIn->isVisible());
        // F5 (Manage) does nothing for a cashier; F3 opens check-in.
        QTest::keyClick(&f.window(), Qt::Key_F5);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Sell);
        QTest::keyClick(&f.window(), Qt::Key_F3);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::CheckIn);
        auto *user = f.window().findChild<QLabel *>(QStringLiteral("userLabel"));
        QVERIFY2(user->text().contains(QStringLiteral("cashier")), qPrintable(user->text()));
    }

    void managerSeesManage()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("manager")));
        QTest::keyClick(&f.window(), Qt::Key_F5);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Manage);
    }

    void lockHidesEverythingUntilThePinIsTypedAgain()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QTest::keyClick(&f.window(), Qt::Key_F2);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Orders);
        QTest::keyClick(&f.window(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(f.window().isLocked());
        // Navigation keys do nothing while locked.
        QTest::keyClick(&f.window(), Qt::Key_F1);
        QVERIFY(f.window().isLocked());
        auto *user = f.window().findChild<QComboBox *>(QStringLiteral("loginName"));
        QCOMPARE(user->currentText(), QStringLiteral("cashier"));
        QVERIFY(f.saveScreenshot(QStringLiteral("lock-en.png")));
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        // The same person comes back to where they were.
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Orders);
    }

    void switchingUserChangesWhatIsAllowed()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QTest::keyClick(&f.window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(f.window().isLocked());
        QVERIFY(!f.context().user());
        QVERIFY(f.signIn(QStringLiteral("manager")));
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Sell);
        auto *manage = f.window().findChild<QToolButton *>(QStringLiteral("navManage"));
        QVERIFY(manage->isVisible());
    }

    void speaksChineseWhenTheLocaleIsChinese()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        auto *button = f.window().findChild<QWidget *>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QVERIFY(f.saveScreenshot(QStringLiteral("login-zh.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
