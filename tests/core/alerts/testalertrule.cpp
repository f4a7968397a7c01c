// SPDX-License-Identifier: GPL-3.0-or-later
// AlertRule reads what set_alert_rule and the CLI take, refusing a bad field
// by name, and the command stores it (added, then replaced).
#include "alerts/alertstore.h"
#include "resultassert.h"

#include "../sales/salerequests.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::test;

class TestAlertRule : public QObject
{
    Q_OBJECT

private slots:
    void everyKindRoundTripsThroughJson()
    {
        for (AlertKind kind : allAlertKinds()) {
            QJsonObject json{{QStringLiteral("kind"), alertKindName(kind)},
                             {QStringLiteral("threshold"), 7},
                             {QStringLiteral("window_minutes"), 3},
                             {QStringLiteral("code"), QStringLiteral("timeout")}};
            auto rule = AlertRule::fromJson(json);
            TESSERA_VERIFY_OK(rule);
            QCOMPARE(rule->kind, kind);
            auto again = AlertRule::fromJson(rule->toJson());
            TESSERA_VERIFY_OK(again);
            QCOMPARE(again->toJson(), rule->toJson());
            QVERIFY(!rule->describe().isEmpty());
        }
    }

    void badFieldsAreRefusedByName_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("where");
        const auto r = [](const char *kind, const QJsonValue &threshold) {
            return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                               {QStringLiteral("threshold"), threshold}};
        };
        QTest::newRow("unknown kind") << r("coffee_low", 1) << QStringLiteral("kind");
        QTest::newRow("negative threshold") << r("stock_below", -1) << QStringLiteral("threshold");
        QTest::newRow("text threshold")
            << r("stock_below", QStringLiteral("ten")) << QStringLiteral("threshold");
        QTest::newRow("share over 100")
            << r("payment_success_below", 120) << QStringLiteral("threshold");
        QTest::newRow("error rule without code")
            << r("error_code_above", 3) << QStringLiteral("code");
        QJsonObject window = r("payment_success_below", 80);
        window.insert(QStringLiteral("window_minutes"), 0);
        QTest::newRow("zero window") << window << QStringLiteral("window_minutes");
        QJsonObject extra = r("stock_below", 5);
        extra.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QTest::newRow("unknown field") << extra << QStringLiteral("colour");
    }

    void badFieldsAreRefusedByName()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, where);
        auto rule = AlertRule::fromJson(json);
        QVERIFY(!rule.ok());
        QCOMPARE(rule.error().where, where);
    }

    void setAlertRuleAddsThenReplacesAndIsAudited()
    {
        EngineFixture f;
        auto added = f.run(QStringLiteral("set_alert_rule"),
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("backlog_above")},
                                       {QStringLiteral("threshold"), 100}});
        TESSERA_VERIFY_OK(added.result);
        const qint64 id = added.result.value()[QStringLiteral("id")].toInteger();
        QVERIFY(id > 0);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("set_alert_rule"),
                  QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("kind"), QStringLiteral("backlog_above")},
                              {QStringLiteral("threshold"), 250},
                              {QStringLiteral("enabled"), false}})
                .result);
        TESSERA_VERIFY_REFUSED(
            f.run(QStringLiteral("set_alert_rule"),
                  QJsonObject{{QStringLiteral("id"), id + 9},
                              {QStringLiteral("kind"), QStringLiteral("backlog_above")},
                              {QStringLiteral("threshold"), 1}}),
            ErrorCode::NotFound, QStringLiteral("id"));
        SqliteDb db = f.reader();
        auto rules = AlertStore::rules(db);
        TESSERA_VERIFY_OK(rules);
        QCOMPARE(rules->size(), 1);
        QCOMPARE(rules->first().threshold, 250.0);
        QVERIFY(!rules->first().enabled);
        QCOMPARE(
            count(f, QStringLiteral("audit_log"), QStringLiteral("action = 'alert_rule_change'")),
            2);
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "testalertrule.moc"
