// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesscenarios.h"

#include "../core/sales/salerequests.h"

#include <QJsonArray>

namespace tessera::test {

void sellAtBoxOne(EngineFixture &box)
{
    const qint64 event = box.ids().event;
    sold(box, saleRequest(event,
                          QJsonArray{seatLine(QStringLiteral("S-A-1"), QStringLiteral("adult")),
                                     seatLine(QStringLiteral("S-A-2"), QStringLiteral("child"))},
                          QJsonArray{cash(kStallsAdult + kStallsChild)}));
    const QJsonObject standing = sold(
        box,
        saleRequest(event, QJsonArray{gaLine(box.ids().standingQuota, 3, QStringLiteral("adult"))},
                    QJsonArray{payment(QStringLiteral("card"), 3 * kStanding)}));
    must(box.run(QStringLiteral("refund"),
                 {{QStringLiteral("order"), standing[QStringLiteral("order")]},
                  {QStringLiteral("reason"), QStringLiteral("changed plans")},
                  {QStringLiteral("lines"),
                   QJsonArray{standing[QStringLiteral("tickets")][0][QStringLiteral("line")]}}}));
    const QJsonObject unpaid = sold(
        box, saleRequest(event,
                         QJsonArray{gaLine(box.ids().standingQuota, 2, QStringLiteral("adult"))}));
    must(box.run(QStringLiteral("cancel_order"),
                 {{QStringLiteral("order"), unpaid[QStringLiteral("order")]}}));
    sold(box, QJsonObject{{QStringLiteral("lines"), QJsonArray{cardLine(box.ids().cardProduct, 1)}},
                          {QStringLiteral("payments"), QJsonArray{cash(kGiftCard)}}});
}

void sellAtBoxTwo(EngineFixture &box)
{
    const qint64 event = box.ids().event;
    const QJsonObject seats = sold(
        box, saleRequest(event,
                         QJsonArray{seatLine(QStringLiteral("S-B-1"), QStringLiteral("adult")),
                                    seatLine(QStringLiteral("S-B-2"), QStringLiteral("adult"))},
                         QJsonArray{payment(QStringLiteral("card"), 2 * kStallsAdult)}));
    must(box.run(
        QStringLiteral("exchange_seat"),
        {{QStringLiteral("order"), seats[QStringLiteral("order")]},
         {QStringLiteral("line"), seats[QStringLiteral("tickets")][0][QStringLiteral("line")]},
         {QStringLiteral("seat"), QStringLiteral("B-AA-1")}}));
    const QJsonObject deposit = sold(
        box,
        saleRequest(event, QJsonArray{seatLine(QStringLiteral("S-A-1"), QStringLiteral("adult"))},
                    QJsonArray{payment(QStringLiteral("qr"), 10000)}));
    must(box.run(QStringLiteral("add_payment"),
                 {{QStringLiteral("order"), deposit[QStringLiteral("order")]},
                  {QStringLiteral("payment"), cash(kStallsAdult - 10000)}}));
    const QJsonObject standing = sold(
        box,
        saleRequest(event, QJsonArray{gaLine(box.ids().standingQuota, 2, QStringLiteral("adult"))},
                    QJsonArray{cash(2 * kStanding)}));
    must(box.run(QStringLiteral("refund"),
                 {{QStringLiteral("order"), standing[QStringLiteral("order")]},
                  {QStringLiteral("reason"), QStringLiteral("rain")}}));
    sold(box,
         saleRequest(event, QJsonArray{gaLine(box.ids().standingQuota, 1, QStringLiteral("adult"))},
                     QJsonArray{payment(QStringLiteral("card"), kStanding,
                                        QStringLiteral("unknown"), QStringLiteral("timeout"))}));
    must(box.run(QStringLiteral("settle_payment"),
                 {{QStringLiteral("payment"),
                   box.scalar(QStringLiteral("SELECT id FROM payments WHERE state = 2"))},
                  {QStringLiteral("state"), QStringLiteral("approved")}}));
    auto held = box.run(QStringLiteral("hold"),
                        holdRequest(event, QJsonArray{seatLine(QStringLiteral("S-A-3"))}));
    must(held);
    sold(box, QJsonObject{{QStringLiteral("event"), event},
                          {QStringLiteral("hold"), held.result->value(QStringLiteral("hold"))},
                          {QStringLiteral("lines"),
                           QJsonArray{seatLine(QStringLiteral("S-A-3"), QStringLiteral("adult"))}},
                          {QStringLiteral("payments"), QJsonArray{cash(kStallsAdult)}}});
}

std::vector<ShippedEntry> wholeJournal(const EngineFixture &console)
{
    SqliteDb db = console.reader();
    auto stmt = db.prepare(QStringLiteral("SELECT seq, kind, idem_key, request_hash, payload, "
                                          "result, actor, created_at FROM journal ORDER BY seq"));
    std::vector<ShippedEntry> entries;
    (void)stmt->forEachRow([&](SqliteStatement &s) {
        ShippedEntry e;
        e.seq = s.columnInt(0);
        e.kind = s.columnText(1);
        e.idemKey = s.columnText(2);
        e.requestHash = s.columnBlob(3);
        e.payload = s.columnText(4).toUtf8();
        e.result = s.columnText(5).toUtf8();
        e.actor = s.columnText(6);
        e.createdAt = s.columnInt(7);
        entries.push_back(e);
    });
    return entries;
}

void sellThenCancelTheEvent(EngineFixture &box)
{
    const qint64 event = box.ids().event;
    const QJsonObject seats = sold(
        box, saleRequest(event,
                         QJsonArray{seatLine(QStringLiteral("S-A-1"), QStringLiteral("adult")),
                                    seatLine(QStringLiteral("S-A-2"), QStringLiteral("adult"))},
                         QJsonArray{cash(2 * kStallsAdult)}));
    // A ticket already scanned is refunded with the rest.
    must(box.run(
        QStringLiteral("redeem"),
        {{QStringLiteral("code"), seats[QStringLiteral("tickets")][0][QStringLiteral("code")]},
         {QStringLiteral("gate"), QStringLiteral("North")}}));
    sold(box, saleRequest(event,
                          QJsonArray{seatLine(QStringLiteral("S-A-4"), QStringLiteral("adult")),
                                     cardLine(box.ids().cardProduct, 1)},
                          QJsonArray{cash(kStallsAdult + kGiftCard)}));
    sold(box,
         saleRequest(event, QJsonArray{gaLine(box.ids().standingQuota, 2, QStringLiteral("adult"))},
                     QJsonArray{payment(QStringLiteral("card"), 5000)}));
    sold(box, saleRequest(event,
                          QJsonArray{gaLine(box.ids().standingQuota, 1, QStringLiteral("adult"))}));
    must(box.run(
        QStringLiteral("cancel_event"),
        {{QStringLiteral("event"), event}, {QStringLiteral("reason"), QStringLiteral("storm")}}));
}

} // namespace tessera::test
