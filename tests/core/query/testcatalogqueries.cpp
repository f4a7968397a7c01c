// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include "query/catalogqueries.h"
#include "venue/seatplanparser.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestCatalogQueries : public QObject
{
    Q_OBJECT
private slots:
    void availabilityOfFreshEventIsEverything()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto availability = CatalogQueries(db).availability(f.ids().event);
        TESSERA_VERIFY_OK(availability);
        const QJsonObject seats = (*availability)[QStringLiteral("seats")].toObject();
        QCOMPARE(seats[QStringLiteral("available")].toInteger(), 303);
        QCOMPARE(seats[QStringLiteral("held")].toInteger(), 0);
        QCOMPARE(seats[QStringLiteral("sold")].toInteger(), 0);
        const QJsonObject byCategory = seats[QStringLiteral("by_category")].toObject();
        QCOMPARE(byCategory[QStringLiteral("Stalls")][QStringLiteral("available")].toInteger(),
                 231);
        QCOMPARE(byCategory[QStringLiteral("Balcony")][QStringLiteral("available")].toInteger(),
                 72);
        const QJsonObject ga = (*availability)[QStringLiteral("ga")].toArray()[0].toObject();
        QCOMPARE(ga[QStringLiteral("name")].toString(), QStringLiteral("Standing"));
        QCOMPARE(ga[QStringLiteral("available")].toInteger(), 200);
    }

    void availabilityCountsSalesAndHolds()
    {
        EngineFixture f;
        const qint64 event = f.ids().event;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"), saleRequest(event,
                                                      QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                                 seatLine(QStringLiteral("B-AA-1")),
                                                                 gaLine(f.ids().standingQuota, 5)},
                                                      QJsonArray{cash(38000 + 22000 + 5 * 12000)}))
                .result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("hold"),
                                holdRequest(event, QJsonArray{seatLine(QStringLiteral("B-AA-2")),
                                                              seatLine(QStringLiteral("B-AA-3")),
                                                              gaLine(f.ids().standingQuota, 3)}))
                              .result);

        SqliteDb db = f.reader();
        auto availability = CatalogQueries(db).availability(event);
        TESSERA_VERIFY_OK(availability);
        const QJsonObject seats = (*availability)[QStringLiteral("seats")].toObject();
        QCOMPARE(seats[QStringLiteral("available")].toInteger(), 303 - 2 - 2);
        QCOMPARE(seats[QStringLiteral("held")].toInteger(), 2);
        QCOMPARE(seats[QStringLiteral("sold")].toInteger(), 2);
        QCOMPARE(seats[QStringLiteral("blocked")].toInteger(), 0);
        const QJsonObject stalls =
            seats[QStringLiteral("by_category")][QStringLiteral("Stalls")].toObject();
        QCOMPARE(stalls[QStringLiteral("available")].toInteger(), 230);
        QCOMPARE(stalls[QStringLiteral("sold")].toInteger(), 1);
        QVERIFY(!stalls.contains(QStringLiteral("held")));
        const QJsonObject balcony =
            seats[QStringLiteral("by_category")][QStringLiteral("Balcony")].toObject();
        QCOMPARE(balcony[QStringLiteral("available")].toInteger(), 69);
        QCOMPARE(balcony[QStringLiteral("held")].toInteger(), 2);
        QCOMPARE(balcony[QStringLiteral("sold")].toInteger(), 1);
        const QJsonObject ga = (*availability)[QStringLiteral("ga")].toArray()[0].toObject();
        QCOMPARE(ga[QStringLiteral("ga")].toInteger(), f.ids().standingQuota);
        QCOMPARE(ga[QStringLiteral("capacity")].toInteger(), 200);
        QCOMPARE(ga[QStringLiteral("sold")].toInteger(), 5);
        QCOMPARE(ga[QStringLiteral("held")].toInteger(), 3);
        QCOMPARE(ga[QStringLiteral("available")].toInteger(), 192);
    }

    void availabilityFollowsExpiryAndRefund()
    {
        EngineFixture f;
        const qint64 event = f.ids().event;
        auto sold = f.run(QStringLiteral("sell"),
                          saleRequest(event, QJsonArray{gaLine(f.ids().standingQuota, 4)},
                                      QJsonArray{cash(4 * 12000)}));
        TESSERA_VERIFY_OK(sold.result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("hold"),
                  holdRequest(event, QJsonArray{gaLine(f.ids().standingQuota, 10)}, 10))
                .result);
        f.clock().advance(10'000);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("refund"),
                  QJsonObject{{QStringLiteral("order"),
                               sold.result.value()[QStringLiteral("order")].toInteger()},
                              {QStringLiteral("reason"), QStringLiteral("cancelled trip")}})
                .result);
        SqliteDb db = f.reader();
        auto availability = CatalogQueries(db).availability(event);
        TESSERA_VERIFY_OK(availability);
        const QJsonObject ga = (*availability)[QStringLiteral("ga")].toArray()[0].toObject();
        QCOMPARE(ga[QStringLiteral("sold")].toInteger(), 0);
        QCOMPARE(ga[QStringLiteral("held")].toInteger(), 0);
        QCOMPARE(ga[QStringLiteral("available")].toInteger(), 200);
    }

    void unknownEventIsNotFound()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        CatalogQueries queries(db);
        auto availability = queries.availability(4242);
        QVERIFY(!availability.ok());
        QCOMPARE(availability.error().codeName(), errorCodeName(ErrorCode::NotFound));
        QVERIFY(!queries.event(4242).ok());
    }

    void eventShowsTicketTypesPricesAndQuotas()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto event = CatalogQueries(db).event(f.ids().event);
        TESSERA_VERIFY_OK(event);
        QCOMPARE((*event)[QStringLiteral("name")].toString(), QStringLiteral("The Nutcracker"));
        QCOMPARE((*event)[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        QCOMPARE((*event)[QStringLiteral("timezone")].toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE((*event)[QStringLiteral("sale_ends_at")].toString(),
                 (*event)[QStringLiteral("starts_at")].toString());
        QCOMPARE((*event)[QStringLiteral("ticket_types")].toArray().size(), 3);
        const QJsonArray prices = (*event)[QStringLiteral("prices")].toArray();
        QCOMPARE(prices.size(), 6);
        bool balconyChild = false;
        for (const QJsonValue &p : prices) {
            if (p[QStringLiteral("category")].toString() == QLatin1String("Balcony") &&
                p[QStringLiteral("ticket_type")].toString() == QLatin1String("child")) {
                QCOMPARE(p[QStringLiteral("amount")].toInteger(), 11000);
                balconyChild = true;
            }
        }
        QVERIFY(balconyChild);
        const QJsonArray ga = (*event)[QStringLiteral("ga")].toArray();
        QCOMPARE(ga.size(), 1);
        QCOMPARE(ga[0][QStringLiteral("prices")].toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                         {QStringLiteral("amount"), 12000}}}));
    }

    void eventsListsTheDemoPerformance()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto events = CatalogQueries(db).events();
        TESSERA_VERIFY_OK(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE((*events)[0][QStringLiteral("event")].toInteger(), f.ids().event);
        QCOMPARE((*events)[0][QStringLiteral("venue_name")].toString(),
                 QStringLiteral("Tessera Playhouse"));
        // Its times read in the venue's zone.
        QCOMPARE((*events)[0][QStringLiteral("venue_timezone")].toString(),
                 f.text(QStringLiteral("SELECT timezone FROM venues WHERE name = "
                                       "'Tessera Playhouse'")));
        QVERIFY(!(*events)[0][QStringLiteral("venue_timezone")].toString().isEmpty());
    }

    void seatsListsEverySeatWithItsState()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("B-DD-18"))},
                              QJsonArray{cash(22000)}))
                .result);
        SqliteDb db = f.reader();
        auto seats = CatalogQueries(db).seats(f.ids().event);
        TESSERA_VERIFY_OK(seats);
        QCOMPARE(seats->size(), 303);
        int sold = 0;
        for (const QJsonValue &seat : std::as_const(*seats)) {
            if (seat[QStringLiteral("state")].toString() == QLatin1String("sold")) {
                ++sold;
                QCOMPARE(seat[QStringLiteral("seat")].toString(), QStringLiteral("B-DD-18"));
                QCOMPARE(seat[QStringLiteral("category")].toString(), QStringLiteral("Balcony"));
                QCOMPARE(seat[QStringLiteral("row")].toString(), QStringLiteral("DD"));
                QCOMPARE(seat[QStringLiteral("number")].toString(), QStringLiteral("18"));
            }
        }
        QCOMPARE(sold, 1);
    }

    void venuesCountTheirSeatsAndExportTheirPlan()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        CatalogQueries queries(db);
        auto venues = queries.venues();
        TESSERA_VERIFY_OK(venues);
        QCOMPARE(venues->size(), 1);
        QCOMPARE((*venues)[0][QStringLiteral("seats")].toInteger(), 303);
        QCOMPARE((*venues)[0][QStringLiteral("timezone")].toString(),
                 QStringLiteral("Asia/Shanghai"));
        auto plan = queries.exportPlan(f.ids().venue);
        TESSERA_VERIFY_OK(plan);
        auto parsed = SeatPlanParser::parse(*plan);
        TESSERA_VERIFY_OK(parsed);
        QCOMPARE(parsed->seatCount(), 303);
        QVERIFY(!queries.exportPlan(4242).ok());
    }

    void cardProductsCountAvailableAndSoldCodes()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 2)},
                              QJsonArray{cash(20000)}))
                .result);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("hold"),
                  holdRequest(f.ids().event, QJsonArray{cardLine(f.ids().cardProduct, 1)}))
                .result);
        SqliteDb db = f.reader();
        auto products = CatalogQueries(db).cardProducts();
        TESSERA_VERIFY_OK(products);
        QCOMPARE(products->size(), 1);
        const QJsonObject product = (*products)[0].toObject();
        QCOMPARE(product[QStringLiteral("product")].toInteger(), f.ids().cardProduct);
        QCOMPARE(product[QStringLiteral("name")].toString(), QStringLiteral("Gift card 100"));
        QCOMPARE(product[QStringLiteral("price")].toInteger(), 10000);
        QCOMPARE(product[QStringLiteral("available")].toInteger(), 17);
        QCOMPARE(product[QStringLiteral("sold")].toInteger(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCatalogQueries)
#include "testcatalogqueries.moc"
