// SPDX-License-Identifier: GPL-3.0-or-later
#include "managescreen.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace tessera::test {

// Signs in and opens Manage with F5.
ManagePage *openManage(ConsoleFixture &f, const QString &user)
{
    if (!f.signIn(user))
        return nullptr;
    QTest::keyClick(&f.window(), Qt::Key_F5);
    if (f.window().currentScreen() != MainWindow::Screen::Manage)
        return nullptr;
    return f.window().managePage();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Edits one cell the way a user does: F2, type, Enter.
bool typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the typed text once the event loop runs.
    return ConsoleFixture::waitFor([table, row, column, text] {
        const QTableWidgetItem *item = table->item(row, column);
        return item && item->text() == text;
    });
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowWith(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (cellText(table, row, column) == text)
            return row;
    }
    return -1;
}

// The window with a dialog on top, as the user sees it, into test::screenshotDir().
bool saveScreenshotWithDialog(ConsoleFixture &f, QWidget *dialog, const QString &name)
{
    QPixmap shot = f.window().grab();
    const QPixmap top = dialog->grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70));
    const QPoint at((shot.width() - top.width()) / 2, qMax(0, (shot.height() - top.height()) / 2));
    painter.setPen(QColor(40, 40, 40));
    painter.drawRect(QRect(at, top.size()).adjusted(-1, -1, 0, 0));
    painter.drawPixmap(at, top);
    painter.end();
    return shot.save(test::screenshotPath(name));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QByteArray smallHallPlan()
{
    QFile file(fixturePath(QStringLiteral("seatplans/small-hall.json")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace tessera::test
