// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace tessera {

// The raw rows a dashboard is computed from, the same shape whether they come
// from a console's own database (LocalSaleFacts) or from the server's mirror
// of every terminal's journal. Amounts are in the currency's minor units,
// times in milliseconds since the epoch. States are the engine's numbers
// (core/storage/schema.cpp).

struct OrderFact
{
    QString terminal;
    qint64 orderId = 0;
    qint64 eventId = 0; // 0: card keys only
    QString channel;    // counter, online, phone
    QString currency;
    int state = 0; // 0 pending, 1 paid, 2 cancelled, 3 refunded, 4 partly refunded
    qint64 total = 0;
    qint64 createdAtMs = 0;
};

struct PaymentFact
{
    QString terminal;
    qint64 paymentId = 0;
    qint64 orderId = 0;
    QString method;   // cash, card, qr…
    QString provider; // who took it: paymentProviderOf(method)
    int state = 0;    // 0 approved, 1 declined, 2 unknown, 3 refunded
    QString errorCode;
    qint64 amount = 0;
    qint64 createdAtMs = 0;
};

struct RefundFact
{
    QString terminal;
    qint64 orderId = 0;
    qint64 amount = 0;
    QString reason;
    qint64 createdAtMs = 0;
};

// One ticket sold (not card keys): which stock it came from and when.
struct LineFact
{
    qint64 eventId = 0;
    QString stock; // the seat's category or the GA quota's name
    int state = 0; // 0 active, 1 refunded, 2 exchanged
    qint64 createdAtMs = 0;
};

// What one event has of one category (seats) or quota (GA) right now.
struct StockFact
{
    qint64 eventId = 0;
    QString eventName;
    QString stock;
    qint64 capacity = 0; // sellable here: not counting another counter's allocation
    qint64 sold = 0;
    qint64 held = 0;
};

struct SaleFacts
{
    QList<OrderFact> orders;
    QList<PaymentFact> payments;
    QList<RefundFact> refunds;
    QList<LineFact> lines;
    QList<StockFact> stock;
    QHash<qint64, qint64> eventVenues; // event id -> its venue's id (the venue filter)
};

// The provider behind a payment method at a Tessera counter: "drawer" (cash),
// "card_terminal", "sandbox_qr", "bank" (transfer), "voucher".
QString paymentProviderOf(const QString &method);

class SqliteDb;
template<typename T>
class Result;

// Every event's venue, from the catalog's `events` table (a console's and the
// server's have the same).
Result<QHash<qint64, qint64>> readEventVenues(SqliteDb &db);

} // namespace tessera
