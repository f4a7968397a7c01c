// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include "setup/boxofficetimezone.h"
#include "storage/sqlitedb.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSet = QStringLiteral("set_box_office_timezone");

QString boxOfficeZone(EngineFixture &f)
{
    SqliteDb db = f.reader();
    return BoxOfficeTimeZone::read(db);
}

} // namespace

class TestBoxOfficeTimeZone : public QObject
{
    Q_OBJECT

private slots:
    void unsetItIsTheFirstVenuesZone()
    {
        EngineFixture f;
        QCOMPARE(boxOfficeZone(f), QStringLiteral("Asia/Shanghai"));
    }

    void withoutVenuesItIsTheDemoVenuesZoneNotThePcs()
    {
        qputenv("TZ", "America/New_York");
        EngineFixture f(false);
        QCOMPARE(boxOfficeZone(f), QString::fromLatin1(BoxOfficeTimeZone::kDefaultZone));
        qunsetenv("TZ");
    }

    void aManagerSetsItForTheWholeDatabase()
    {
        EngineFixture f;
        auto set =
            f.run(kSet, QJsonObject{{QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")}});
        TESSERA_VERIFY_OK(set.result);
        QCOMPARE(boxOfficeZone(f), QStringLiteral("Europe/Berlin"));
        QCOMPARE(count(f, QStringLiteral("audit_log"), QStringLiteral("action = 'settings'")), 1);
        f.reopen();
        QCOMPARE(boxOfficeZone(f), QStringLiteral("Europe/Berlin"));
    }

    void aZoneQtDoesNotKnowIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QJsonValue>("zone");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown") << QJsonValue(QStringLiteral("Mars/Olympus"))
                                 << QStringLiteral("invalid_input");
        QTest::newRow("number") << QJsonValue(8) << QStringLiteral("invalid_input");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined)
                                 << QStringLiteral("missing_field");
    }

    void aZoneQtDoesNotKnowIsRefusedAndChangesNothing()
    {
        QFETCH(QJsonValue, zone);
        QFETCH(QString, code);
        EngineFixture f;
        QJsonObject request;
        if (!zone.isUndefined())
            request.insert(QStringLiteral("timezone"), zone);
        auto refused = f.run(kSet, request);
        QVERIFY(!refused.result.ok());
        QCOMPARE(refused.result.error().codeName(), code);
        QCOMPARE(refused.result.error().where, QStringLiteral("timezone"));
        QCOMPARE(boxOfficeZone(f), QStringLiteral("Asia/Shanghai"));
    }
};

QTEST_GUILESS_MAIN(TestBoxOfficeTimeZone)
#include "testboxofficetimezone.moc"
