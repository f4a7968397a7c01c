// SPDX-License-Identifier: GPL-3.0-or-later
// The alert banner on a console: a payment-success alert fires from declined
// QR payments, shows in red with an Acknowledge button, sounds once, and
// keeps the name it was acknowledged under; in English and Chinese.
#include "alerts/alertbanner.h"
#include "alerts/alertmonitor.h"
#include "api/commandfactory.h"
#include "checkin/feedbacksounds.h"
#include "consolefixture.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QVBoxLayout>

using namespace tessera;
using namespace tessera::test;

namespace {

// Runs a command as the demo manager (the console's staff are in force).
CommandOutcome runAs(ConsoleFixture &f, const QString &kind, const QJsonObject &json)
{
    auto command = CommandFactory::fromJson(kind, json);
    if (!command)
        qFatal("%s", qPrintable(command.error().message));
    return f.engine().execute(std::move(*command), QUuid::createUuid().toString(),
                              QStringLiteral("manager"));
}

constexpr qint64 kStanding = 12000;

void addRule(ConsoleFixture &f, const QJsonObject &rule)
{
    auto outcome = runAs(f, QStringLiteral("set_alert_rule"), rule);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result.ok() ? QString() : outcome.result.error().message));
}

// `declined` QR payments the sandbox refused, then one it took, as the Sell
// screen records them.
void qrAttempts(ConsoleFixture &f, int declined)
{
    auto sold = runAs(
        f, QStringLiteral("sell"),
        QJsonObject{{QStringLiteral("event"), f.db().ids().event},
                    {QStringLiteral("lines"),
                     QJsonArray{QJsonObject{{QStringLiteral("ga"), f.db().ids().standingQuota},
                                            {QStringLiteral("quantity"), 1}}}}});
    QVERIFY(sold.result.ok());
    const qint64 order = sold.result.value()[QStringLiteral("order")].toInteger();
    for (int i = 0; i <= declined; ++i) {
        QJsonObject payment{
            {QStringLiteral("method"), QStringLiteral("qr")},
            {QStringLiteral("amount"), kStanding},
            {QStringLiteral("reference"), QStringLiteral("qr-%1-%2").arg(order).arg(i)}};
        if (i < declined) {
            payment.insert(QStringLiteral("state"), QStringLiteral("declined"));
            payment.insert(QStringLiteral("error_code"), QStringLiteral("provider_unavailable"));
        }
        QVERIFY(runAs(f, QStringLiteral("add_payment"),
                      QJsonObject{{QStringLiteral("order"), order},
                                  {QStringLiteral("payment"), payment}})
                    .result.ok());
    }
}

struct BannerHost
{
    QWidget window;
    AlertMonitor *monitor;
    AlertBanner *banner;

    explicit BannerHost(ConsoleContext &context)
        : monitor(new AlertMonitor(context, &window))
        , banner(new AlertBanner(*monitor, context, &window))
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(banner);
        layout->addStretch();
        window.resize(1000, 160);
        window.show();
    }

    bool evaluate()
    {
        QSignalSpy done(monitor, &AlertMonitor::evaluated);
        monitor->evaluateNow();
        return ConsoleFixture::waitFor([&] { return done.count() > 0; });
    }
};

void firesSoundsOnceAndIsAcknowledged(const QString &language, const QString &shot)
{
    ScopedLanguage scoped(language);
    ConsoleFixture f;
    QVERIFY(f.signIn(QStringLiteral("manager")));
    addRule(f, QJsonObject{{QStringLiteral("kind"), QStringLiteral("payment_success_below")},
                           {QStringLiteral("threshold"), 80},
                           {QStringLiteral("window_minutes"), 5}});
    addRule(f, QJsonObject{{QStringLiteral("kind"), QStringLiteral("error_code_above")},
                           {QStringLiteral("threshold"), 2},
                           {QStringLiteral("window_minutes"), 1},
                           {QStringLiteral("code"), QStringLiteral("provider_unavailable")}});
    BannerHost host(f.context());
    QSignalSpy alarms(host.banner, &AlertBanner::alarmed);
    QVERIFY(host.evaluate());
    QVERIFY(!host.banner->isVisible()); // nothing to judge yet

    qrAttempts(f, 3); // 1 of 4 approved: 25 %
    QVERIFY(host.evaluate());
    QVERIFY(ConsoleFixture::waitFor([&] { return host.banner->shownCount() == 2; }));
    QVERIFY(host.banner->isVisible());
    QCOMPARE(alarms.count(), 1);
    QVERIFY(host.banner->sounds());
    QCOMPARE(host.banner->sounds()->lastPlayed(), FeedbackSounds::Sound::Alarm);
    const qint64 alert = host.monitor->firing().first().id;
    QCOMPARE(host.monitor->firing().first().rule.kind, AlertKind::PaymentSuccessBelow);
    QCOMPARE(host.monitor->firing().first().lastValue, 25.0);

    // Evaluated again: the same alerts, no second alarm.
    f.db().clock().advance(10'000);
    QVERIFY(host.evaluate());
    QCOMPARE(alarms.count(), 1);
    QVERIFY(ConsoleFixture::saveScreenshot(host.window, shot));

    auto *ack =
        host.banner->findChild<QPushButton *>(QStringLiteral("acknowledgeAlert%1").arg(alert));
    QVERIFY(ack);
    QTest::mouseClick(ack, Qt::LeftButton);
    QInputDialog *ask = nullptr;
    QVERIFY(ConsoleFixture::waitFor([&] {
        ask = host.banner->findChild<QInputDialog *>(QStringLiteral("alertAckDialog"));
        return ask && ask->isVisible();
    }));
    QCOMPARE(ask->textValue(), QStringLiteral("manager"));
    ask->setTextValue(QStringLiteral("Lin Wei"));
    ask->accept();
    QVERIFY(ConsoleFixture::waitFor([&] {
        return !host.monitor->firing().isEmpty() &&
               host.monitor->firing().first().acknowledgedBy == QStringLiteral("Lin Wei");
    }));
    QVERIFY(ConsoleFixture::waitFor([&] {
        return !host.banner->findChild<QPushButton *>(
            QStringLiteral("acknowledgeAlert%1").arg(alert));
    }));
    QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'alert_acknowledge' AND actor = 'manager'")),
             1);
    QVERIFY(ConsoleFixture::saveScreenshot(
        host.window,
        QString(shot).replace(QStringLiteral(".png"), QStringLiteral("-acknowledged.png"))));

    // Six minutes on with a good payment the share is back: the banner hides.
    f.db().clock().advance(6 * 60'000);
    qrAttempts(f, 0);
    QVERIFY(host.evaluate());
    QVERIFY(ConsoleFixture::waitFor([&] { return host.banner->shownCount() == 0; }));
    QVERIFY(!host.banner->isVisible());
    QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM alerts_log WHERE ended_at IS NOT "
                                          "NULL")),
             2);
}

} // namespace

// A source whose acknowledgements are refused (a server out of reach).
class RefusingSource : public AlertSource
{
public:
    using AlertSource::AlertSource;
    void fire(const AlertRecord &alert) { take({alert}); }
    void acknowledge(qint64, const QString &, Done done) override
    {
        ++asked;
        done(QStringLiteral("The server cannot be reached."));
    }
    int asked = 0;
};

class TestAlertBanner : public QObject
{
    Q_OBJECT

private slots:
    void firingAlertShowsSoundsOnceAndIsAcknowledgedInEnglish()
    {
        firesSoundsOnceAndIsAcknowledged(QStringLiteral("en_US"),
                                         QStringLiteral("alert-banner-en.png"));
    }

    void firingAlertShowsSoundsOnceAndIsAcknowledgedInChinese()
    {
        firesSoundsOnceAndIsAcknowledged(QStringLiteral("zh_CN"),
                                         QStringLiteral("alert-banner-zh.png"));
    }

    void aCashierSeesTheBannerWithoutAcknowledge()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        addRule(f, QJsonObject{{QStringLiteral("kind"), QStringLiteral("stock_below")},
                               {QStringLiteral("threshold"), 500}});
        BannerHost host(f.context());
        QVERIFY(host.evaluate());
        QVERIFY(ConsoleFixture::waitFor([&] { return host.banner->shownCount() == 1; }));
        QVERIFY(host.banner->findChildren<QPushButton *>().isEmpty());
    }

    void aRefusedAcknowledgementIsSaidAndCanBeTriedAgain()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("ops")));
        QWidget window;
        RefusingSource source;
        AlertBanner banner(source, f.context(), &window);
        AlertRecord alert;
        alert.id = 7;
        alert.rule.kind = AlertKind::BacklogAbove;
        alert.rule.threshold = 100;
        alert.startedAtMs = f.db().clock().nowMs();
        alert.lastValue = alert.peakValue = 250;
        source.fire(alert);
        window.show();
        auto *ack = banner.findChild<QPushButton *>(QStringLiteral("acknowledgeAlert7"));
        QVERIFY(ack);
        ack->click();
        QInputDialog *ask = nullptr;
        QVERIFY(ConsoleFixture::waitFor([&] {
            ask = banner.findChild<QInputDialog *>(QStringLiteral("alertAckDialog"));
            return ask && ask->isVisible();
        }));
        ask->setTextValue(QStringLiteral("Lin Wei"));
        ask->accept();
        QCOMPARE(source.asked, 1);
        QMessageBox *said = nullptr;
        QVERIFY(ConsoleFixture::waitFor([&] {
            said = banner.findChild<QMessageBox *>(QStringLiteral("alertAckFailed"));
            return said && said->isVisible();
        }));
        QVERIFY(said->text().contains(QStringLiteral("cannot be reached")));
        said->accept();
        // Still there to try again.
        QVERIFY(banner.findChild<QPushButton *>(QStringLiteral("acknowledgeAlert7")));
    }
};

QTEST_MAIN(TestAlertBanner)
#include "testalertbanner.moc"
