// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Printouts: it shows the choice in use and says what the cashier
// picks; cancelling the folder dialog keeps the printer.
#include "shell/printoutsmenu.h"

#include <QAction>
#include <QFileDialog>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tessera;

namespace {

QAction *action(PrintoutsMenu &menu, const QString &startsWith)
{
    for (QAction *a : menu.actions()) {
        if (a->text().startsWith(startsWith))
            return a;
    }
    return nullptr;
}

} // namespace

class TestPrintoutsMenu : public QObject
{
    Q_OBJECT

private slots:
    void itShowsTheChoiceInUse()
    {
        PrintoutsMenu toPrinter(QString(), false);
        QVERIFY(action(toPrinter, QStringLiteral("Send to the"))->isChecked());
        QVERIFY(!action(toPrinter, QStringLiteral("Print tickets"))->isChecked());

        PrintoutsMenu toFolder(QStringLiteral("/tmp/reports"), true);
        QVERIFY(!action(toFolder, QStringLiteral("Send to the"))->isChecked());
        QVERIFY(action(toFolder, QStringLiteral("Save as PDF"))->isChecked());
        QVERIFY(action(toFolder, QStringLiteral("Print tickets"))->isChecked());
    }

    void itSaysWhatIsPicked()
    {
        PrintoutsMenu menu(QStringLiteral("/tmp/reports"), false);
        QSignalSpy folder(&menu, &PrintoutsMenu::folderChosen);
        QSignalSpy automatic(&menu, &PrintoutsMenu::automaticChanged);
        action(menu, QStringLiteral("Send to the"))->trigger();
        QCOMPARE(folder.size(), 1);
        QCOMPARE(folder.first().first().toString(), QString());
        action(menu, QStringLiteral("Print tickets"))->trigger();
        QCOMPARE(automatic.size(), 1);
        QCOMPARE(automatic.first().first().toBool(), true);
    }

    void cancellingTheFolderKeepsThePrinter()
    {
        QWidget window;
        auto *menu = new PrintoutsMenu(QString(), false, &window);
        QSignalSpy folder(menu, &PrintoutsMenu::folderChosen);
        // The folder dialog opens; the cashier closes it without a folder.
        QTimer::singleShot(200, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QFileDialog *>(w))
                    dialog->reject();
            }
        });
        action(*menu, QStringLiteral("Save as PDF"))->trigger();
        QVERIFY(folder.isEmpty());
        QVERIFY(action(*menu, QStringLiteral("Send to the"))->isChecked());
    }
};

QTEST_MAIN(TestPrintoutsMenu)
#include "testprintoutsmenu.moc"
