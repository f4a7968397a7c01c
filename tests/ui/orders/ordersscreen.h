// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolefixture.h"
#include "shell/mainwindow.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

// What the Orders screen's tests share: selling straight through the engine,
// finding an order as a cashier would, and reading what the screen shows.
namespace tessera::test {

// The engine's state of a line as the detail panel keeps it (language-free).
inline constexpr int kStateRole = Qt::UserRole + 1;

struct Sale
{
    qint64 order = 0;
    QString number;
    QList<qint64> lines;
    QStringList codes;
};

// Sells seats (adult, paid in cash) as the cashier, straight through the engine;
// `tendered` > 0: the cash handed over, as the payment dialog reports it.
Sale sellSeats(ConsoleFixture &f, const QStringList &seats, const QString &customer = {},
               qint64 unitPrice = 38000, qint64 tendered = 0);
// Sells one seat with no payment (a pending order) as the cashier; its number.
QString sellUnpaidSeat(ConsoleFixture &f, const QString &seat);
// A seat's state in the demo event (0 available, 1 held, 2 sold).
qint64 seatState(ConsoleFixture &f, const QString &guid);
// An order line's state in the database (0 active, 1 refunded, 2 exchanged).
qint64 lineState(ConsoleFixture &f, qint64 line);

template<class T>
T *find(ConsoleFixture &f, const char *name)
{
    return f.window().findChild<T *>(QLatin1String(name));
}

// The visible dialog of that name (closed ones linger until deleted).
QDialog *visibleDialog(ConsoleFixture &f, const char *name);
QDialog *waitForDialog(ConsoleFixture &f, const char *name);
// Opens the Orders screen and finds `text` as a cashier would: type, Enter.
bool findOrder(ConsoleFixture &f, const QString &text, const QString &number);
// A line's state as the detail panel keeps it; the order's state it shows.
QString lineStateShown(ConsoleFixture &f, qint64 line);
QString orderStateShown(ConsoleFixture &f);
// The supervisor types a PIN into the approval dialog and presses Enter.
QDialog *approveWith(ConsoleFixture &f, const QString &pin);
// Lets pending layouts run, so a screenshot shows what the cashier sees.
void settle();
// The main window with `dialog` drawn over it, as the cashier sees both,
// saved as screenshot `name`.
bool saveWithDialog(ConsoleFixture &f, QWidget *dialog, const QString &name);

} // namespace tessera::test
