// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "query/orderlabelqueries.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestOrderLabelQueries : public QObject
{
    Q_OBJECT
private slots:
    void eventCarriesItsNameStartAndVenueZone()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto event = OrderLabelQueries(db).event(f.ids().event);
        TESSERA_VERIFY_OK(event);
        QCOMPARE(
            event->name,
            f.text(QStringLiteral("SELECT name FROM events WHERE id = %1").arg(f.ids().event)));
        QCOMPARE(
            event->startsAtMs,
            f.scalar(
                QStringLiteral("SELECT starts_at FROM events WHERE id = %1").arg(f.ids().event)));
        QCOMPARE(event->timeZone, f.text(QStringLiteral("SELECT timezone FROM venues")));
    }

    void unknownEventIsNotFound()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        {
            auto r = OrderLabelQueries(db).event(9999);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::NotFound);
        }
    }

    void ticketTypesMapCodeToName()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto types = OrderLabelQueries(db).ticketTypes(f.ids().event);
        TESSERA_VERIFY_OK(types);
        QCOMPARE(qint64(types->size()),
                 f.scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_types WHERE event_id = %1")
                              .arg(f.ids().event)));
        const QString code = f.text(
            QStringLiteral("SELECT code FROM ticket_types WHERE event_id = %1 ORDER BY id LIMIT 1")
                .arg(f.ids().event));
        QCOMPARE(
            types->value(code),
            f.text(QStringLiteral("SELECT name FROM ticket_types WHERE code = '%1'").arg(code)));
    }

    void seatIsFoundInTheEventsVenueOnly()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto seat = OrderLabelQueries(db).seat(f.ids().event, QStringLiteral("S-A-1"));
        TESSERA_VERIFY_OK(seat);
        QVERIFY(seat->has_value());
        QCOMPARE((*seat)->number,
                 f.text(QStringLiteral("SELECT seat_number FROM seats WHERE guid = 'S-A-1'")));
        QCOMPARE((*seat)->row,
                 f.text(QStringLiteral("SELECT row_number FROM seats WHERE guid = 'S-A-1'")));
        auto missing = OrderLabelQueries(db).seat(f.ids().event, QStringLiteral("no-such-seat"));
        TESSERA_VERIFY_OK(missing);
        QVERIFY(!missing->has_value());
    }
};

QTEST_GUILESS_MAIN(TestOrderLabelQueries)
#include "testorderlabelqueries.moc"
