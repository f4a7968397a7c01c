// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "pcelsewhere.h"

#include "manage/timezonedialog.h"
#include "setup/boxofficetimezone.h"
#include "storage/sqlitedb.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

TimeZoneDialog *openDialog(ConsoleFixture &f)
{
    auto *action = f.window().findChild<QAction *>(QStringLiteral("timeZoneAction"));
    if (!action || !action->isVisible() || !action->isEnabled())
        return nullptr;
    action->trigger();
    TimeZoneDialog *dialog = nullptr;
    ConsoleFixture::waitFor([&] {
        dialog = f.window().findChild<TimeZoneDialog *>(QStringLiteral("timeZoneDialog"));
        return dialog && dialog->isVisible();
    });
    return dialog;
}

QString stored(ConsoleFixture &f)
{
    SqliteDb db = f.db().reader();
    return BoxOfficeTimeZone::read(db);
}

void save(TimeZoneDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveTimeZone")),
                      Qt::LeftButton);
}

} // namespace

class TestTimeZoneDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { putThePcInNewYork(); }

    void aManagerMovesTheBoxOfficeToAnotherZone()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("manager")));
        TimeZoneDialog *dialog = openDialog(f);
        QVERIFY(dialog);
        // Nobody set it: the demo venue's zone, not the PC's New York.
        QCOMPARE(dialog->zone(), QStringLiteral("Asia/Shanghai"));
        dialog->setZone(QStringLiteral("Europe/Berlin"));
        save(dialog);
        QVERIFY(
            ConsoleFixture::waitFor([&] { return stored(f) == QLatin1String("Europe/Berlin"); }));
        QVERIFY(ConsoleFixture::waitFor([&] {
            return !f.window().findChild<TimeZoneDialog *>(QStringLiteral("timeZoneDialog"));
        }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'settings' AND actor = 'manager'")),
                 1);
        dialog = openDialog(f);
        QVERIFY(dialog);
        QCOMPARE(dialog->zone(), QStringLiteral("Europe/Berlin"));
    }

    void aZoneThatDoesNotExistIsRefusedInTheDialog()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("manager")));
        TimeZoneDialog *dialog = openDialog(f);
        QVERIFY(dialog);
        dialog->setZone(QStringLiteral("Europe/Atlantis"));
        save(dialog);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("timeZoneError"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Europe/Atlantis")),
                 qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(stored(f), QStringLiteral("Asia/Shanghai"));
    }

    void aCashierDoesNotSeeIt()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QVERIFY(!openDialog(f));
    }
};

QTEST_MAIN(TestTimeZoneDialog)
#include "testtimezonedialog.moc"
