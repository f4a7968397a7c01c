// SPDX-License-Identifier: GPL-3.0-or-later
// A dashboard's filter from GET /v1/dashboard's query or /v1/live's
// subscription: times in milliseconds or ISO 8601, bad fields refused by name;
// the terminals' grid coloured by silence and backlog.
#include "live/dashboardquery.h"
#include "live/livedashboard.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace tessera;

class TestDashboardQuery : public QObject
{
    Q_OBJECT

private slots:
    void aQueryGivesTheRangeAndFilters()
    {
        auto f = DashboardQuery::fromUrlQuery(
            QUrlQuery(QStringLiteral("from=2026-12-03T18:00:00Z&to=1796324400000&event=2&"
                                     "venue=3&channel=phone&terminal=BOX-1")));
        QVERIFY(f.ok());
        QCOMPARE(f->fromMs, qint64(1796320800000));
        QCOMPARE(f->toMs, qint64(1796324400000));
        QCOMPARE(f->eventId, 2);
        QCOMPARE(f->venueId, 3);
        QCOMPARE(f->channel, QStringLiteral("phone"));
        QCOMPARE(f->terminal, QStringLiteral("BOX-1"));
        QCOMPARE(DashboardQuery::toJson(*f),
                 (QJsonObject{{QStringLiteral("from"), qint64(1796320800000)},
                              {QStringLiteral("to"), qint64(1796324400000)},
                              {QStringLiteral("event"), 2},
                              {QStringLiteral("venue"), 3},
                              {QStringLiteral("channel"), QStringLiteral("phone")},
                              {QStringLiteral("terminal"), QStringLiteral("BOX-1")}}));
        auto none = DashboardQuery::fromJson({});
        QVERIFY(none.ok());
        QCOMPARE(none->fromMs, 0);
        QCOMPARE(none->toMs, 0);
    }

    void aMovingWindowFollowsTheClock()
    {
        auto f = DashboardQuery::fromJson({{QStringLiteral("last_s"), 900}});
        QVERIFY(f.ok());
        QCOMPARE(f->windowMs, 900'000);
        QCOMPARE(DashboardQuery::toJson(*f), (QJsonObject{{QStringLiteral("last_s"), 900}}));
        const DashboardFilter at = f->at(10'000'000);
        QCOMPARE(at.fromMs, 10'000'000 - 900'000);
        QCOMPARE(at.toMs, 10'000'001);
        QCOMPARE(f->at(20'000'000).fromMs, 20'000'000 - 900'000);
    }

    void badFieldsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("where");
        QTest::newRow("unknown") << "city=Shanghai"
                                 << "city";
        QTest::newRow("venue") << "venue=main"
                               << "venue";
        QTest::newRow("from") << "from=yesterday"
                              << "from";
        QTest::newRow("to before from") << "from=2000&to=1000"
                                        << "to";
        QTest::newRow("event") << "event=-3"
                               << "event";
        QTest::newRow("channel") << "channel=fax"
                                 << "channel";
        QTest::newRow("last_s") << "last_s=0"
                                << "last_s";
        QTest::newRow("last_s with from") << "last_s=900&from=1000"
                                          << "last_s";
    }

    void badFieldsAreRefusedByName()
    {
        QFETCH(QString, query);
        QFETCH(QString, where);
        auto f = DashboardQuery::fromUrlQuery(QUrlQuery(query));
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, ErrorCode::InvalidInput);
        QCOMPARE(f.error().where, where);
    }

    void aSubscriptionTakesNumbersAndTextsOnly()
    {
        auto f = DashboardQuery::fromJson(
            {{QStringLiteral("from"), 1000}, {QStringLiteral("event"), QJsonArray{1}}});
        QVERIFY(!f.ok());
        QCOMPARE(f.error().where, QStringLiteral("event"));
    }

    void terminalsAreGreenAmberOrRedBySilenceAndBacklog()
    {
        QCOMPARE(LiveDashboard::statusOf(5, 0), QStringLiteral("green"));
        QCOMPARE(LiveDashboard::statusOf(60, 100), QStringLiteral("green"));
        QCOMPARE(LiveDashboard::statusOf(61, 0), QStringLiteral("amber"));
        QCOMPARE(LiveDashboard::statusOf(5, 101), QStringLiteral("amber"));
        QCOMPARE(LiveDashboard::statusOf(301, 0), QStringLiteral("red"));
        QCOMPARE(LiveDashboard::statusOf(5, 1001), QStringLiteral("red"));
        QCOMPARE(LiveDashboard::statusOf(-1, 0), QStringLiteral("red")); // never heard from

        const qint64 now = 1796320800000; // 2026-12-03T18:00:00Z
        const QJsonArray grid = LiveDashboard::terminalGrid(
            {QJsonObject{{QStringLiteral("terminal"), QStringLiteral("BOX-1")},
                         {QStringLiteral("state"), QStringLiteral("enrolled")},
                         {QStringLiteral("venue"), 1},
                         {QStringLiteral("last_seen"), QStringLiteral("2026-12-03T17:58:00Z")},
                         {QStringLiteral("backlog"), 3}},
             QJsonObject{{QStringLiteral("terminal"), QStringLiteral("BOX-2")},
                         {QStringLiteral("state"), QStringLiteral("enrolled")},
                         {QStringLiteral("venue"), 1}},
             QJsonObject{{QStringLiteral("terminal"), QStringLiteral("OLD")},
                         {QStringLiteral("state"), QStringLiteral("revoked")}}},
            now);
        QCOMPARE(grid.size(), 2);
        QCOMPARE(grid[0][QStringLiteral("silent_s")].toInteger(), 120);
        QCOMPARE(grid[0][QStringLiteral("status")].toString(), QStringLiteral("amber"));
        QCOMPARE(grid[1][QStringLiteral("status")].toString(), QStringLiteral("red"));
        QVERIFY(!grid[1].toObject().contains(QStringLiteral("last_seen")));

        // A venue's terminals only.
        const QJsonArray two = LiveDashboard::terminalGrid(
            {QJsonObject{{QStringLiteral("terminal"), QStringLiteral("BOX-1")},
                         {QStringLiteral("state"), QStringLiteral("enrolled")},
                         {QStringLiteral("venue"), 1}},
             QJsonObject{{QStringLiteral("terminal"), QStringLiteral("HALL-2")},
                         {QStringLiteral("state"), QStringLiteral("enrolled")},
                         {QStringLiteral("venue"), 2}}},
            now, 2);
        QCOMPARE(two.size(), 1);
        QCOMPARE(two[0][QStringLiteral("terminal")].toString(), QStringLiteral("HALL-2"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "testdashboardquery.moc"
