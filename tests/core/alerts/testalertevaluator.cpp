// SPDX-License-Identifier: GPL-3.0-or-later
// AlertEvaluator on a manual clock: alerts fire when the sales recorded
// through the engine cross a rule, clear when they no longer do, and the log
// keeps them (and who acknowledged them) across a restart.
#include "alerts/alertevaluator.h"
#include "payments/sandboxqrprovider.h"
#include "resultassert.h"
#include "staff/permissiontable.h"

#include "../payments/resultcapture.h"
#include "../sales/salerequests.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kStanding = 12000;

qint64 addRule(EngineFixture &f, const QJsonObject &rule)
{
    auto outcome = f.run(QStringLiteral("set_alert_rule"), rule);
    if (!outcome.result)
        qFatal("%s", qPrintable(outcome.result.error().toString()));
    return outcome.result.value()[QStringLiteral("id")].toInteger();
}

QJsonObject rule(const QString &kind, double threshold, int windowMinutes = 5)
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("threshold"), threshold},
                       {QStringLiteral("window_minutes"), windowMinutes}};
}

// One standing ticket, not paid yet: the Sell screen's pending order.
qint64 pendingOrder(EngineFixture &f)
{
    auto sold = f.run(QStringLiteral("sell"),
                      saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)}));
    if (!sold.result)
        qFatal("%s", qPrintable(sold.result.error().toString()));
    return sold.result.value()[QStringLiteral("order")].toInteger();
}

// Charges the sandbox and records the attempt as the Sell screen does
// (SaleController::onChargeResult): approved, or declined with its error code.
void chargeQr(EngineFixture &f, SandboxQrProvider &provider, qint64 order, const QString &key)
{
    ResultCapture capture;
    provider.charge(qrRequest(key, kStanding), capture.handler());
    QVERIFY(capture.waitForCount(1));
    const PaymentResult &result = capture.last();
    QJsonObject payment{{QStringLiteral("method"), QStringLiteral("qr")},
                        {QStringLiteral("amount"), kStanding}};
    if (result.state == PaymentOutcome::Approved) {
        payment.insert(QStringLiteral("state"), QStringLiteral("approved"));
        payment.insert(QStringLiteral("reference"), result.providerReference);
    } else {
        payment.insert(QStringLiteral("state"), result.state == PaymentOutcome::Unknown
                                                    ? QStringLiteral("unknown")
                                                    : QStringLiteral("declined"));
        payment.insert(QStringLiteral("reference"), key);
        payment.insert(QStringLiteral("error_code"), result.errorCode());
    }
    TESSERA_VERIFY_OK(
        f.run(QStringLiteral("add_payment"),
              QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("payment"), payment}})
            .result);
}

AlertChanges evaluate(EngineFixture &f, AlertEvaluator &evaluator)
{
    SqliteDb db = f.reader();
    auto changes = evaluator.evaluateLocal(db);
    if (!changes)
        qFatal("%s", qPrintable(changes.error().toString()));
    return *changes;
}

QList<AlertRecord> alertLog(EngineFixture &f)
{
    SqliteDb db = f.reader();
    auto log = AlertStore::log(db);
    if (!log)
        qFatal("%s", qPrintable(log.error().toString()));
    return *log;
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void failingSandboxQrFiresPaymentSuccessAndRecoveryClearsIt()
    {
        EngineFixture f;
        const qint64 success = addRule(f, rule(QStringLiteral("payment_success_below"), 80, 5));
        SandboxQrProvider provider(SandboxQrConfig{});
        AlertEvaluator evaluator(f.engine(), f.clock());
        QVERIFY(evaluate(f, evaluator).isEmpty()); // no attempt yet: nothing to judge

        provider.setAvailable(false);
        const qint64 order = pendingOrder(f);
        for (int i = 0; i < 3; ++i)
            chargeQr(f, provider, order, QStringLiteral("fail-%1").arg(i));
        const qint64 firedAt = f.clock().nowMs();
        AlertChanges fired = evaluate(f, evaluator);
        QCOMPARE(fired.starts.size(), 1);
        QCOMPARE(fired.starts.first().ruleId, success);
        QCOMPARE(fired.starts.first().value, 0.0);

        QList<AlertRecord> log = alertLog(f);
        QCOMPARE(log.size(), 1);
        QVERIFY(log.first().isOpen());
        QCOMPARE(log.first().startedAtMs, firedAt);
        QCOMPARE(log.first().rule.kind, AlertKind::PaymentSuccessBelow);
        QCOMPARE(log.first().detail, QStringLiteral("0/3"));

        // Still failing a minute later: the same alert, no second one.
        f.clock().advance(kMinute);
        QVERIFY(evaluate(f, evaluator).starts.isEmpty());

        // The provider recovers; the failures leave the 5-minute window.
        provider.setAvailable(true);
        f.clock().advance(5 * kMinute);
        chargeQr(f, provider, pendingOrder(f), QStringLiteral("ok-1"));
        AlertChanges cleared = evaluate(f, evaluator);
        QCOMPARE(cleared.ends.size(), 1);
        log = alertLog(f);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().endedAtMs, f.clock().nowMs());
        QCOMPARE(log.first().peakValue, 0.0);
        QCOMPARE(log.first().lastValue, 100.0);
        QCOMPARE(count(f, QStringLiteral("alerts_log"), QStringLiteral("ended_at IS NULL")), 0);
    }

    void aMixedWindowClearsOnlyWhenTheShareIsBackOverTheThreshold()
    {
        EngineFixture f;
        addRule(f, rule(QStringLiteral("payment_success_below"), 50, 10));
        SandboxQrProvider provider(SandboxQrConfig{});
        AlertEvaluator evaluator(f.engine(), f.clock());
        provider.setAvailable(false);
        chargeQr(f, provider, pendingOrder(f), QStringLiteral("f1"));
        chargeQr(f, provider, pendingOrder(f), QStringLiteral("f2"));
        QCOMPARE(evaluate(f, evaluator).starts.size(), 1);

        // 1 of 3: 33 %, still under 50: open, its value recorded.
        provider.setAvailable(true);
        f.clock().advance(kMinute);
        chargeQr(f, provider, pendingOrder(f), QStringLiteral("ok-1"));
        AlertChanges still = evaluate(f, evaluator);
        QVERIFY(still.ends.isEmpty());
        QCOMPARE(still.updates.size(), 1);
        // 2 of 4: 50 %, not under 50: it clears at this evaluation.
        chargeQr(f, provider, pendingOrder(f), QStringLiteral("ok-2"));
        QCOMPARE(evaluate(f, evaluator).ends.size(), 1);
        const QList<AlertRecord> log = alertLog(f);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().peakValue, 0.0);
        QCOMPARE(log.first().lastValue, 50.0);
    }

    void errorCodeAboveFiresOverItsRatePerMinute()
    {
        EngineFixture f;
        QJsonObject r = rule(QStringLiteral("error_code_above"), 2, 1);
        r.insert(QStringLiteral("code"), QStringLiteral("provider_unavailable"));
        addRule(f, r);
        SandboxQrProvider provider(SandboxQrConfig{});
        provider.setAvailable(false);
        AlertEvaluator evaluator(f.engine(), f.clock());
        const qint64 order = pendingOrder(f);
        chargeQr(f, provider, order, QStringLiteral("e1"));
        chargeQr(f, provider, order, QStringLiteral("e2"));
        QVERIFY(evaluate(f, evaluator).isEmpty()); // 2 per minute is not above 2
        chargeQr(f, provider, order, QStringLiteral("e3"));
        AlertChanges fired = evaluate(f, evaluator);
        QCOMPARE(fired.starts.size(), 1);
        QCOMPARE(fired.starts.first().value, 3.0);
        // A minute on, none in the window: cleared.
        f.clock().advance(kMinute);
        QCOMPARE(evaluate(f, evaluator).ends.size(), 1);
    }

    void stockBelowFiresWhenTheQuotaRunsLow()
    {
        EngineFixture f;
        QJsonObject r = rule(QStringLiteral("stock_below"), 198);
        r.insert(QStringLiteral("event"), f.ids().event);
        r.insert(QStringLiteral("stock"), QStringLiteral("Standing"));
        addRule(f, r);
        AlertEvaluator evaluator(f.engine(), f.clock());
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 2)},
                              QJsonArray{cash(2 * kStanding)}))
                .result);
        QVERIFY(evaluate(f, evaluator).isEmpty()); // 198 left is not below 198
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                              QJsonArray{cash(kStanding)}))
                .result);
        AlertChanges fired = evaluate(f, evaluator);
        QCOMPARE(fired.starts.size(), 1);
        QCOMPARE(fired.starts.first().value, 197.0);
        QVERIFY(fired.starts.first().detail.endsWith(QStringLiteral("Standing")));
    }

    void acknowledgementAndLogSurviveARestart()
    {
        EngineFixture f;
        const qint64 stock = addRule(f, rule(QStringLiteral("stock_below"), 500));
        {
            AlertEvaluator evaluator(f.engine(), f.clock());
            QCOMPARE(evaluate(f, evaluator).starts.size(), 1);
            const qint64 alert = alertLog(f).first().id;
            f.clock().advance(kMinute);
            TESSERA_VERIFY_OK(evaluator.acknowledge(alert, QStringLiteral("Lin Wei")));
            // A second acknowledgement keeps the first name.
            TESSERA_VERIFY_OK(evaluator.acknowledge(alert, QStringLiteral("Someone else")));
            QVERIFY(!evaluator.acknowledge(alert, QStringLiteral("  ")).ok());
            QCOMPARE(evaluator.acknowledge(alert + 100, QStringLiteral("Lin")).error().code,
                     ErrorCode::NotFound);
        }
        const qint64 ackAt = f.clock().nowMs();
        f.reopen();
        AlertEvaluator evaluator(f.engine(), f.clock());
        f.clock().advance(kMinute);
        QVERIFY(evaluate(f, evaluator).starts.isEmpty()); // the open alert is still the one
        QList<AlertRecord> log = alertLog(f);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().ruleId, stock);
        QVERIFY(log.first().isOpen());
        QCOMPARE(log.first().acknowledgedBy, QStringLiteral("Lin Wei"));
        QCOMPARE(log.first().acknowledgedAtMs, ackAt);
        QCOMPARE(
            count(f, QStringLiteral("audit_log"), QStringLiteral("action = 'alert_acknowledge'")),
            2);
    }

    void disablingARuleEndsItsAlert()
    {
        EngineFixture f;
        QJsonObject r = rule(QStringLiteral("stock_below"), 500);
        const qint64 id = addRule(f, r);
        AlertEvaluator evaluator(f.engine(), f.clock());
        QCOMPARE(evaluate(f, evaluator).starts.size(), 1);
        r.insert(QStringLiteral("id"), id);
        r.insert(QStringLiteral("enabled"), false);
        addRule(f, r);
        QCOMPARE(evaluate(f, evaluator).ends.size(), 1);
        QVERIFY(!alertLog(f).first().isOpen());
        QVERIFY(evaluate(f, evaluator).isEmpty());
    }

    void inputsAConsoleLacksDecideNothing()
    {
        EngineFixture f;
        addRule(f, rule(QStringLiteral("terminal_silent"), 5));
        addRule(f, rule(QStringLiteral("backlog_above"), 10));
        addRule(f, rule(QStringLiteral("server_p99_above"), 250));
        AlertEvaluator evaluator(f.engine(), f.clock());
        QVERIFY(evaluate(f, evaluator).isEmpty());

        SqliteDb db = f.reader();
        AlertInputs inputs;
        inputs.terminals = {{QStringLiteral("T2"), f.clock().nowMs() - 6 * kMinute},
                            {QStringLiteral("T3"), f.clock().nowMs()}};
        inputs.backlog = 11;
        inputs.serverP99Ms = 120;
        AlertChanges fired = *evaluator.evaluateLocal(db, inputs);
        QCOMPARE(fired.starts.size(), 2); // silent T2 and the backlog; p99 is fine
        QCOMPARE(fired.starts.first().detail, QStringLiteral("T2"));
        QCOMPARE(fired.starts.first().value, 6.0);
    }

    void onlyOpsManagersAndAdminsSetRules()
    {
        using D = PermissionTable::Decision;
        QCOMPARE(PermissionTable::decide(Role::Cashier, Permission::ManageAlerts), D::Refused);
        QCOMPARE(PermissionTable::decide(Role::Supervisor, Permission::ManageAlerts), D::Refused);
        QCOMPARE(PermissionTable::decide(Role::Ops, Permission::ManageAlerts), D::Allowed);
        QCOMPARE(PermissionTable::decide(Role::Manager, Permission::ManageAlerts), D::Allowed);
        QCOMPARE(PermissionTable::decide(Role::Admin, Permission::ManageAlerts), D::Allowed);
        QCOMPARE(permissionName(Permission::ManageAlerts), QStringLiteral("manage_alerts"));
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "testalertevaluator.moc"
