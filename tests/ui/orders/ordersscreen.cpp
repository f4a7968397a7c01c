// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersscreen.h"

#include "api/commandfactory.h"
#include "testpaths.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTest>
#include <QTreeWidget>

namespace tessera::test {

// Sells seats (adult, paid in cash) as the cashier, straight through the engine.
Sale sellSeats(ConsoleFixture &f, const QStringList &seats, const QString &customer,
               qint64 unitPrice, qint64 tendered)
{
    QJsonArray lines;
    for (const QString &seat : seats)
        lines.push_back(QJsonObject{{QStringLiteral("seat"), seat}});
    QJsonObject cash{{QStringLiteral("method"), QStringLiteral("cash")},
                     {QStringLiteral("amount"), unitPrice * qint64(seats.size())}};
    if (tendered > 0)
        cash.insert(QStringLiteral("tendered"), tendered);
    QJsonObject request{{QStringLiteral("event"), f.db().ids().event},
                        {QStringLiteral("lines"), lines},
                        {QStringLiteral("payments"), QJsonArray{cash}}};
    if (!customer.isEmpty())
        request.insert(QStringLiteral("customer"),
                       QJsonObject{{QStringLiteral("name"), customer},
                                   {QStringLiteral("phone"), QStringLiteral("139 0000 1111")}});
    auto command = CommandFactory::fromJson(QStringLiteral("sell"), request);
    if (!command)
        qFatal("sell: %s", qPrintable(command.error().toString()));
    static int keys = 0;
    CommandOutcome sold =
        f.engine().execute(std::move(*command), QStringLiteral("orders-test-%1").arg(++keys),
                           QStringLiteral("cashier"));
    if (!sold.result.ok())
        qFatal("sell: %s", qPrintable(sold.result.error().toString()));
    Sale sale;
    sale.order = sold.result->value(QStringLiteral("order")).toInteger();
    sale.number = sold.result->value(QStringLiteral("number")).toString();
    for (const QJsonValue &t : sold.result->value(QStringLiteral("tickets")).toArray()) {
        sale.lines.push_back(t[QStringLiteral("line")].toInteger());
        sale.codes.push_back(t[QStringLiteral("code")].toString());
    }
    return sale;
}

QString sellUnpaidSeat(ConsoleFixture &f, const QString &seat)
{
    auto command = CommandFactory::fromJson(
        QStringLiteral("sell"),
        QJsonObject{
            {QStringLiteral("event"), f.db().ids().event},
            {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("seat"), seat}}}}});
    if (!command)
        qFatal("sell: %s", qPrintable(command.error().toString()));
    const CommandOutcome pending = f.engine().execute(
        std::move(*command), QStringLiteral("pending-") + seat, QStringLiteral("cashier"));
    if (!pending.result.ok())
        qFatal("sell: %s", qPrintable(pending.result.error().toString()));
    return pending.result->value(QStringLiteral("number")).toString();
}

qint64 seatState(ConsoleFixture &f, const QString &guid)
{
    return f.db().scalar(
        QStringLiteral("SELECT es.state FROM event_seats es JOIN seats s ON "
                       "s.id = es.seat_id WHERE es.event_id = %1 AND s.guid = '%2'")
            .arg(f.db().ids().event)
            .arg(guid));
}

qint64 lineState(ConsoleFixture &f, qint64 line)
{
    return f.db().scalar(QStringLiteral("SELECT state FROM order_lines WHERE id = %1").arg(line));
}

// The visible dialog of that name (closed ones linger until deleted).
QDialog *visibleDialog(ConsoleFixture &f, const char *name)
{
    for (QDialog *d : f.window().findChildren<QDialog *>(QLatin1String(name))) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

QDialog *waitForDialog(ConsoleFixture &f, const char *name)
{
    QDialog *dialog = nullptr;
    ConsoleFixture::waitFor([&] { return (dialog = visibleDialog(f, name)) != nullptr; });
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Opens the Orders screen and finds `text` as a cashier would: type, Enter.
bool findOrder(ConsoleFixture &f, const QString &text, const QString &number)
{
    QTest::keyClick(&f.window(), Qt::Key_F2);
    if (f.window().currentScreen() != MainWindow::Screen::Orders)
        return false;
    auto *search = find<QLineEdit>(f, "orderSearch");
    // The screen hands the search field the focus; on a loaded machine that
    // may land after the key press returns.
    if (!search || !ConsoleFixture::waitFor([search] { return search->hasFocus(); }))
        return false;
    search->selectAll();
    QTest::keyClicks(search, text);
    QTest::keyClick(search, Qt::Key_Return);
    auto *shown = find<QLabel>(f, "orderNumber");
    return ConsoleFixture::waitFor(
        [shown, number] { return shown->isVisible() && shown->text().contains(number); });
}

QString lineStateShown(ConsoleFixture &f, qint64 line)
{
    auto *lines = find<QTreeWidget>(f, "orderLines");
    for (int i = 0; i < lines->topLevelItemCount(); ++i) {
        if (lines->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == line)
            return lines->topLevelItem(i)->data(0, kStateRole).toString();
    }
    return {};
}

QString orderStateShown(ConsoleFixture &f)
{
    return find<QLabel>(f, "orderState")->property("state").toString();
}

// The supervisor types a PIN into the approval dialog and presses Enter.
QDialog *approveWith(ConsoleFixture &f, const QString &pin)
{
    QDialog *approval = waitForDialog(f, "approvalDialog");
    if (!approval)
        return nullptr;
    auto *name = approval->findChild<QComboBox *>(QStringLiteral("approverName"));
    name->setCurrentIndex(name->findData(QStringLiteral("supervisor")));
    auto *field = approval->findChild<QLineEdit *>(QStringLiteral("approverPin"));
    field->setFocus();
    QTest::keyClicks(field, pin);
    QTest::keyClick(field, Qt::Key_Return);
    return approval;
}

// Lets pending layouts run, so a screenshot shows what the cashier sees.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

bool saveWithDialog(ConsoleFixture &f, QWidget *dialog, const QString &name)
{
    settle();
    QPixmap shot = f.window().grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70));
    const QPixmap top = dialog->grab();
    painter.drawPixmap((shot.width() - top.width()) / 2, (shot.height() - top.height()) / 3, top);
    painter.end();
    return shot.save(test::screenshotPath(name));
}

} // namespace tessera::test
