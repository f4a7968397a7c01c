// SPDX-License-Identifier: GPL-3.0-or-later
// F6 Dashboard on the real console: who sees it, the figures it shows from
// the terminal's own database, the error-code bars' drill-down to the order,
// a live refresh, and screenshots in English and Chinese.
#include "alerts/alertbanner.h"
#include "alerts/alertmonitor.h"
#include "api/commandfactory.h"
#include "consolefixture.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/errorcodechart.h"
#include "dashboard/failedpaymentspanel.h"
#include "dashboard/timeserieschart.h"
#include "orders/orderspage.h"
#include "resultassert.h"
#include "setup/demoseeder.h"
#include "shell/mainwindow.h"
#include "venue/seatplanwriter.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kStanding = 12000;

QJsonObject standing(EngineFixture &db, qint64 quantity, const QJsonArray &payments,
                     const QString &channel = QStringLiteral("counter"))
{
    return QJsonObject{{QStringLiteral("event"), db.ids().event},
                       {QStringLiteral("channel"), channel},
                       {QStringLiteral("lines"),
                        QJsonArray{QJsonObject{{QStringLiteral("ga"), db.ids().standingQuota},
                                               {QStringLiteral("quantity"), quantity}}}},
                       {QStringLiteral("payments"), payments}};
}

QJsonObject pay(const char *method, qint64 amount, const char *state = "approved",
                const char *code = nullptr)
{
    QJsonObject p{{QStringLiteral("method"), QLatin1String(method)},
                  {QStringLiteral("amount"), amount},
                  {QStringLiteral("state"), QLatin1String(state)}};
    if (code)
        p.insert(QStringLiteral("error_code"), QLatin1String(code));
    return p;
}

// A sale by the demo cashier, through the console's engine.
CommandOutcome sell(ConsoleFixture &f, const QJsonObject &request)
{
    static int keys = 0;
    auto command = CommandFactory::fromJson(QStringLiteral("sell"), request);
    if (!command)
        qFatal("sell: %s", qPrintable(command.error().toString()));
    return f.engine().execute(std::move(*command), QStringLiteral("dashboard-test-%1").arg(++keys),
                              QStringLiteral("cashier"));
}

// Two counter sales (one after a QR timeout), one phone sale after a
// declined card; answers the first order's id.
qint64 sellADay(ConsoleFixture &f)
{
    EngineFixture &db = f.db();
    auto first = sell(f, standing(db, 2,
                                  QJsonArray{pay("qr", 2 * kStanding, "declined", "timeout"),
                                             pay("cash", 2 * kStanding)}));
    if (!first.result)
        qFatal("%s", qPrintable(first.result.error().toString()));
    db.clock().advance(61'000);
    auto second = sell(f, standing(db, 1, QJsonArray{pay("cash", kStanding)}));
    auto third =
        sell(f, standing(db, 1,
                         QJsonArray{pay("card", kStanding, "declined", "insufficient_funds"),
                                    pay("card", kStanding)},
                         QStringLiteral("phone")));
    if (!second.result || !third.result)
        qFatal("a sale was refused");
    db.clock().advance(1000);
    return first.result.value()[QStringLiteral("order")].toInteger();
}

template<class T>
T *child(ConsoleFixture &f, const char *name)
{
    return f.window().findChild<T *>(QLatin1String(name));
}

double sumOf(QLineSeries *series)
{
    double sum = 0;
    for (const QPointF &p : series->points())
        sum += p.y();
    return sum;
}

// Clicks the error chart's bar `index` where it is drawn.
void clickBar(ErrorCodeChart *chart, int index)
{
    QAbstractSeries *series = chart->chart()->series().first();
    const QPointF inChart =
        chart->chart()->mapToPosition(QPointF(index, chart->bars()->at(index) / 2), series);
    const QPoint inView = chart->mapFromScene(chart->chart()->mapToScene(inChart));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, inView);
}

// The charts lay themselves out on the next turns of the event loop.
bool screenshot(ConsoleFixture &f, const QString &name)
{
    QTest::qWait(150);
    return f.saveScreenshot(name);
}

// Any command, run by the demo admin through the console's engine.
QJsonObject runAsAdmin(ConsoleFixture &f, const QString &kind, const QJsonObject &request)
{
    static int keys = 0;
    auto command = CommandFactory::fromJson(kind, request);
    if (!command)
        qFatal("%s: %s", qPrintable(kind), qPrintable(command.error().toString()));
    auto outcome =
        f.engine().execute(std::move(*command), QStringLiteral("dashboard-admin-%1").arg(++keys),
                           QStringLiteral("admin"));
    if (!outcome.result)
        qFatal("%s: %s", qPrintable(kind), qPrintable(outcome.result.error().toString()));
    return outcome.result.value();
}

bool openDashboard(ConsoleFixture &f, const QString &user)
{
    if (!f.signIn(user))
        return false;
    QTest::keyClick(&f.window(), Qt::Key_F6);
    if (f.window().currentScreen() != MainWindow::Screen::Dashboard)
        return false;
    return ConsoleFixture::waitFor([&] {
        return f.window().dashboardPage()->figures().computedAtMs == f.db().clock().nowMs();
    });
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void opsSeesTheDashboardOnlyAndItsFigures()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        ConsoleFixture f;
        sellADay(f);
        QVERIFY(f.signIn(QStringLiteral("ops")));
        // Ops sells nothing: the dashboard is the screen it lands on.
        QVERIFY(!child<QToolButton>(f, "navSell")->isVisible());
        QVERIFY(child<QToolButton>(f, "navDashboard")->isVisible());
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Dashboard);
        DashboardPage *page = f.window().dashboardPage();
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return page->figures().computedAtMs == f.db().clock().nowMs(); }));

        QCOMPARE(child<QLabel>(f, "kpiOrders")->text(), QStringLiteral("3"));
        QCOMPARE(child<QLabel>(f, "kpiSuccess")->text(), QStringLiteral("60.0 %"));
        QVERIFY(child<QLabel>(f, "kpiRevenue")->text().contains(QStringLiteral("480.00")));
        QVERIFY(child<QLabel>(f, "dashboardStatus")->text().contains(QStringLiteral("T1")));
        // The charts draw what the figures say.
        QCOMPARE(sumOf(page->ordersChart()->line(QStringLiteral("counter"))), 2.0);
        QCOMPARE(sumOf(page->ordersChart()->line(QStringLiteral("phone"))), 1.0);
        QCOMPARE(sumOf(page->revenueChart()->line(QStringLiteral("counter"))), 360.0);
        QCOMPARE(page->errorChart()->codes(),
                 (QStringList{QStringLiteral("insufficient_funds"), QStringLiteral("timeout")}));
        QVERIFY(page->successChart()->line(QStringLiteral("qr/sandbox_qr")));
        QCOMPARE(page->successChart()->line(QStringLiteral("qr/sandbox_qr"))->count(), 1);
        QCOMPARE(page->successChart()->line(QStringLiteral("qr/sandbox_qr"))->at(0).y(), 0.0);
        auto *stock = child<QTableWidget>(f, "stockTable");
        QVERIFY(stock->rowCount() > 0);
        QVERIFY(screenshot(f, QStringLiteral("dashboard-en.png")));

        // A channel filter narrows every figure.
        auto *channel = child<QComboBox>(f, "dashboardChannel");
        channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return page->figures().filter.channel == QLatin1String("phone"); }));
        QCOMPARE(child<QLabel>(f, "kpiOrders")->text(), QStringLiteral("1"));
        QCOMPARE(page->errorChart()->codes(), QStringList{QStringLiteral("insufficient_funds")});
    }

    void aCashierHasNoDashboard()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QVERIFY(!child<QToolButton>(f, "navDashboard")->isVisible());
        QTest::keyClick(&f.window(), Qt::Key_F6);
        QVERIFY(f.window().currentScreen() != MainWindow::Screen::Dashboard);
    }

    void anErrorBarListsItsPaymentsAndOpensTheOrder()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        ConsoleFixture f;
        const qint64 order = sellADay(f);
        QVERIFY(openDashboard(f, QStringLiteral("supervisor")));
        DashboardPage *page = f.window().dashboardPage();
        const int timeout = int(page->errorChart()->codes().indexOf(QStringLiteral("timeout")));
        QVERIFY(timeout >= 0);
        clickBar(page->errorChart(), timeout);
        FailedPaymentsPanel *panel = page->failedPanel();
        QVERIFY(ConsoleFixture::waitFor([&] { return panel->isVisible(); }));
        QCOMPARE(panel->code(), QStringLiteral("timeout"));
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 0)->text(),
                 QStringLiteral("T1-%1").arg(order, 6, 10, QLatin1Char('0')));
        QVERIFY(panel->table()->item(0, 4)->text().contains(QStringLiteral("240.00")));
        QVERIFY(screenshot(f, QStringLiteral("dashboard-errors-en.png")));
        panel->table()->selectRow(0);
        auto *open = child<QPushButton>(f, "openFailedOrder");
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Orders);
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return f.window().ordersPage()->currentOrder() == order; }));
    }

    void aVenueNarrowsTheEventsAndEveryFigure()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        ConsoleFixture f;
        sellADay(f); // three orders at the demo theatre
        // A second venue with an event of its own and one sale there.
        const QJsonObject plan =
            QJsonDocument::fromJson(SeatPlanWriter::toJson(DemoSeeder::theatre())).object();
        const qint64 hall =
            runAsAdmin(f, QStringLiteral("create_venue"),
                       {{QStringLiteral("name"), QStringLiteral("Riverside Hall")},
                        {QStringLiteral("timezone"), QStringLiteral("Asia/Shanghai")},
                        {QStringLiteral("plan"), plan}})[QStringLiteral("venue")]
                .toInteger();
        const QDateTime starts =
            QDateTime::fromMSecsSinceEpoch(f.db().clock().nowMs(), Qt::UTC).addDays(3);
        const QJsonObject jazz = runAsAdmin(
            f, QStringLiteral("create_event"),
            {{QStringLiteral("venue"), hall},
             {QStringLiteral("name"), QStringLiteral("Jazz Night")},
             {QStringLiteral("starts_at"), starts.toString(Qt::ISODate)},
             {QStringLiteral("currency"), QStringLiteral("CNY")},
             {QStringLiteral("ticket_types"),
              QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("adult")},
                                     {QStringLiteral("name"), QStringLiteral("Adult")}}}},
             {QStringLiteral("prices"),
              QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("Stalls")},
                                     {QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                     {QStringLiteral("amount"), 20000}},
                         QJsonObject{{QStringLiteral("category"), QStringLiteral("Balcony")},
                                     {QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                     {QStringLiteral("amount"), 15000}}}},
             {QStringLiteral("ga"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("name"), QStringLiteral("Floor")},
                  {QStringLiteral("capacity"), 100},
                  {QStringLiteral("prices"),
                   QJsonArray{QJsonObject{{QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                          {QStringLiteral("amount"), 8000}}}}}}}});
        const qint64 floor =
            jazz[QStringLiteral("ga")].toArray().first()[QStringLiteral("ga")].toInteger();
        TESSERA_VERIFY_OK(
            sell(f, QJsonObject{{QStringLiteral("event"), jazz[QStringLiteral("event")]},
                                {QStringLiteral("lines"),
                                 QJsonArray{QJsonObject{{QStringLiteral("ga"), floor},
                                                        {QStringLiteral("quantity"), 1}}}},
                                {QStringLiteral("payments"), QJsonArray{pay("cash", 8000)}}})
                .result);
        f.db().clock().advance(1000);

        QVERIFY(openDashboard(f, QStringLiteral("manager")));
        DashboardPage *page = f.window().dashboardPage();
        auto *venue = child<QComboBox>(f, "dashboardVenue");
        auto *event = child<QComboBox>(f, "dashboardEvent");
        QVERIFY(ConsoleFixture::waitFor([&] { return venue->isVisible(); }));
        QCOMPARE(venue->count(), 3); // all venues, the theatre, the hall
        QCOMPARE(event->count(), 3);
        QCOMPARE(child<QLabel>(f, "kpiOrders")->text(), QStringLiteral("4"));

        venue->setCurrentIndex(venue->findData(hall));
        QVERIFY(ConsoleFixture::waitFor([&] { return page->figures().filter.venueId == hall; }));
        QCOMPARE(event->count(), 2);
        QCOMPARE(event->itemText(1), QStringLiteral("Jazz Night"));
        QCOMPARE(child<QLabel>(f, "kpiOrders")->text(), QStringLiteral("1"));
        QVERIFY(child<QLabel>(f, "kpiRevenue")->text().contains(QStringLiteral("80.00")));
        auto *stock = child<QTableWidget>(f, "stockTable");
        QCOMPARE(stock->rowCount(), 3); // the hall's stalls, balcony and floor
        for (int row = 0; row < stock->rowCount(); ++row)
            QCOMPARE(stock->item(row, 0)->text(), QStringLiteral("Jazz Night"));
        QVERIFY(screenshot(f, QStringLiteral("dashboard-venue-en.png")));

        venue->setCurrentIndex(0);
        QVERIFY(ConsoleFixture::waitFor([&] { return page->figures().filter.venueId == 0; }));
        QCOMPARE(event->count(), 3);
        QCOMPARE(child<QLabel>(f, "kpiOrders")->text(), QStringLiteral("4"));
    }

    void aSaleElsewhereShowsWithinSeconds()
    {
        ConsoleFixture f;
        sellADay(f);
        QVERIFY(openDashboard(f, QStringLiteral("manager")));
        auto *orders = child<QLabel>(f, "kpiOrders");
        QCOMPARE(orders->text(), QStringLiteral("3"));
        // Another program's sale (the CLI, the sync) reaches the screen by
        // the periodic read, without anyone touching the console.
        TESSERA_VERIFY_OK(sell(f, standing(f.db(), 1, QJsonArray{pay("cash", kStanding)})).result);
        QVERIFY(ConsoleFixture::waitFor([&] { return orders->text() == QLatin1String("4"); },
                                        3 * 2000 + 2000));
    }

    void anAlertShowsOnTheWindowAndSoundsOnce()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        ConsoleFixture f;
        auto rule = CommandFactory::fromJson(
            QStringLiteral("set_alert_rule"),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("payment_success_below")},
                        {QStringLiteral("threshold"), 80},
                        {QStringLiteral("window_minutes"), 5}});
        QVERIFY(rule.ok());
        TESSERA_VERIFY_OK(
            f.engine()
                .execute(std::move(*rule), QStringLiteral("rule-1"), QStringLiteral("manager"))
                .result);
        sellADay(f); // 3 of 5 payment attempts went through: 60 %
        // The window evaluates as soon as someone signs in: listen before.
        auto *banner = f.window().findChild<AlertBanner *>();
        QVERIFY(banner);
        QSignalSpy alarmed(banner, &AlertBanner::alarmed);
        QVERIFY(openDashboard(f, QStringLiteral("ops")));
        f.window().alerts().evaluateNow();
        QVERIFY(ConsoleFixture::waitFor([&] { return banner->shownCount() == 1; }));
        QVERIFY(banner->isVisible());
        QVERIFY(ConsoleFixture::waitFor([&] { return alarmed.size() == 1; }));
        // The rules are one click away for ops.
        QVERIFY(child<QPushButton>(f, "dashboardAlertRules")->isVisible());
        QVERIFY(screenshot(f, QStringLiteral("dashboard-alert-en.png")));
        // Evaluated again: still firing, not sounded again.
        f.window().alerts().evaluateNow();
        QTest::qWait(300);
        QCOMPARE(alarmed.size(), 1);
        QCOMPARE(banner->shownCount(), 1);
    }

    void readsInChinese()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        sellADay(f);
        QVERIFY(openDashboard(f, QStringLiteral("ops")));
        DashboardPage *page = f.window().dashboardPage();
        QVERIFY(ConsoleFixture::waitFor([&] { return page->figures().orders == 3; }));
        QCOMPARE(page->ordersChart()->line(QStringLiteral("counter"))->name(),
                 QStringLiteral("柜台"));
        // The stock table fills its width whatever the length of the text.
        auto *stock = page->findChild<QTableWidget *>(QStringLiteral("stockTable"));
        QVERIFY(stock);
        QCOMPARE(stock->horizontalHeader()->length(), stock->viewport()->width());
        QVERIFY(screenshot(f, QStringLiteral("dashboard-zh.png")));
        clickBar(page->errorChart(), 0);
        QVERIFY(ConsoleFixture::waitFor([&] { return page->failedPanel()->isVisible(); }));
        QVERIFY(screenshot(f, QStringLiteral("dashboard-errors-zh.png")));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "testdashboardpage.moc"
