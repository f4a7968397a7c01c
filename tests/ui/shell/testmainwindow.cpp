// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "pcelsewhere.h"
#include "resultassert.h"

#include "api/commandfactory.h"
#include "checkin/checkinpage.h"
#include "console/loginpage.h"
#include "sell/sellpage.h"

#include <QComboBox>
#include <QDateTime>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace tessera;
using namespace tessera::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { putThePcInNewYork(); }

    void theHeaderClockIsTheBoxOfficesNamedWhateverThePcsZone()
    {
        ConsoleFixture f;
        auto *clock = f.window().findChild<QLabel *>(QStringLiteral("clockLabel"));
        QVERIFY(clock);
        // 08:00 UTC: 16:00 in Shanghai, 03:00 on the PC in New York.
        f.db().clock().set(
            QDateTime(QDate(2027, 1, 15), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QVERIFY(ConsoleFixture::waitFor(
            [clock] { return clock->text() == QStringLiteral("2027-01-15 16:00 UTC+8"); }, 3000));
        // A manager moves the box office to Berlin: the clock follows.
        auto command = CommandFactory::fromJson(
            QStringLiteral("set_box_office_timezone"),
            QJsonObject{{QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")}});
        TESSERA_VERIFY_OK(command);
        TESSERA_VERIFY_OK(f.engine()
                              .execute(std::move(*command), QStringLiteral("clock-zone"),
                                       QStringLiteral("manager"))
                              .result);
        QVERIFY(ConsoleFixture::waitFor(
            [clock] { return clock->text() == QStringLiteral("2027-01-15 09:00 UTC+1"); }, 3000));
    }

    void opensAtTheLoginScreen()
    {
        ConsoleFixture f;
        QVERIFY(f.window().isLocked());
        QVERIFY(!f.context().user());
        auto *names = f.window().findChild<QComboBox *>(QStringLiteral("loginName"));
        QVERIFY(names);
        QCOMPARE(names->count(), 5); // the demo staff
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
