// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kCreateEvent = QStringLiteral("create_event");

QJsonObject price(const QString &category, const QString &type, qint64 amount)
{
    QJsonObject p{{QStringLiteral("ticket_type"), type}, {QStringLiteral("amount"), amount}};
    if (!category.isEmpty())
        p.insert(QStringLiteral("category"), category);
    return p;
}

QJsonObject quota(const QString &name, qint64 capacity, const QJsonArray &prices)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("capacity"), capacity},
                       {QStringLiteral("prices"), prices}};
}

QJsonObject ticketType(const QString &code)
{
    return QJsonObject{{QStringLiteral("code"), code}};
}

QJsonArray validPrices()
{
    return QJsonArray{price(QStringLiteral("Stalls"), QStringLiteral("adult"), 30000),
                      price(QStringLiteral("Stalls"), QStringLiteral("child"), 15000),
                      price(QStringLiteral("Balcony"), QStringLiteral("adult"), 20000),
                      price(QStringLiteral("Balcony"), QStringLiteral("child"), 10000)};
}

QJsonArray withPrice(QJsonArray prices, const QJsonObject &extra)
{
    prices.push_back(extra);
    return prices;
}

// A second performance in the demo theatre.
QJsonObject validEvent(qint64 venue)
{
    return QJsonObject{
        {QStringLiteral("venue"), venue},
        {QStringLiteral("name"), QStringLiteral("Swan Lake")},
        {QStringLiteral("starts_at"), QStringLiteral("2026-12-20T19:30:00+08:00")},
        {QStringLiteral("ends_at"), QStringLiteral("2026-12-20T22:00:00+08:00")},
        {QStringLiteral("sale_ends_at"), QStringLiteral("2026-12-20T19:30:00+08:00")},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("ticket_types"),
         QJsonArray{ticketType(QStringLiteral("adult")), ticketType(QStringLiteral("child"))}},
        {QStringLiteral("prices"), validPrices()},
        {QStringLiteral("ga"),
         QJsonArray{quota(QStringLiteral("Standing"), 100,
                          QJsonArray{price({}, QStringLiteral("adult"), 9000)})}}};
}

} // namespace

class TestCreateEventCommand : public QObject
{
    Q_OBJECT
private slots:
    void validEventPutsEverySeatOnSale()
    {
        EngineFixture f;
        auto created = f.run(kCreateEvent, validEvent(f.ids().venue));
        TESSERA_VERIFY_OK(created.result);
        const QJsonObject r = created.result.value();
        const qint64 event = r[QStringLiteral("event")].toInteger();
        QVERIFY(event != f.ids().event);
        QCOMPARE(r[QStringLiteral("seats")].toInteger(), 303);
        const QJsonArray ga = r[QStringLiteral("ga")].toArray();
        QCOMPARE(ga.size(), 1);
        QCOMPARE(ga[0][QStringLiteral("capacity")].toInteger(), 100);

        QCOMPARE(count(f, QStringLiteral("event_seats"),
                       QStringLiteral("event_id = %1 AND state = 0").arg(event)),
                 303);
        QCOMPARE(
            count(f, QStringLiteral("seat_prices"), QStringLiteral("event_id = %1").arg(event)), 4);
        QCOMPARE(
            count(f, QStringLiteral("ticket_types"), QStringLiteral("event_id = %1").arg(event)),
            2);
        const qint64 startsAt =
            QDateTime(QDate(2026, 12, 20), QTime(11, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(f.scalar(QStringLiteral("SELECT starts_at FROM events WHERE id = %1").arg(event)),
                 startsAt);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT sale_ends_at FROM events WHERE id = %1").arg(event)),
            startsAt);

        // Its seats and standing tickets sell at its own prices, apart from the demo event.
        auto sold = f.run(
            QStringLiteral("sell"),
            saleRequest(event,
                        QJsonArray{seatLine(QStringLiteral("B-AA-1"), QStringLiteral("child")),
                                   gaLine(ga[0][QStringLiteral("ga")].toInteger(), 2)},
                        QJsonArray{cash(10000 + 2 * 9000)}));
        TESSERA_VERIFY_OK(sold.result);
        QCOMPARE(sold.result.value()[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("B-AA-1")), 0);
    }

    void eventWithoutTicketTypesSellsAdultTickets()
    {
        EngineFixture f;
        QJsonObject json = validEvent(f.ids().venue);
        json.remove(QStringLiteral("ticket_types"));
        json.insert(QStringLiteral("prices"),
                    QJsonArray{price(QStringLiteral("Stalls"), QStringLiteral("adult"), 30000),
                               price(QStringLiteral("Balcony"), QStringLiteral("adult"), 20000)});
        json.insert(QStringLiteral("ga"), QJsonArray());
        auto created = f.run(kCreateEvent, json);
        TESSERA_VERIFY_OK(created.result);
        const qint64 event = created.result.value()[QStringLiteral("event")].toInteger();
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_types WHERE event_id = %1 "
                                         "AND code = 'adult'")
                              .arg(event)),
                 1);
        auto sold = f.run(QStringLiteral("sell"),
                          saleRequest(event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                      QJsonArray{cash(30000)}));
        TESSERA_VERIFY_OK(sold.result);
    }

    void badInputIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        const QJsonValue remove(QJsonValue::Undefined);

        QTest::newRow("missing currency")
            << QStringLiteral("currency") << remove << QStringLiteral("missing_field")
            << QStringLiteral("currency");
        QTest::newRow("currency yuan")
            << QStringLiteral("currency") << QJsonValue(QStringLiteral("yuan"))
            << QStringLiteral("invalid_input") << QStringLiteral("currency");
        QTest::newRow("lower-case currency")
            << QStringLiteral("currency") << QJsonValue(QStringLiteral("cny"))
            << QStringLiteral("invalid_input") << QStringLiteral("currency");
        QTest::newRow("currency as number")
            << QStringLiteral("currency") << QJsonValue(156) << QStringLiteral("invalid_input")
            << QStringLiteral("currency");
        QTest::newRow("start without offset")
            << QStringLiteral("starts_at") << QJsonValue(QStringLiteral("2026-12-20T19:30:00"))
            << QStringLiteral("invalid_input") << QStringLiteral("starts_at");
        QTest::newRow("sale end without offset")
            << QStringLiteral("sale_ends_at") << QJsonValue(QStringLiteral("2026-12-20T19:30"))
            << QStringLiteral("invalid_input") << QStringLiteral("sale_ends_at");
        QTest::newRow("start not a time")
            << QStringLiteral("starts_at") << QJsonValue(QStringLiteral("next friday"))
            << QStringLiteral("invalid_input") << QStringLiteral("starts_at");
        QTest::newRow("missing start")
            << QStringLiteral("starts_at") << remove << QStringLiteral("missing_field")
            << QStringLiteral("starts_at");
        QTest::newRow("ends before it starts")
            << QStringLiteral("ends_at") << QJsonValue(QStringLiteral("2026-12-20T18:00:00+08:00"))
            << QStringLiteral("invalid_input") << QStringLiteral("ends_at");
        QTest::newRow("sales close before they open")
            << QStringLiteral("sale_starts_at")
            << QJsonValue(QStringLiteral("2026-12-21T00:00:00Z")) << QStringLiteral("invalid_input")
            << QStringLiteral("sale_ends_at");
        QTest::newRow("unknown category in prices")
            << QStringLiteral("prices")
            << QJsonValue(withPrice(
                   validPrices(), price(QStringLiteral("Gallery"), QStringLiteral("adult"), 5000)))
            << QStringLiteral("unknown_reference") << QStringLiteral("prices[4].category");
        QTest::newRow("venue category without price")
            << QStringLiteral("prices")
            << QJsonValue(QJsonArray{price(QStringLiteral("Stalls"), QStringLiteral("adult"), 1)})
            << QStringLiteral("missing_field") << QStringLiteral("prices");
        QTest::newRow("no prices at all")
            << QStringLiteral("prices") << remove << QStringLiteral("missing_field")
            << QStringLiteral("prices");
        QTest::newRow("unknown ticket type in prices")
            << QStringLiteral("prices")
            << QJsonValue(withPrice(
                   validPrices(), price(QStringLiteral("Stalls"), QStringLiteral("senior"), 5000)))
            << QStringLiteral("unknown_reference") << QStringLiteral("prices[4].ticket_type");
        QTest::newRow("price given twice")
            << QStringLiteral("prices")
            << QJsonValue(withPrice(validPrices(),
                                    price(QStringLiteral("Stalls"), QStringLiteral("adult"), 1)))
            << QStringLiteral("duplicate_id") << QStringLiteral("prices[4]");
        QTest::newRow("negative price")
            << QStringLiteral("prices")
            << QJsonValue(QJsonArray{price(QStringLiteral("Stalls"), QStringLiteral("adult"), -1)})
            << QStringLiteral("invalid_input") << QStringLiteral("prices[0].amount");
        QTest::newRow("duplicate GA names")
            << QStringLiteral("ga")
            << QJsonValue(QJsonArray{quota(QStringLiteral("Standing"), 100,
                                           QJsonArray{price({}, QStringLiteral("adult"), 9000)}),
                                     quota(QStringLiteral("Standing"), 50,
                                           QJsonArray{price({}, QStringLiteral("child"), 4000)})})
            << QStringLiteral("duplicate_id") << QStringLiteral("ga[1].name");
        QTest::newRow("GA without prices")
            << QStringLiteral("ga")
            << QJsonValue(QJsonArray{quota(QStringLiteral("Standing"), 100, QJsonArray())})
            << QStringLiteral("missing_field") << QStringLiteral("ga[0].prices");
        QTest::newRow("GA with unknown ticket type")
            << QStringLiteral("ga")
            << QJsonValue(QJsonArray{quota(QStringLiteral("Standing"), 100,
                                           QJsonArray{price({}, QStringLiteral("vip"), 9000)})})
            << QStringLiteral("unknown_reference") << QStringLiteral("ga[0].prices[0].ticket_type");
        QTest::newRow("GA without capacity")
            << QStringLiteral("ga")
            << QJsonValue(QJsonArray{quota(QStringLiteral("Standing"), 0,
                                           QJsonArray{price({}, QStringLiteral("adult"), 9000)})})
            << QStringLiteral("invalid_input") << QStringLiteral("ga[0].capacity");
        QTest::newRow("ticket type given twice")
            << QStringLiteral("ticket_types")
            << QJsonValue(QJsonArray{ticketType(QStringLiteral("adult")),
                                     ticketType(QStringLiteral("adult"))})
            << QStringLiteral("duplicate_id") << QStringLiteral("ticket_types[1].code");
        QTest::newRow("unknown venue") << QStringLiteral("venue") << QJsonValue(999)
                                       << QStringLiteral("not_found") << QStringLiteral("venue");
        QTest::newRow("missing venue")
            << QStringLiteral("venue") << remove << QStringLiteral("missing_field")
            << QStringLiteral("venue");
        QTest::newRow("missing name") << QStringLiteral("name") << remove
                                      << QStringLiteral("missing_field") << QStringLiteral("name");
        QTest::newRow("misspelt field")
            << QStringLiteral("curency") << QJsonValue(QStringLiteral("CNY"))
            << QStringLiteral("invalid_input") << QStringLiteral("curency");
    }

    void badInputIsRefusedNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, where);
        EngineFixture f;
        QJsonObject json = validEvent(f.ids().venue);
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        const qint64 events = count(f, QStringLiteral("events"));
        const qint64 seats = count(f, QStringLiteral("event_seats"));
        const qint64 journal = count(f, QStringLiteral("journal"));

        auto created = f.run(kCreateEvent, json);
        QVERIFY2(!created.result.ok(), "the event was created");
        QCOMPARE(created.result.error().codeName(), code);
        QCOMPARE(created.result.error().where, where);
        QVERIFY(!created.result.error().message.isEmpty());
        QCOMPARE(count(f, QStringLiteral("events")), events);
        QCOMPARE(count(f, QStringLiteral("event_seats")), seats);
        QCOMPARE(count(f, QStringLiteral("ticket_types")), 3);
        QCOMPARE(count(f, QStringLiteral("journal")), journal);
    }

    void salesOpenAtTheSaleStart()
    {
        EngineFixture f;
        QJsonObject json = validEvent(f.ids().venue);
        const QDateTime opens =
            QDateTime::fromMSecsSinceEpoch(f.clock().nowMs(), Qt::UTC).addDays(1);
        json.insert(QStringLiteral("sale_starts_at"), opens.toString(Qt::ISODate));
        auto created = f.run(kCreateEvent, json);
        TESSERA_VERIFY_OK(created.result);
        const qint64 event = created.result.value()[QStringLiteral("event")].toInteger();
        const QJsonObject sale = saleRequest(event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                                             QJsonArray{cash(30000)});
        auto early = f.run(QStringLiteral("sell"), sale);
        TESSERA_VERIFY_REFUSED(early, ErrorCode::SaleWindowClosed, QStringLiteral("event"));
        QVERIFY2(early.result.error().message.contains(opens.toString(Qt::ISODate).left(16)),
                 qPrintable(early.result.error().message));
        f.clock().set(opens.toMSecsSinceEpoch());
        TESSERA_VERIFY_OK(f.run(QStringLiteral("sell"), sale).result);
    }

    void offsetAndUtcTimesAreTheSameInstant()
    {
        EngineFixture f;
        QJsonObject json = validEvent(f.ids().venue);
        json.insert(QStringLiteral("starts_at"), QStringLiteral("2026-12-20T11:30:00Z"));
        json.remove(QStringLiteral("ends_at"));
        json.remove(QStringLiteral("sale_ends_at"));
        auto created = f.run(kCreateEvent, json);
        TESSERA_VERIFY_OK(created.result);
        QCOMPARE(f.scalar(QStringLiteral("SELECT starts_at FROM events WHERE id = %1")
                              .arg(created.result.value()[QStringLiteral("event")].toInteger())),
                 QDateTime(QDate(2026, 12, 20), QTime(11, 30), Qt::UTC).toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestCreateEventCommand)
#include "testcreateeventcommand.moc"
