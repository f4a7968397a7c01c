// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"

#include "manage/pendingorderwaitdialog.h"
#include "sales/pendingorderwait.h"
#include "storage/sqlitedb.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

PendingOrderWaitDialog *openDialog(ConsoleFixture &f)
{
    auto *action = f.window().findChild<QAction *>(QStringLiteral("pendingOrderWaitAction"));
    if (!action || !action->isVisible() || !action->isEnabled())
        return nullptr;
    action->trigger();
    PendingOrderWaitDialog *dialog = nullptr;
    ConsoleFixture::waitFor([&] {
        dialog = f.window().findChild<PendingOrderWaitDialog *>(
            QStringLiteral("pendingOrderWaitDialog"));
        return dialog && dialog->isVisible();
    });
    return dialog;
}

std::optional<int> stored(ConsoleFixture &f)
{
    SqliteDb db = f.db().reader();
    return PendingOrderWait::read(db);
}

} // namespace

class TestPendingOrderWaitDialog : public QObject
{
    Q_OBJECT

private slots:
    void aManagerSetsTheWait()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("manager")));
        PendingOrderWaitDialog *dialog = openDialog(f);
        QVERIFY(dialog);
        // Nobody set it yet: the engine's default shows.
        QCOMPARE(dialog->minutes(), 30);
        QVERIFY(ConsoleFixture::saveScreenshot(*dialog, QStringLiteral("pending-wait-en.png")));
        dialog->findChild<QSpinBox *>(QStringLiteral("pendingOrderMinutes"))->setValue(12);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePendingOrderWait")),
                          Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&] { return stored(f) == 12; }));
        QVERIFY(ConsoleFixture::waitFor([&] {
            return !f.window().findChild<PendingOrderWaitDialog *>(
                QStringLiteral("pendingOrderWaitDialog"));
        }));
        // Opened again, it shows what is in force; 0 means never.
        dialog = openDialog(f);
        QVERIFY(dialog);
        QCOMPARE(dialog->minutes(), 12);
        dialog->setMinutes(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePendingOrderWait")),
                          Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&] { return stored(f) == 0; }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'settings' AND actor = 'manager'")),
                 2);
    }

    void aCashierAndASupervisorDoNotSeeIt()
    {
        for (const QString &who : {QStringLiteral("cashier"), QStringLiteral("supervisor")}) {
            ConsoleFixture f;
            QVERIFY(f.signIn(who));
            auto *action =
                f.window().findChild<QAction *>(QStringLiteral("pendingOrderWaitAction"));
            QVERIFY(action);
            QVERIFY2(!action->isVisible() && !action->isEnabled(), qPrintable(who));
            QVERIFY(!openDialog(f));
            QVERIFY(!stored(f).has_value());
        }
    }
};

QTEST_MAIN(TestPendingOrderWaitDialog)
#include "testpendingorderwaitdialog.moc"
