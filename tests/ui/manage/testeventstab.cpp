// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/commandfactory.h"
#include "consolefixture.h"
#include "managescreen.h"
#include "testpaths.h"

#include "manage/eventcanceldialog.h"
#include "manage/eventeditdialog.h"
#include "manage/eventstab.h"
#include "manage/managepage.h"
#include "manage/seatplanimportdialog.h"
#include "query/eventqueries.h"
#include "shell/consolewindowhost.h"

#include <QApplication>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace tessera;
using namespace tessera::test;

namespace {

enum Column { Event, Venue, Starts, SalesClose, Sold, Left, Status };

void sellSeats(ConsoleFixture &f, const QStringList &seats)
{
    QJsonArray lines;
    for (const QString &seat : seats)
        lines.push_back(QJsonObject{{QStringLiteral("seat"), seat}});
    const QJsonObject sale{
        {QStringLiteral("event"), f.db().ids().event},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("payments"),
         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                {QStringLiteral("amount"), 38000 * seats.size()}}}}};
    auto command = CommandFactory::fromJson(QStringLiteral("sell"), sale);
    QVERIFY(command.ok());
    static int key = 0;
    const CommandOutcome outcome = f.engine().execute(
        std::move(*command), QStringLiteral("sale-%1").arg(++key), QStringLiteral("admin"));
    if (!outcome.result.ok())
        QFAIL(qPrintable(outcome.result.error().toString()));
}

// Runs `kind` on the fixture's engine as the admin; its answer.
QJsonObject runCommand(ConsoleFixture &f, const QString &kind, const QJsonObject &json)
{
    auto command = CommandFactory::fromJson(kind, json);
    if (!command)
        return {};
    static int key = 0;
    const CommandOutcome outcome = f.engine().execute(
        std::move(*command), QStringLiteral("cmd-%1").arg(++key), QStringLiteral("admin"));
    return outcome.result.ok() ? *outcome.result : QJsonObject();
}

// Manage ▸ Events as a manager, with the demo event listed and selected.
EventsTab *openEvents(ConsoleFixture &f)
{
    ManagePage *page = openManage(f, QStringLiteral("manager"));
    if (!page)
        return nullptr;
    page->showTab(ManagePage::Tab::Events);
    EventsTab *tab = page->eventsTab();
    if (!ConsoleFixture::waitFor([tab] { return tab->table()->rowCount() == 1; }))
        return nullptr;
    tab->table()->selectRow(0);
    return tab;
}

} // namespace

class TestEventsTab : public QObject
{
    Q_OBJECT
private slots:
    void theListShowsSoldAndLeftAndFollowsSales()
    {
        ConsoleFixture f;
        sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")});
        EventsTab *tab = openEvents(f);
        QVERIFY(tab);
        QTableWidget *table = tab->table();
        QCOMPARE(table->horizontalHeaderItem(Sold)->text(), QStringLiteral("Sold"));
        QCOMPARE(cellText(table, 0, Sold), QStringLiteral("2"));
        // 303 seats and 200 standing places, two seats sold.
        QCOMPARE(cellText(table, 0, Left), QStringLiteral("501"));
        QCOMPARE(cellText(table, 0, Status), QStringLiteral("On sale"));
        // A sale on another till shows within a moment.
        sellSeats(f, {QStringLiteral("S-A-3")});
        QVERIFY(ConsoleFixture::waitFor(
            [table] { return cellText(table, 0, Sold) == QStringLiteral("3"); }));
        QVERIFY(f.saveScreenshot(QStringLiteral("manage-events-list-en.png")));
    }

    void editingAnEventChangesItsPrice()
    {
        ConsoleFixture f;
        EventsTab *tab = openEvents(f);
        QVERIFY(tab);
        QTest::mouseClick(child<QPushButton>(tab, "editEventButton"), Qt::LeftButton);
        EventEditDialog *dialog = nullptr;
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return (dialog = child<EventEditDialog>(tab, "eventEditDialog")) != nullptr; }));
        QCOMPARE(child<QLineEdit>(dialog, "editEventName")->text(),
                 QStringLiteral("The Nutcracker"));
        QTableWidget *prices = dialog->prices();
        QCOMPARE(prices->rowCount(), 7); // 2 categories x 3 types, standing x 1
        QCOMPARE(cellText(prices, 0, 0), QStringLiteral("Stalls"));
        QVERIFY(typeIntoCell(prices, 0, 2, QStringLiteral("abc")));
        QTest::mouseClick(child<QPushButton>(dialog, "saveEventButton"), Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "editEventError");
        QVERIFY2(error->text().startsWith(QStringLiteral("Prices")), qPrintable(error->text()));
        QVERIFY(typeIntoCell(prices, 0, 2, QStringLiteral("400")));
        QTest::mouseClick(child<QPushButton>(dialog, "saveEventButton"), Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&] {
            return f.db().scalar(QStringLiteral(
                       "SELECT p.amount FROM seat_prices p JOIN categories c ON c.id = "
                       "p.category_id JOIN ticket_types t ON t.id = p.ticket_type_id WHERE "
                       "c.name = 'Stalls' AND t.code = 'adult'")) == 40000;
        }));
        QVERIFY(ConsoleFixture::waitFor([&] {
            return child<QLabel>(tab, "eventsStatus")->text().contains(QStringLiteral("saved"));
        }));
    }

    void cancellingAnEventAsksWithTheFiguresThenRefunds()
    {
        ConsoleFixture f;
        sellSeats(f, {QStringLiteral("S-A-1"), QStringLiteral("S-A-2")});
        EventsTab *tab = openEvents(f);
        QVERIFY(tab);
        QTest::mouseClick(child<QPushButton>(tab, "cancelEventButton"), Qt::LeftButton);
        EventCancelDialog *dialog = nullptr;
        QVERIFY(ConsoleFixture::waitFor([&] {
            return (dialog = child<EventCancelDialog>(tab, "eventCancelDialog")) != nullptr;
        }));
        const QString summary = dialog->summary();
        QVERIFY2(summary.contains(QStringLiteral("1 paid order")) &&
                     summary.contains(QStringLiteral("2 ticket")) &&
                     summary.contains(QStringLiteral("760")),
                 qPrintable(summary));
        auto *confirm = child<QPushButton>(dialog, "confirmCancelEvent");
        QVERIFY(!confirm->isEnabled()); // a reason first
        typeInto(child<QLineEdit>(dialog, "cancelReason"), QStringLiteral("Storm warning"));
        QVERIFY(confirm->isEnabled());
        QVERIFY(saveScreenshotWithDialog(f, dialog, QStringLiteral("manage-event-cancel-en.png")));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTableWidget *table = tab->table();
        QVERIFY(ConsoleFixture::waitFor(
            [table] { return cellText(table, 0, Status) == QStringLiteral("Cancelled"); }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT SUM(amount) FROM refunds")), 76000);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state <> 0")),
                 0);
        table->selectRow(0);
        QVERIFY(!child<QPushButton>(tab, "editEventButton")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "cancelEventButton")->isEnabled());
    }

    void cancellingWordsPartPaidOrdersAsRefundsInEnglishAndChinese()
    {
        ConsoleFixture f;
        const qint64 event = f.db().ids().event;
        sellSeats(f, {QStringLiteral("S-A-1")});
        auto seat = [](const char *guid) {
            return QJsonArray{QJsonObject{{QStringLiteral("seat"), QLatin1String(guid)}}};
        };
        // Two orders waiting for payment: one paid 50.00 of its 380.00, one nothing.
        const QJsonObject partPaid = runCommand(
            f, QStringLiteral("sell"),
            {{QStringLiteral("event"), event}, {QStringLiteral("lines"), seat("S-B-1")}});
        QVERIFY(partPaid.contains(QStringLiteral("order")));
        QVERIFY(!runCommand(f, QStringLiteral("add_payment"),
                            {{QStringLiteral("order"), partPaid.value(QStringLiteral("order"))},
                             {QStringLiteral("payment"),
                              QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                          {QStringLiteral("amount"), 5000}}}})
                     .isEmpty());
        QVERIFY(!runCommand(
                     f, QStringLiteral("sell"),
                     {{QStringLiteral("event"), event}, {QStringLiteral("lines"), seat("S-B-2")}})
                     .isEmpty());
        auto preview = EventQueries(f.context().reader()).cancelPreview(event);
        QVERIFY(preview.ok());

        const QString en = EventCancelDialog(f.context(), event, QStringLiteral("Gala"), *preview)
                               .summary()
                               .replace(QChar::Nbsp, QLatin1Char(' '));
        QVERIFY2(en.contains(QStringLiteral("refunded: 1 ticket, CNY 380.00 in all")),
                 qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral(
                     "1 part-paid order cancelled and what it had paid, CNY 50.00, refunded")),
                 qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("1 unpaid order cancelled")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("Refunded in all: CNY 430.00")), qPrintable(en));

        ConsoleWindowHost::installLanguage(*qApp, QLocale(QLocale::Chinese, QLocale::China));
        const QString zh =
            EventCancelDialog(f.context(), event, QStringLiteral("Gala"), *preview).summary();
        ConsoleWindowHost::installLanguage(*qApp, QLocale::c());
        QVERIFY2(zh.contains(QStringLiteral("取消 1 个部分付款的订单")), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("退还其已付的 ¥50.00")), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("取消 1 个未付款订单")), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("退款合计：¥430.00")), qPrintable(zh));
    }

    void enterInThePlanPathReadsThePlanWithoutTheFileBrowser()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        QTest::mouseClick(child<QPushButton>(page, "importSeatMapButton"), Qt::LeftButton);
        auto *dialog = child<SeatPlanImportDialog>(page, "seatPlanImportDialog");
        QVERIFY(dialog);
        bool browserOpened = false;
        // Were the browser to open, it would be closed again (and noted).
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *files = qobject_cast<QFileDialog *>(w); files && files->isVisible()) {
                    browserOpened = true;
                    files->reject();
                }
            }
        });
        watch.start(20);
        auto *file = child<QLineEdit>(dialog, "planFile");
        typeInto(file, fixturePath(QStringLiteral("seatplans/small-hall.json")));
        QTest::keyClick(file, Qt::Key_Return);
        auto *importButton = child<QPushButton>(dialog, "planImportButton");
        QVERIFY(ConsoleFixture::waitFor([importButton] { return importButton->isEnabled(); }));
        QVERIFY(!browserOpened);
        // The cursor moved on from the path (to the name, or Import once read).
        QVERIFY(QApplication::focusWidget() != file);
        QVERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
    }
};

QTEST_MAIN(TestEventsTab)
#include "testeventstab.moc"
