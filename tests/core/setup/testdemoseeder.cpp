// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translations.h"
#include "enginefixture.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace tessera;
using namespace tessera::test;

// The demo box office is seeded in the console's language.
class TestDemoSeeder : public QObject
{
    Q_OBJECT
private slots:
    void anEnglishConsoleGetsAnEnglishDemo()
    {
        EngineFixture f;
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM categories ORDER BY id LIMIT 1")),
                 QStringLiteral("Stalls"));
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM ticket_types WHERE code = 'adult'")),
                 QStringLiteral("Adult"));
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM events")),
                 QStringLiteral("The Nutcracker"));
    }

    void aChineseConsoleGetsAChineseDemo()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(),
                                    QLocale(QLocale::Chinese, QLocale::China)));
        EngineFixture f;
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM categories ORDER BY id LIMIT 1")),
                 QStringLiteral("池座"));
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM categories ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("楼座"));
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM ticket_types WHERE code = 'adult'")),
                 QStringLiteral("成人"));
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM ticket_types WHERE code = 'child'")),
                 QStringLiteral("儿童"));
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM ga_quotas")), QStringLiteral("站票"));
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM card_products")),
                 QStringLiteral("100元礼品卡"));
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM events")), QStringLiteral("胡桃夹子"));
        // The stage's label on the plan.
        const QString plan = f.text(QStringLiteral("SELECT CAST(plan AS TEXT) FROM venues"));
        QVERIFY(plan.contains(QStringLiteral("舞台")));
        // Each seat's zone keys stay as imported; the seats are all there.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM seats")), 303);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "testdemoseeder.moc"
