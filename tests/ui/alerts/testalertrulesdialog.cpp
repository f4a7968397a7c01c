// SPDX-License-Identifier: GPL-3.0-or-later
// The alert rules dialog: a manager adds and edits thresholds on screen, a
// supervisor only reads them; in English and Chinese.
#include "alerts/alertrulesdialog.h"
#include "alerts/alertrulestore.h"
#include "alerts/alertstore.h"
#include "api/commandfactory.h"
#include "consolefixture.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

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

QList<AlertRule> storedRules(ConsoleFixture &f)
{
    SqliteDb db = f.db().reader();
    auto rules = AlertStore::rules(db);
    return rules ? *rules : QList<AlertRule>{};
}

void chooseKind(AlertRulesDialog &dialog, AlertKind kind)
{
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("alertRuleKind"));
    combo->setCurrentIndex(combo->findData(int(kind)));
}

void addsAndEditsRules(const QString &language, const QString &shot)
{
    ScopedLanguage scoped(language);
    ConsoleFixture f;
    QVERIFY(f.signIn(QStringLiteral("manager")));
    AlertRulesDialog dialog(f.context(), std::make_unique<LocalAlertRuleStore>(f.context()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveAlertRule"));
    auto *threshold = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("alertRuleThreshold"));
    auto *window = dialog.findChild<QSpinBox *>(QStringLiteral("alertRuleWindow"));
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("alertRuleCode"));
    QVERIFY(save && save->isEnabled());

    chooseKind(dialog, AlertKind::PaymentSuccessBelow);
    threshold->setValue(85);
    window->setValue(10);
    QVERIFY(!code->isVisibleTo(&dialog));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(ConsoleFixture::waitFor([&] { return storedRules(f).size() == 1; }));
    QVERIFY(ConsoleFixture::waitFor([&] { return save->isEnabled(); }));

    // An error-code rule without its code is refused, naming what is missing.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newAlertRule")),
                      Qt::LeftButton);
    chooseKind(dialog, AlertKind::ErrorCodeAbove);
    QVERIFY(code->isVisibleTo(&dialog));
    threshold->setValue(3);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("alertRulesMessage"))->isVisible());
    QCOMPARE(storedRules(f).size(), 1);
    code->setText(QStringLiteral("timeout"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(ConsoleFixture::waitFor([&] { return storedRules(f).size() == 2; }));
    QVERIFY(ConsoleFixture::waitFor([&] { return save->isEnabled(); }));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newAlertRule")),
                      Qt::LeftButton);
    chooseKind(dialog, AlertKind::StockBelow);
    threshold->setValue(20);
    dialog.findChild<QLineEdit *>(QStringLiteral("alertRuleStock"))
        ->setText(QStringLiteral("Standing"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(ConsoleFixture::waitFor([&] { return storedRules(f).size() == 3; }));
    QVERIFY(ConsoleFixture::waitFor([&] { return save->isEnabled(); }));

    // Selecting the first row edits it.
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("alertRulesTable"));
    QCOMPARE(table->rowCount(), 3);
    table->selectRow(0);
    QCOMPARE(threshold->value(), 85.0);
    threshold->setValue(70);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(ConsoleFixture::waitFor([&] { return storedRules(f).first().threshold == 70.0; }));
    QCOMPARE(storedRules(f).first().windowMinutes, 10);
    QCOMPARE(storedRules(f).size(), 3);
    QVERIFY(ConsoleFixture::waitFor([&] { return save->isEnabled(); }));
    table->selectRow(1);
    QVERIFY(ConsoleFixture::saveScreenshot(dialog, shot));
}

} // namespace

class TestAlertRulesDialog : public QObject
{
    Q_OBJECT

private slots:
    void aManagerAddsAndEditsRulesInEnglish()
    {
        addsAndEditsRules(QStringLiteral("en_US"), QStringLiteral("alert-rules-en.png"));
    }

    void aManagerAddsAndEditsRulesInChinese()
    {
        addsAndEditsRules(QStringLiteral("zh_CN"), QStringLiteral("alert-rules-zh.png"));
    }

    void aSupervisorOnlyReadsThem()
    {
        ConsoleFixture f;
        QVERIFY(runAs(f, QStringLiteral("set_alert_rule"),
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("backlog_above")},
                                  {QStringLiteral("threshold"), 100}})
                    .result.ok());
        QVERIFY(f.signIn(QStringLiteral("supervisor")));
        AlertRulesDialog dialog(f.context(), std::make_unique<LocalAlertRuleStore>(f.context()));
        dialog.show();
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("alertRulesTable"))->rowCount(),
                 1);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveAlertRule"))->isEnabled());
    }
};

QTEST_MAIN(TestAlertRulesDialog)
#include "testalertrulesdialog.moc"
