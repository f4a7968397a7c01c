// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "query/seatmapqueries.h"
#include "resultassert.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestSeatMapQueries : public QObject
{
    Q_OBJECT
private slots:
    void readsTheVenueCategoriesWithPricesAndEverySeat()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        SeatMapQueries queries(db);
        auto venue = queries.venue(f.ids().event);
        TESSERA_VERIFY_OK(venue);
        QCOMPARE(venue->name, QStringLiteral("Tessera Playhouse"));
        QCOMPARE(venue->currency, QStringLiteral("CNY"));
        QVERIFY(!venue->planJson.isEmpty());
        auto categories = queries.categories(f.ids().event, venue->id);
        TESSERA_VERIFY_OK(categories);
        QCOMPARE(categories->size(), 2);
        // The default ticket type (adult) first.
        QCOMPARE(categories->first().prices.first().ticketType, QStringLiteral("adult"));
        QCOMPARE(categories->first().prices.first().amount, 38000);
        QCOMPARE(categories->first().prices.size(), 3);
        int seats = 0;
        TESSERA_VERIFY_OK(queries.forEachSeat(f.ids().event, [&](const SeatMapQueries::Seat &s) {
            ++seats;
            QVERIFY(!s.guid.isEmpty());
        }));
        QCOMPARE(seats, 303);
        auto states = queries.states(f.ids().event);
        TESSERA_VERIFY_OK(states);
        QCOMPARE(states->size(), size_t(303));
    }

    void aMissingEventIsNamed()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto venue = SeatMapQueries(db).venue(999);
        QVERIFY(!venue.ok());
        QCOMPARE(venue.error().where, QStringLiteral("event"));
        QVERIFY(venue.error().message.contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(TestSeatMapQueries)
#include "testseatmapqueries.moc"
