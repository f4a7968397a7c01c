// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include "query/gatequeries.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

struct Sold
{
    qint64 order = 0;
    qint64 seatLine = 0;
    QString seatCode;
    qint64 gaLine = 0;
    qint64 cardLine = 0;
};

Sold sell(EngineFixture &f)
{
    auto sold =
        f.run(QStringLiteral("sell"), saleRequest(f.ids().event,
                                                  QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                             gaLine(f.ids().standingQuota, 1),
                                                             cardLine(f.ids().cardProduct, 1)},
                                                  QJsonArray{cash(38000 + 12000 + 10000)}));
    if (!sold.result.ok())
        qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
    const QJsonObject r = sold.result.value();
    const QJsonArray tickets = r[QStringLiteral("tickets")].toArray();
    return Sold{r[QStringLiteral("order")].toInteger(),
                tickets[0][QStringLiteral("line")].toInteger(),
                tickets[0][QStringLiteral("code")].toString(),
                tickets[1][QStringLiteral("line")].toInteger(),
                tickets[2][QStringLiteral("line")].toInteger()};
}

} // namespace

class TestGateQueries : public QObject
{
    Q_OBJECT
private slots:
    void entriesListOnlyUsedTickets()
    {
        EngineFixture f;
        const Sold sold = sell(f);
        f.clock().advance(60'000);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("redeem"),
                                QJsonObject{{QStringLiteral("code"), sold.seatCode},
                                            {QStringLiteral("gate"), QStringLiteral("North")}})
                              .result);
        SqliteDb db = f.reader();
        auto entries = GateQueries(db).entries();
        TESSERA_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->contains(sold.seatLine));
        QCOMPARE(entries->value(sold.seatLine).gate, QStringLiteral("North"));
        QCOMPARE(entries->value(sold.seatLine).atMs, f.clock().nowMs());
    }

    void seatTicketCarriesItsEventSeatAndType()
    {
        EngineFixture f;
        const Sold sold = sell(f);
        SqliteDb db = f.reader();
        auto ticket = GateQueries(db).ticket(sold.seatLine);
        TESSERA_VERIFY_OK(ticket);
        QCOMPARE(ticket->eventId, f.ids().event);
        QVERIFY(!ticket->eventName.isEmpty());
        QVERIFY(ticket->eventStartsAtMs > 0);
        // The show's time reads in its venue's zone, not the box office's.
        QVERIFY(!ticket->eventTimeZone.isEmpty());
        QCOMPARE(ticket->eventTimeZone,
                 f.text(QStringLiteral("SELECT v.timezone FROM venues v JOIN events e "
                                       "ON e.venue_id = v.id WHERE e.id = %1")
                            .arg(f.ids().event)));
        QVERIFY(ticket->seat);
        QCOMPARE(ticket->seatGuid, QStringLiteral("S-A-1"));
        QVERIFY(!ticket->seatNumber.isEmpty());
        QVERIFY(!ticket->ticketTypeCode.isEmpty());
        QVERIFY(!ticket->refunded && !ticket->exchanged && !ticket->cancelled);
        QVERIFY(!ticket->firstEntry);
    }

    void refundedStandingTicketSaysSo()
    {
        EngineFixture f;
        const Sold sold = sell(f);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), sold.order},
                                            {QStringLiteral("lines"), QJsonArray{sold.gaLine}},
                                            {QStringLiteral("reason"), QStringLiteral("rain")}})
                              .result);
        SqliteDb db = f.reader();
        auto ticket = GateQueries(db).ticket(sold.gaLine);
        TESSERA_VERIFY_OK(ticket);
        QVERIFY(!ticket->seat);
        QCOMPARE(ticket->quotaId, f.ids().standingQuota);
        QVERIFY(!ticket->quotaName.isEmpty());
        QVERIFY(ticket->refunded);
    }

    void cardKeyAndUnknownLineAreNotTickets()
    {
        EngineFixture f;
        const Sold sold = sell(f);
        SqliteDb db = f.reader();
        {
            auto r = GateQueries(db).ticket(sold.cardLine);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::NotFound);
        }
        {
            auto r = GateQueries(db).ticket(9999);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestGateQueries)
#include "testgatequeries.moc"
