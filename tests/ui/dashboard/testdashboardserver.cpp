// SPDX-License-Identifier: GPL-3.0-or-later
// The "done when", on the real server: an ops user watches F6
// Dashboard on an enrolled console while two other consoles sell and ship;
// the figures and the terminals' grid move; a tile narrows them to one
// terminal; the server killed under the dashboard shows "reconnecting — data
// as of", and live again when it is back. The server judges the alert rules
// over every terminal: a counter whose QR provider times out fires one, it
// shows (and sounds) on the dashboard and is acknowledged from there.
#include "../../core/sales/salerequests.h"
#include "alerts/alertbanner.h"
#include "alerts/alertrulesdialog.h"
#include "alerts/alertrulestore.h"
#include "consoleenrolment.h"
#include "consolefixture.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/serveralertrulestore.h"
#include "dashboard/serverdashboardsource.h"
#include "journalshipper.h"
#include "serverclient.h"
#include "serverprocess.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

template<class T>
T *child(ConsoleFixture &f, const char *name)
{
    return f.window().findChild<T *>(QLatin1String(name));
}

// A counter elsewhere: its own database, enrolled, selling and shipping.
struct OtherConsole
{
    // `startMs`: its clock's start (0: the fixture's fixed date).
    explicit OtherConsole(qint64 startMs = 0)
        : db(true, 20, startMs)
    {}

    EngineFixture db;
    ServerLink link;

    bool sellAndShip(int sales)
    {
        for (int i = 0; i < sales; ++i) {
            if (!db.sellStandingDeposit().result.ok())
                return false;
        }
        JournalShipper shipper(db.path(), link, 7);
        auto report = shipper.shipOnce();
        return report.ok() && report->backlog() == 0;
    }
};

} // namespace

class TestDashboardServer : public QObject
{
    Q_OBJECT

private slots:
    void opsWatchesTwoOtherCountersThroughTheServer()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        // The server's staff: the demo's, ops among them.
        QVERIFY(initServerWithStaff(kExe, data));
        const QString opsCode = enrolmentCode(kExe, data, QStringLiteral("OPS-1"));
        const QString code2 = enrolmentCode(kExe, data, QStringLiteral("BOX-2"));
        const QString code3 = enrolmentCode(kExe, data, QStringLiteral("BOX-3"));
        auto server = std::make_unique<RunningServer>(kExe, data);
        const int port = server->port();
        QVERIFY(port > 0);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(port);

        OtherConsole box2;
        OtherConsole box3;
        auto link2 = ConsoleEnrolment::enrol(address, code2, 10000);
        auto link3 = ConsoleEnrolment::enrol(address, code3, 10000);
        QVERIFY(link2.ok() && link3.ok());
        box2.link = *link2;
        box3.link = *link3;

        ConsoleFixture f;
        auto opsLink = ConsoleEnrolment::enrol(address, opsCode, 10000);
        QVERIFY(opsLink.ok());
        QVERIFY(opsLink->save(f.engine()).ok());

        QVERIFY(f.signIn(QStringLiteral("ops")));
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Dashboard);
        DashboardPage *page = f.window().dashboardPage();
        // The demo consoles' clocks are in 2027: the whole sale, not the last minutes.
        auto *range = child<QComboBox>(f, "dashboardRange");
        range->setCurrentIndex(range->findData(int(DashboardPage::Range::WholeSale)));
        auto *source = child<QComboBox>(f, "dashboardSource");
        QVERIFY(source && source->isVisible());
        source->setCurrentIndex(1);
        auto *pin = child<QLineEdit>(f, "dashboardServerPin");
        QVERIFY(pin->isVisible());
        QTest::keyClicks(pin, QStringLiteral("4444"));
        QTest::keyClick(pin, Qt::Key_Return);
        auto *status = child<QLabel>(f, "dashboardStatus");
        QVERIFY2(ConsoleFixture::waitFor(
                     [&] { return status->text().startsWith(QStringLiteral("Live")); }, 15000),
                 qPrintable(status->text()));
        QVERIFY(!pin->isVisible());

        // Sales on the two other counters move the figures.
        QVERIFY(box2.sellAndShip(2));
        QVERIFY(box3.sellAndShip(1));
        QVERIFY2(ConsoleFixture::waitFor([&] { return page->figures().orders == 3; }, 15000),
                 qPrintable(QString::number(page->figures().orders)));
        QCOMPARE(page->figures().ordersByTerminal.value(QStringLiteral("BOX-2")), 2);
        QCOMPARE(page->figures().ordersByTerminal.value(QStringLiteral("BOX-3")), 1);
        QVERIFY(ConsoleFixture::waitFor([&] { return child<QToolButton>(f, "terminal-BOX-2"); }));
        auto *tile2 = child<QToolButton>(f, "terminal-BOX-2");
        QCOMPARE(tile2->property("status").toString(), QStringLiteral("green"));
        QVERIFY(child<QLabel>(f, "serverStats")->text().contains(QStringLiteral("requests/s")));
        QTest::qWait(150);
        QVERIFY(f.saveScreenshot(QStringLiteral("dashboard-server-en.png")));

        // A tile narrows every figure to its terminal; a second click, back to all.
        tile2->click();
        QVERIFY(ConsoleFixture::waitFor([&] { return page->figures().orders == 2; }, 15000));
        QCOMPARE(page->figures().filter.terminal, QStringLiteral("BOX-2"));
        child<QToolButton>(f, "terminal-BOX-2")->click();
        QVERIFY(ConsoleFixture::waitFor([&] { return page->figures().orders == 3; }, 15000));

        // The server dies under the dashboard: never silently stale.
        server->process().kill();
        server->process().waitForFinished(5000);
        QVERIFY2(
            ConsoleFixture::waitFor(
                [&] { return status->text().startsWith(QStringLiteral("Reconnecting")); }, 15000),
            qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("data as of")));
        QTest::qWait(150);
        QVERIFY(f.saveScreenshot(QStringLiteral("dashboard-reconnecting-en.png")));
        // Back, with what was sold meanwhile.
        QVERIFY(box3.db.sellStandingDeposit().result.ok());
        server = std::make_unique<RunningServer>(kExe, data, port);
        QVERIFY(box3.sellAndShip(0));
        QVERIFY2(ConsoleFixture::waitFor([&] { return page->figures().orders == 4; }, 20000),
                 qPrintable(status->text()));
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return status->text().startsWith(QStringLiteral("Live")); }, 15000));
        QCOMPARE(server->stop(), 0);
    }

    void serverAlertsShowOnTheDashboardAndAreAcknowledged()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        // The server's staff: the demo's, ops among them.
        QVERIFY(initServerWithStaff(kExe, data));
        const QString opsCode = enrolmentCode(kExe, data, QStringLiteral("OPS-1"));
        const QString code2 = enrolmentCode(kExe, data, QStringLiteral("BOX-2"));
        RunningServer server(kExe, data);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(server.port());
        // The server judges alerts by its wall clock: BOX-2 sells now.
        OtherConsole box2(QDateTime::currentMSecsSinceEpoch());
        auto link2 = ConsoleEnrolment::enrol(address, code2, 10000);
        QVERIFY(link2.ok());
        box2.link = *link2;

        // A rule set on the server by a manager; a cashier may not.
        const QJsonObject rule{{QStringLiteral("kind"), QStringLiteral("payment_success_below")},
                               {QStringLiteral("threshold"), 80},
                               {QStringLiteral("window_minutes"), 5}};
        ServerClient cashier(box2.link.address, box2.link.ca);
        cashier.useStaffCredentials(QStringLiteral("cashier"), QStringLiteral("1111"));
        QCOMPARE(cashier.post(QStringLiteral("/v1/alert-rules"), rule).error().code,
                 ErrorCode::PermissionDenied);
        ServerClient manager(box2.link.address, box2.link.ca);
        manager.useStaffCredentials(QStringLiteral("manager"), QStringLiteral("3333"));
        auto stored = manager.post(QStringLiteral("/v1/alert-rules"), rule);
        QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().toString()));

        ConsoleFixture f;
        auto opsLink = ConsoleEnrolment::enrol(address, opsCode, 10000);
        QVERIFY(opsLink.ok());
        QVERIFY(opsLink->save(f.engine()).ok());
        QVERIFY(f.signIn(QStringLiteral("ops")));
        child<QComboBox>(f, "dashboardSource")->setCurrentIndex(1);
        f.window().dashboardPage()->connectToServer(QStringLiteral("4444"));
        auto *status = child<QLabel>(f, "dashboardStatus");
        QVERIFY2(ConsoleFixture::waitFor(
                     [&] { return status->text().startsWith(QStringLiteral("Live")); }, 15000),
                 qPrintable(status->text()));
        auto *banner = child<AlertBanner>(f, "serverAlertBanner");
        QVERIFY(banner && !banner->isVisible());
        QSignalSpy alarms(banner, &AlertBanner::alarmed);

        // BOX-2's QR provider times out now: 2 of 4 payments approved.
        for (int i = 0; i < 2; ++i)
            sold(box2.db,
                 saleRequest(
                     box2.db.ids().event, QJsonArray{gaLine(box2.db.ids().standingQuota, 1)},
                     QJsonArray{payment(QStringLiteral("qr"), 12000, QStringLiteral("declined"),
                                        QStringLiteral("timeout")),
                                cash(12000)}));
        QVERIFY(box2.sellAndShip(0));
        QVERIFY2(ConsoleFixture::waitFor([&] { return banner->shownCount() == 1; }, 20000),
                 server.log().constData());
        QVERIFY(banner->isVisible());
        QVERIFY(server.logged("alert started: Payment success below 80"));
        auto *title = banner->findChild<QLabel *>(QStringLiteral("alertBannerTitle"));
        QVERIFY(title && title->text().contains(QStringLiteral("Alerts on the server")));
        QTest::qWait(150);
        QVERIFY(f.saveScreenshot(QStringLiteral("dashboard-server-alert-en.png")));

        // Acknowledged from the dashboard: kept on the server with the name.
        const QJsonArray listed = manager.get(QStringLiteral("/v1/alerts"))
                                      .value()
                                      .value(QStringLiteral("alerts"))
                                      .toArray();
        QCOMPARE(listed.size(), 1);
        const qint64 id = listed[0][QStringLiteral("id")].toInteger();
        auto *ack = banner->findChild<QPushButton *>(QStringLiteral("acknowledgeAlert%1").arg(id));
        QVERIFY(ack);
        ack->click();
        QInputDialog *ask = nullptr;
        QVERIFY(ConsoleFixture::waitFor([&] {
            ask = banner->findChild<QInputDialog *>(QStringLiteral("alertAckDialog"));
            return ask && ask->isVisible();
        }));
        ask->setTextValue(QStringLiteral("Lin Wei"));
        ask->accept();
        QVERIFY(ConsoleFixture::waitFor(
            [&] {
                return !banner->findChild<QPushButton *>(
                    QStringLiteral("acknowledgeAlert%1").arg(id));
            },
            15000));
        const QJsonObject after = manager.get(QStringLiteral("/v1/alerts"))
                                      .value()
                                      .value(QStringLiteral("alerts"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(after.value(QStringLiteral("acknowledged_by")).toString(),
                 QStringLiteral("Lin Wei"));
        QVERIFY(!after.contains(QStringLiteral("ended_at")));

        // The provider recovers: 8 of 10 approved, no longer below 80 %; the
        // server ends the alert and the banner goes.
        for (int i = 0; i < 6; ++i)
            sold(box2.db, saleRequest(box2.db.ids().event,
                                      QJsonArray{gaLine(box2.db.ids().standingQuota, 1)},
                                      QJsonArray{payment(QStringLiteral("qr"), 12000)}));
        QVERIFY(box2.sellAndShip(0));
        QVERIFY2(ConsoleFixture::waitFor([&] { return !banner->isVisible(); }, 20000),
                 server.log().constData());
        QVERIFY(server.logged("alert ended: Payment success below 80"));
        QVERIFY(manager.get(QStringLiteral("/v1/alerts"))
                    .value()
                    .value(QStringLiteral("alerts"))
                    .toArray()
                    .first()
                    .toObject()
                    .contains(QStringLiteral("ended_at")));
        QCOMPARE(alarms.size(), 1); // sounded once, at the start
        QCOMPARE(server.stop(), 0);
    }

    void theServersAlertRulesAreSetFromTheDashboard()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServerWithStaff(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("OPS-1"));
        RunningServer server(kExe, data);
        QVERIFY(server.port() > 0);
        ConsoleFixture f;
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()), code, 10000);
        QVERIFY(link.ok());
        QVERIFY(link->save(f.engine()).ok());
        QVERIFY(f.signIn(QStringLiteral("ops")));
        DashboardPage *page = f.window().dashboardPage();
        // This console's own rules until the server's figures are on screen.
        QCOMPARE(page->alertRuleStore()->place(), QStringLiteral("this console"));
        child<QComboBox>(f, "dashboardSource")->setCurrentIndex(1);
        page->connectToServer(QStringLiteral("4444"));
        auto *status = child<QLabel>(f, "dashboardStatus");
        QVERIFY2(ConsoleFixture::waitFor(
                     [&] { return status->text().startsWith(QStringLiteral("Live")); }, 15000),
                 qPrintable(status->text()));
        QCOMPARE(page->alertRuleStore()->place(), QStringLiteral("the server 127.0.0.1"));

        // Alert rules… opens the server's rules, and a new one is stored there.
        ServerClient ops(link->address, link->ca);
        ops.useStaffCredentials(QStringLiteral("ops"), QStringLiteral("4444"));
        auto before = ops.get(QStringLiteral("/v1/alerts"));
        QVERIFY(before.ok());
        const qsizetype serverRules = before->value(QLatin1String("rules")).toArray().size();
        f.window().findChild<QAction *>(QStringLiteral("alertRulesAction"))->trigger();
        AlertRulesDialog *dialog = nullptr;
        QVERIFY(ConsoleFixture::waitFor([&] {
            dialog = f.window().findChild<AlertRulesDialog *>(QStringLiteral("alertRulesDialog"));
            return dialog && dialog->isVisible();
        }));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Alert rules of the server 127.0.0.1"));
        QVERIFY(ConsoleFixture::waitFor([&] { return dialog->rules().size() == serverRules; }));
        AlertRule rule;
        rule.kind = AlertKind::PaymentSuccessBelow;
        rule.threshold = 65;
        rule.windowMinutes = 7;
        dialog->edit(rule);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("alertRuleThreshold"))->setValue(65);
        dialog->findChild<QSpinBox *>(QStringLiteral("alertRuleWindow"))->setValue(7);
        dialog->findChild<QPushButton *>(QStringLiteral("saveAlertRule"))->click();
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("alertRulesMessage"));
        QVERIFY2(ConsoleFixture::waitFor(
                     [&] { return message->text() == QStringLiteral("Saved."); }, 15000),
                 qPrintable(message->text()));
        QVERIFY(ConsoleFixture::waitFor([&] { return dialog->rules().size() == serverRules + 1; }));
        auto after = ops.get(QStringLiteral("/v1/alerts"));
        QVERIFY(after.ok());
        bool onServer = false;
        for (const QJsonValue &v : after->value(QLatin1String("rules")).toArray()) {
            const QJsonObject r = v.toObject();
            onServer = onServer || (r.value(QLatin1String("threshold")).toDouble() == 65 &&
                                    r.value(QLatin1String("window_minutes")).toInt() == 7);
        }
        QVERIFY(onServer);
        // Not one of this console's own.
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM alert_rules WHERE threshold = "
                                              "65")),
                 0);
        dialog->close();

        // A cashier's PIN is refused by the server itself.
        ServerAlertRuleStore cashier(*link, QStringLiteral("cashier"), QStringLiteral("1111"));
        QObject receiver;
        std::optional<Result<qint64>> answer;
        cashier.save(rule, &receiver, [&](Result<qint64> id) { answer = id; });
        QVERIFY(ConsoleFixture::waitFor([&] { return answer.has_value(); }, 15000));
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, ErrorCode::PermissionDenied);
    }

    void aWrongPinIsRefusedOnScreen()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("OPS-1"));
        RunningServer server(kExe, data);
        ConsoleFixture f;
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()), code, 10000);
        QVERIFY(link.ok());
        QVERIFY(link->save(f.engine()).ok());
        QVERIFY(f.signIn(QStringLiteral("manager")));
        QTest::keyClick(&f.window(), Qt::Key_F6);
        child<QComboBox>(f, "dashboardSource")->setCurrentIndex(1);
        f.window().dashboardPage()->connectToServer(QStringLiteral("0000"));
        auto *status = child<QLabel>(f, "dashboardStatus");
        QVERIFY2(
            ConsoleFixture::waitFor(
                [&] { return status->text().startsWith(QStringLiteral("The server refused")); },
                15000),
            qPrintable(status->text()));
        QVERIFY(child<QLineEdit>(f, "dashboardServerPin")->isVisible());
    }
};

QTEST_MAIN(TestDashboardServer)
#include "testdashboardserver.moc"
