// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "managescreen.h"
#include "testpaths.h"

#include "manage/cardcodeimportdialog.h"
#include "manage/cardstab.h"
#include "manage/changeuserdialog.h"
#include "manage/eventformdialog.h"
#include "manage/eventpricingeditor.h"
#include "manage/eventstab.h"
#include "manage/managepage.h"
#include "manage/newuserdialog.h"
#include "manage/seatplanimportdialog.h"
#include "manage/stafftab.h"
#include "manage/venuestab.h"
#include "query/catalogqueries.h"
#include "staff/staffauthenticator.h"
#include "venue/seatplanparser.h"
#include "venue/seatplanwriter.h"
#include "venue/stadiumplangenerator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace tessera;
using namespace tessera::test;

// Manage ▸ Staff: accounts, roles, PINs, lock-outs (administrators only).

class TestStaffTab : public QObject
{
    Q_OBJECT

private slots:
    void adminCreatesACashierWhoCanSignIn()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("admin"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Staff);
        QTableWidget *staff = page->staffTab()->table();
        QVERIFY(ConsoleFixture::waitFor([staff] { return staff->rowCount() == 5; }));

        QTest::mouseClick(child<QPushButton>(page, "newUserButton"), Qt::LeftButton);
        auto *dialog = child<NewUserDialog>(page, "newUserDialog");
        QVERIFY(dialog);
        auto *role = child<QComboBox>(dialog, "userRole");
        QCOMPARE(role->count(), 5); // an administrator may grant every role
        QCOMPARE(role->currentText(), QStringLiteral("Cashier"));
        typeInto(child<QLineEdit>(dialog, "userName"), QStringLiteral("li.na"));
        typeInto(child<QLineEdit>(dialog, "userDisplayName"), QStringLiteral("Li Na"));
        typeInto(child<QLineEdit>(dialog, "userPin"), QStringLiteral("4826"));
        typeInto(child<QLineEdit>(dialog, "userPinAgain"), QStringLiteral("4862"));
        auto *create = child<QPushButton>(dialog, "createUserButton");
        auto *error = child<QLabel>(dialog, "userError");
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("PIN again")), qPrintable(error->text()));
        typeInto(child<QLineEdit>(dialog, "userPinAgain"), QStringLiteral("4826"));
        QTest::mouseClick(create, Qt::LeftButton);

        QVERIFY(ConsoleFixture::waitFor(
            [staff] { return rowWith(staff, 0, QStringLiteral("li.na")) >= 0; }));
        const int row = rowWith(staff, 0, QStringLiteral("li.na"));
        QCOMPARE(cellText(staff, row, 1), QStringLiteral("Li Na"));
        QCOMPARE(cellText(staff, row, 2), QStringLiteral("Cashier"));
        QCOMPARE(cellText(staff, row, 3), QStringLiteral("yes"));
        staff->selectRow(row);
        QVERIFY(f.saveScreenshot(QStringLiteral("manage-staff-en.png")));

        // The new cashier signs in with the PIN they were given.
        f.window().signOut();
        auto *name = f.window().findChild<QComboBox *>(QStringLiteral("loginName"));
        auto *pin = f.window().findChild<QLineEdit *>(QStringLiteral("loginPin"));
        QVERIFY(name->findText(QStringLiteral("li.na")) >= 0);
        name->setCurrentText(QStringLiteral("li.na"));
        pin->setFocus();
        QTest::keyClicks(pin, QStringLiteral("4826"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&f] {
            return !f.window().isLocked() && f.context().user() &&
                   f.context().user()->name == QLatin1String("li.na");
        }));
        QCOMPARE(f.context().user()->role, Role::Cashier);
        QVERIFY(!f.window().findChild<QToolButton *>(QStringLiteral("navManage"))->isVisible());
    }

    void adminUnlocksAndDeactivatesAUser()
    {
        ConsoleFixture f;
        StaffAuthenticator authenticator(f.engine(), f.db().clock());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!authenticator.login(QStringLiteral("cashier"), QStringLiteral("0000")).ok());
        QVERIFY(f.db().scalar(
                    QStringLiteral("SELECT locked_until FROM users WHERE name = 'cashier'")) > 0);

        ManagePage *page = openManage(f, QStringLiteral("admin"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Staff);
        QTableWidget *staff = page->staffTab()->table();
        QVERIFY(ConsoleFixture::waitFor([staff] { return staff->rowCount() == 5; }));
        const int row = rowWith(staff, 0, QStringLiteral("cashier"));
        QVERIFY(cellText(staff, row, 4).startsWith(QStringLiteral("until")));
        staff->selectRow(row);
        QTest::mouseClick(child<QPushButton>(page, "changeUserButton"), Qt::LeftButton);
        auto *dialog = child<ChangeUserDialog>(page, "changeUserDialog");
        QVERIFY(dialog);
        auto *unlock = child<QCheckBox>(dialog, "changeUnlock");
        QVERIFY(unlock->isEnabled());
        unlock->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "saveUserButton"), Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&f] {
            return f.db().scalar(QStringLiteral(
                       "SELECT locked_until FROM users WHERE name = 'cashier'")) == 0;
        }));
        QVERIFY(ConsoleFixture::waitFor([staff] {
            return cellText(staff, rowWith(staff, 0, QStringLiteral("cashier")), 4) ==
                   QStringLiteral("no");
        }));

        staff->selectRow(rowWith(staff, 0, QStringLiteral("cashier")));
        QTest::mouseClick(child<QPushButton>(page, "changeUserButton"), Qt::LeftButton);
        dialog = child<ChangeUserDialog>(page, "changeUserDialog");
        QVERIFY(ConsoleFixture::waitFor([page] {
            auto *d = child<ChangeUserDialog>(page, "changeUserDialog");
            return d && d->isVisible();
        }));
        dialog = nullptr;
        for (ChangeUserDialog *d : page->findChildren<ChangeUserDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "changeActive")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(dialog, "saveUserButton"), Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([staff] {
            return cellText(staff, rowWith(staff, 0, QStringLiteral("cashier")), 3) !=
                   QStringLiteral("yes");
        }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT active FROM users WHERE name = 'cashier'")),
                 0);
    }

    void administratorCannotDeactivateThemselves()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("admin"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Staff);
        QTableWidget *staff = page->staffTab()->table();
        QVERIFY(ConsoleFixture::waitFor([staff] { return staff->rowCount() == 5; }));
        staff->selectRow(rowWith(staff, 0, QStringLiteral("admin")));
        ChangeUserDialog *dialog = page->staffTab()->openChange();
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "changeActive")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(dialog, "saveUserButton"), Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "changeError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Active")), qPrintable(error->text()));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT active FROM users WHERE name = 'admin'")), 1);
    }
};

QTEST_MAIN(TestStaffTab)
#include "teststafftab.moc"
