// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolefixture.h"
#include "manage/managepage.h"

#include <QByteArray>
#include <QString>

class QLineEdit;
class QTableWidget;
class QTemporaryDir;
class QWidget;

// What the Manage screen's tests share: opening it as a role, typing into
// fields and table cells as a user does, fixtures and screenshots.
namespace tessera::test {

template<class T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Signs in and opens Manage with F5.
ManagePage *openManage(ConsoleFixture &f, const QString &user);
void typeInto(QLineEdit *edit, const QString &text);
// Edits one cell the way a user does: F2, type, Enter.
bool typeIntoCell(QTableWidget *table, int row, int column, const QString &text);
QString cellText(const QTableWidget *table, int row, int column);
int rowWith(const QTableWidget *table, int column, const QString &text);
// The window with a dialog on top, as the user sees it, into test::screenshotDir().
bool saveScreenshotWithDialog(ConsoleFixture &f, QWidget *dialog, const QString &name);
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
// tests/data/seatplans/small-hall.json.
QByteArray smallHallPlan();

} // namespace tessera::test
