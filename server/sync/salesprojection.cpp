// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/salesprojection.h"

#include "engine/writecontext.h"
#include "refunds/remoterefunds.h"
#include "sales/exchangecommand.h"
#include "storage/sqlitedb.h"
#include "sync/journalbatch.h"
#include "sync/jsonlite.h"
#include "sync/redemptionledger.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace tessera {

namespace {

// The engine's numbers for the names its answers use (core/sales/orderstate.h).
int orderState(const QString &name)
{
    static const QStringList names{QStringLiteral("pending"), QStringLiteral("paid"),
                                   QStringLiteral("cancelled"), QStringLiteral("refunded"),
                                   QStringLiteral("partly_refunded")};
    return int(names.indexOf(name));
}

int paymentState(const QString &name)
{
    static const QStringList names{QStringLiteral("approved"), QStringLiteral("declined"),
                                   QStringLiteral("unknown"), QStringLiteral("refunded")};
    return int(names.indexOf(name));
}

constexpr int kSeat = 0;
constexpr int kStanding = 1;
constexpr int kCard = 2;
constexpr int kActive = 0;
constexpr int kRefunded = 1;
constexpr int kExchanged = 2;
constexpr int kCancelled = 2;

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

qint64 integer(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

Result<std::vector<qint64>> ids(WriteContext &ctx, const char *sql, qint64 a, qint64 b,
                                std::optional<qint64> c = std::nullopt)
{
    auto stmt = ctx.statement(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, a).bind(2, b);
    if (c)
        (*stmt)->bind(3, *c);
    std::vector<qint64> out;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { out.push_back(s.columnInt(0)); });
        !r)
        return r.error();
    return out;
}

// QJsonObject and JsonLite::Value read alike (sell and its payments go
// through either: JsonLite when it can read the entry, which is the usual case).
qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}
qint64 num(const JsonLite::Value &o, const char *key)
{
    return o[key].toInteger();
}
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
QString text(const JsonLite::Value &o, const char *key)
{
    return o[key].toString();
}
bool has(const QJsonObject &o, const char *key)
{
    return o.contains(QLatin1String(key));
}
bool has(const JsonLite::Value &o, const char *key)
{
    return o.contains(key);
}
std::vector<QJsonObject> objects(const QJsonObject &o, const char *key)
{
    std::vector<QJsonObject> out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.push_back(v.toObject());
    return out;
}
std::vector<JsonLite::Value> objects(const JsonLite::Value &o, const char *key)
{
    return o[key].items();
}

} // namespace

// Whether `table` exists and has `column`: {table exists, column exists}.
static Result<std::pair<bool, bool>> hasColumn(SqliteDb &db, const QString &table,
                                               const QString &column)
{
    auto stmt = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    if (!stmt)
        return stmt.error();
    std::pair<bool, bool> found{false, false};
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
            found.first = true;
            found.second = found.second || s.columnText(0) == column;
        });
        !r)
        return r.error();
    return found;
}

Result<bool> SalesProjection::prepare(WriteContext &ctx)
{
    auto orders = hasColumn(ctx.db(), QStringLiteral("sales_orders"), QStringLiteral("channel"));
    if (!orders)
        return orders.error();
    const bool existed = orders->first;
    // Servers from before the dashboard (schema 3) lack the times, channel,
    // error codes, stock names and refunds: add them, and the caller rebuilds.
    bool upgraded = false;
    if (existed && !orders->second) {
        for (const char *sql : {
                 "ALTER TABLE sales_orders ADD COLUMN channel TEXT NOT NULL DEFAULT ''",
                 "ALTER TABLE sales_orders ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0",
                 "ALTER TABLE sales_lines ADD COLUMN stock TEXT NOT NULL DEFAULT ''",
                 "ALTER TABLE sales_payments ADD COLUMN error_code TEXT NOT NULL DEFAULT ''",
                 "ALTER TABLE sales_payments ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0",
             }) {
            if (auto r = ctx.db().exec(QString::fromLatin1(sql)); !r)
                return r.error();
        }
        upgraded = true;
    }
    for (const char *sql : {
             "CREATE TABLE IF NOT EXISTS sales_orders("
             "terminal_id INTEGER NOT NULL, order_id INTEGER NOT NULL, event_id INTEGER NOT NULL, "
             "currency TEXT NOT NULL, state INTEGER NOT NULL, total INTEGER NOT NULL, "
             "paid INTEGER NOT NULL, refunded INTEGER NOT NULL DEFAULT 0, "
             "channel TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL DEFAULT 0, "
             "PRIMARY KEY(terminal_id, order_id)) WITHOUT ROWID",
             "CREATE INDEX IF NOT EXISTS sales_orders_created ON sales_orders(created_at)",
             "CREATE INDEX IF NOT EXISTS sales_orders_event ON sales_orders(event_id)",
             "CREATE TABLE IF NOT EXISTS sales_lines("
             "terminal_id INTEGER NOT NULL, line_id INTEGER NOT NULL, order_id INTEGER NOT NULL, "
             "event_id INTEGER NOT NULL, kind INTEGER NOT NULL, price INTEGER NOT NULL, "
             "state INTEGER NOT NULL DEFAULT 0, stock TEXT NOT NULL DEFAULT '', "
             "PRIMARY KEY(terminal_id, line_id)) WITHOUT ROWID",
             "CREATE INDEX IF NOT EXISTS sales_lines_order ON sales_lines(terminal_id, order_id)",
             "CREATE TABLE IF NOT EXISTS sales_payments("
             "terminal_id INTEGER NOT NULL, payment_id INTEGER NOT NULL, "
             "order_id INTEGER NOT NULL, method TEXT NOT NULL, amount INTEGER NOT NULL, "
             "state INTEGER NOT NULL, error_code TEXT NOT NULL DEFAULT '', "
             "created_at INTEGER NOT NULL DEFAULT 0, "
             "PRIMARY KEY(terminal_id, payment_id)) WITHOUT ROWID",
             "CREATE INDEX IF NOT EXISTS sales_payments_created ON sales_payments(created_at)",
             "CREATE TABLE IF NOT EXISTS sales_refunds("
             "terminal_id INTEGER NOT NULL, refund_id INTEGER NOT NULL, "
             "order_id INTEGER NOT NULL, amount INTEGER NOT NULL, reason TEXT NOT NULL, "
             "created_at INTEGER NOT NULL, PRIMARY KEY(terminal_id, refund_id)) WITHOUT ROWID",
             "CREATE INDEX IF NOT EXISTS sales_refunds_created ON sales_refunds(created_at)",
         }) {
        if (auto r = ctx.db().exec(QString::fromLatin1(sql)); !r)
            return r.error();
    }
    if (auto r = RedemptionLedger::prepare(ctx); !r)
        return r.error();
    if (auto r = RemoteRefunds::prepare(ctx); !r)
        return r.error();
    return !existed || upgraded;
}

Result<void> SalesProjection::project(qint64 terminalId, const ShippedEntry &entry)
{
    const QString &kind = entry.kind;
    m_at = entry.createdAt;
    if (kind == QLatin1String("redeem"))
        return RedemptionLedger(m_ctx).record(terminalId, entry.seq, objectOf(entry.payload),
                                              objectOf(entry.result));
    if (kind == QLatin1String("sell")) {
        const auto payload = JsonLite::parse(entry.payload);
        const auto result = payload ? JsonLite::parse(entry.result) : std::nullopt;
        if (payload && result)
            return sell(terminalId, payload->root(), result->root());
        return sell(terminalId, objectOf(entry.payload), objectOf(entry.result));
    }
    if (kind == QLatin1String("add_payment"))
        return addPayment(terminalId, objectOf(entry.payload), objectOf(entry.result));
    if (kind == QLatin1String("settle_payment"))
        return settlePayment(terminalId, objectOf(entry.payload), objectOf(entry.result));
    if (kind == QLatin1String("cancel_order") || kind == QLatin1String("expire_order"))
        return updateOrder(terminalId, objectOf(entry.result));
    if (kind == QLatin1String("refund"))
        return refund(terminalId, objectOf(entry.result));
    if (kind == QLatin1String("exchange_seat"))
        return exchange(terminalId, objectOf(entry.payload), objectOf(entry.result));
    if (kind == QLatin1String("cancel_event"))
        return cancelEvent(terminalId, objectOf(entry.payload));
    return {};
}

Result<qint64> SalesProjection::rebuild()
{
    for (const char *sql : {"DELETE FROM sales_orders", "DELETE FROM sales_lines",
                            "DELETE FROM sales_payments", "DELETE FROM sales_refunds"}) {
        if (auto r = m_ctx.run(sql, [](SqliteStatement &) {}); !r)
            return r.error();
    }
    if (auto r = RedemptionLedger(m_ctx).clear(); !r)
        return r.error();
    // Its own statement: the writer's cached ones run inside the loop.
    auto stmt = m_ctx.db().prepare(
        QStringLiteral("SELECT terminal_id, seq, kind, payload, result, created_at FROM "
                       "terminal_journal WHERE kind IN ('sell', 'add_payment', "
                       "'settle_payment', 'cancel_order', 'expire_order', 'refund', "
                       "'exchange_seat', 'cancel_event', 'redeem') ORDER BY terminal_id, seq"));
    if (!stmt)
        return stmt.error();
    qint64 count = 0;
    std::optional<Error> failed;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        if (failed)
            return;
        ShippedEntry e;
        e.seq = s.columnInt(1);
        e.kind = s.columnText(2);
        e.payload = s.columnText(3).toUtf8();
        e.result = s.columnText(4).toUtf8();
        e.createdAt = s.columnInt(5);
        if (auto p = project(s.columnInt(0), e); !p)
            failed = p.error();
        ++count;
    });
    if (!r)
        return r.error();
    if (failed)
        return *failed;
    // Refunds made at other terminals, through the server, count again.
    if (auto again = RemoteRefunds(m_ctx).reproject(); !again)
        return again.error();
    return count;
}

template<class Json>
Result<void> SalesProjection::sell(qint64 terminal, const Json &payload, const Json &result)
{
    const qint64 orderId = num(result, "order");
    if (orderId <= 0)
        return {};
    // Seats and standing always name their event; card keys alone have none (0).
    const qint64 eventId = num(payload, "event");
    auto r = m_ctx.run("INSERT OR REPLACE INTO sales_orders(terminal_id, order_id, event_id, "
                       "currency, state, total, paid, refunded, channel, created_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                       [&](SqliteStatement &s) {
                           s.bind(1, terminal).bind(2, orderId).bind(3, eventId);
                           s.bind(4, text(result, "currency"));
                           s.bind(5, orderState(text(result, "state")));
                           s.bind(6, num(result, "total")).bind(7, num(result, "paid"));
                           s.bind(8, text(payload, "channel"));
                           s.bind(9, m_at);
                       });
    if (!r)
        return r;
    for (const auto &ticket : objects(result, "tickets")) {
        const bool seat = has(ticket, "seat");
        auto stock =
            seat ? stockOfSeat(eventId, text(ticket, "seat")) : stockOfQuota(num(ticket, "ga"));
        if (!stock)
            return stock.error();
        if (auto l = insertLine(terminal, num(ticket, "line"), orderId, eventId,
                                seat ? kSeat : kStanding, num(ticket, "price"), *stock);
            !l)
            return l;
    }
    for (const auto &card : objects(result, "cards")) {
        if (auto l = insertLine(terminal, num(card, "line"), orderId, 0, kCard, num(card, "price"),
                                QString());
            !l)
            return l;
    }
    for (const auto &p : objects(payload, "payments")) {
        if (auto i = insertPayment(terminal, orderId, p); !i)
            return i;
    }
    return {};
}

Result<void> SalesProjection::addPayment(qint64 terminal, const QJsonObject &payload,
                                         const QJsonObject &result)
{
    const QJsonObject payment = payload.value(QStringLiteral("payment")).toObject();
    if (auto r = insertPayment(terminal, integer(payload, "order"), payment); !r)
        return r;
    return updateOrder(terminal, result);
}

Result<void> SalesProjection::settlePayment(qint64 terminal, const QJsonObject &payload,
                                            const QJsonObject &result)
{
    const int state = paymentState(payload.value(QStringLiteral("state")).toString());
    if (state < 0)
        return {};
    // The terminal keeps the code its answer gives (a late approval of a
    // settled order becomes "refund_due"), and none when there is none.
    auto r = m_ctx.run("UPDATE sales_payments SET state = ?, error_code = ? WHERE terminal_id = ? "
                       "AND payment_id = ?",
                       [&](SqliteStatement &s) {
                           s.bind(1, state);
                           s.bind(2, result.value(QStringLiteral("error_code")).toString());
                           s.bind(3, terminal).bind(4, integer(payload, "payment"));
                       });
    if (!r)
        return r;
    return updateOrder(terminal, result);
}

Result<void> SalesProjection::refund(qint64 terminal, const QJsonObject &result)
{
    const qint64 orderId = integer(result, "order");
    for (const QJsonValue &line : result.value(QStringLiteral("lines")).toArray()) {
        auto r = m_ctx.run("UPDATE sales_lines SET state = ? WHERE terminal_id = ? AND line_id = ?",
                           [&](SqliteStatement &s) {
                               s.bind(1, kRefunded).bind(2, terminal).bind(3, line.toInteger());
                           });
        if (!r)
            return r;
    }
    auto r = m_ctx.run("UPDATE sales_orders SET refunded = refunded + ? WHERE terminal_id = ? "
                       "AND order_id = ?",
                       [&](SqliteStatement &s) {
                           s.bind(1, integer(result, "amount")).bind(2, terminal).bind(3, orderId);
                       });
    if (!r)
        return r;
    if (auto i = insertRefund(terminal, orderId, integer(result, "amount"),
                              result.value(QStringLiteral("reason")).toString());
        !i)
        return i;
    // A ticket refunded at another terminal meanwhile was paid back twice.
    if (auto d = RemoteRefunds(m_ctx).noteSellerRefund(
            terminal, result.value(QStringLiteral("lines")).toArray(), m_at);
        !d)
        return d;
    return updateOrder(terminal, result);
}

Result<void> SalesProjection::exchange(qint64 terminal, const QJsonObject &payload,
                                       const QJsonObject &result)
{
    const qint64 orderId = integer(result, "order");
    auto event =
        ids(m_ctx, "SELECT event_id FROM sales_lines WHERE terminal_id = ? AND line_id = ?",
            terminal, integer(result, "line"));
    if (!event)
        return event.error();
    if (event->empty())
        return {};
    auto r = m_ctx.run("UPDATE sales_lines SET state = ? WHERE terminal_id = ? AND line_id = ?",
                       [&](SqliteStatement &s) {
                           s.bind(1, kExchanged).bind(2, terminal).bind(3, integer(result, "line"));
                       });
    if (!r)
        return r;
    auto stock = stockOfSeat(event->front(), result.value(QStringLiteral("seat")).toString());
    if (!stock)
        return stock.error();
    if (auto l = insertLine(terminal, integer(result, "new_line"), orderId, event->front(), kSeat,
                            integer(result, "price"), *stock);
        !l)
        return l;
    const qint64 difference = integer(result, "difference");
    if (difference > 0) {
        if (auto p = insertPayment(terminal, orderId,
                                   payload.value(QStringLiteral("payment")).toObject());
            !p)
            return p;
    }
    if (difference < 0) {
        if (auto i = insertRefund(terminal, orderId, -difference,
                                  QString::fromLatin1(ExchangeSeatCommand::kExchangeRefundReason));
            !i)
            return i;
    }
    r = m_ctx.run("UPDATE sales_orders SET total = total + ?, paid = paid + ?, "
                  "refunded = refunded + ? WHERE terminal_id = ? AND order_id = ?",
                  [&](SqliteStatement &s) {
                      s.bind(1, qMax<qint64>(difference, 0)).bind(2, qMax<qint64>(difference, 0));
                      s.bind(3, qMax<qint64>(-difference, 0)).bind(4, terminal).bind(5, orderId);
                  });
    if (!r)
        return r;
    return updateOrder(
        terminal, QJsonObject{{QStringLiteral("order"), orderId},
                              {QStringLiteral("state"), result.value(QStringLiteral("state"))}});
}

// As CancelEventCommand does on the terminal: pending orders of the event are
// cancelled (what they had paid refunded), paid ones refund the event's
// active tickets.
Result<void> SalesProjection::cancelEvent(qint64 terminal, const QJsonObject &payload)
{
    const qint64 eventId = integer(payload, "event");
    auto pending = ids(m_ctx,
                       "SELECT DISTINCT o.order_id FROM sales_orders o JOIN sales_lines l ON "
                       "l.terminal_id = o.terminal_id AND l.order_id = o.order_id "
                       "WHERE o.terminal_id = ? AND l.event_id = ? AND o.state = 0",
                       terminal, eventId);
    if (!pending)
        return pending.error();
    const QString reason = payload.value(QStringLiteral("reason")).toString();
    for (const qint64 order : *pending) {
        auto owed = ids(m_ctx,
                        "SELECT MAX(paid - refunded, 0) FROM sales_orders WHERE terminal_id = ? "
                        "AND order_id = ?",
                        terminal, order);
        if (!owed)
            return owed.error();
        if (auto i = insertRefund(terminal, order, owed->empty() ? 0 : owed->front(), reason); !i)
            return i;
        auto r = m_ctx.run(
            "UPDATE sales_orders SET refunded = MAX(paid, refunded), state = ? "
            "WHERE terminal_id = ? AND order_id = ?",
            [&](SqliteStatement &s) { s.bind(1, kCancelled).bind(2, terminal).bind(3, order); });
        if (!r)
            return r;
    }
    auto paid = ids(m_ctx,
                    "SELECT DISTINCT o.order_id FROM sales_orders o JOIN sales_lines l ON "
                    "l.terminal_id = o.terminal_id AND l.order_id = o.order_id "
                    "WHERE o.terminal_id = ? AND l.event_id = ? AND l.state = 0 AND l.kind <> 2 "
                    "AND o.state IN (1, 4)",
                    terminal, eventId);
    if (!paid)
        return paid.error();
    for (const qint64 order : *paid) {
        auto owed = ids(m_ctx,
                        "SELECT COALESCE(SUM(price), 0) FROM sales_lines WHERE terminal_id = ? "
                        "AND order_id = ? AND event_id = ? AND state = 0 AND kind <> 2",
                        terminal, order, eventId);
        if (!owed)
            return owed.error();
        if (auto i = insertRefund(terminal, order, owed->empty() ? 0 : owed->front(), reason); !i)
            return i;
        auto r = m_ctx.run(
            "UPDATE sales_orders SET refunded = refunded + (SELECT COALESCE(SUM(price), 0) FROM "
            "sales_lines WHERE terminal_id = ?1 AND order_id = ?2 AND event_id = ?3 AND "
            "state = 0 AND kind <> 2) WHERE terminal_id = ?1 AND order_id = ?2",
            [&](SqliteStatement &s) { s.bind(1, terminal).bind(2, order).bind(3, eventId); });
        if (!r)
            return r;
        r = m_ctx.run(
            "UPDATE sales_lines SET state = 1 WHERE terminal_id = ? AND order_id = ? "
            "AND event_id = ? AND state = 0 AND kind <> 2",
            [&](SqliteStatement &s) { s.bind(1, terminal).bind(2, order).bind(3, eventId); });
        if (!r)
            return r;
        r = m_ctx.run("UPDATE sales_orders SET state = CASE WHEN EXISTS(SELECT 1 FROM "
                      "sales_lines WHERE terminal_id = ?1 AND order_id = ?2 AND state = 0) "
                      "THEN 4 ELSE 3 END WHERE terminal_id = ?1 AND order_id = ?2",
                      [&](SqliteStatement &s) { s.bind(1, terminal).bind(2, order); });
        if (!r)
            return r;
    }
    return {};
}

Result<void> SalesProjection::insertLine(qint64 terminal, qint64 line, qint64 order, qint64 event,
                                         int kind, qint64 price, const QString &stock)
{
    if (line <= 0)
        return {};
    return m_ctx.run("INSERT OR REPLACE INTO sales_lines(terminal_id, line_id, order_id, "
                     "event_id, kind, price, state, stock) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                     [&](SqliteStatement &s) {
                         s.bind(1, terminal).bind(2, line).bind(3, order).bind(4, event);
                         s.bind(5, kind).bind(6, price).bind(7, kActive).bind(8, stock);
                     });
}

// The terminal numbers its refunds in the order it records them, as it does
// payments.
Result<void> SalesProjection::insertRefund(qint64 terminal, qint64 order, qint64 amount,
                                           const QString &reason)
{
    if (order <= 0 || amount <= 0)
        return {};
    return m_ctx.run("INSERT INTO sales_refunds(terminal_id, refund_id, order_id, amount, "
                     "reason, created_at) SELECT ?1, COALESCE(MAX(refund_id), 0) + 1, ?2, ?3, "
                     "?4, ?5 FROM sales_refunds WHERE terminal_id = ?1",
                     [&](SqliteStatement &s) {
                         s.bind(1, terminal).bind(2, order).bind(3, amount);
                         s.bind(4, reason).bind(5, m_at);
                     });
}

// The stock a ticket came from, by the server's catalog (which the terminals
// pull): the seat's category, the quota's name; "" when unknown here.
Result<QString> SalesProjection::stockOfSeat(qint64 event, const QString &guid)
{
    return textOf("SELECT c.name FROM events e JOIN seats s ON s.venue_id = e.venue_id AND "
                  "s.guid = ?2 JOIN categories c ON c.id = s.category_id WHERE e.id = ?1",
                  [&](SqliteStatement &s) { s.bind(1, event).bind(2, guid); });
}

Result<QString> SalesProjection::stockOfQuota(qint64 quota)
{
    return textOf("SELECT name FROM ga_quotas WHERE id = ?1",
                  [&](SqliteStatement &s) { s.bind(1, quota); });
}

Result<QString> SalesProjection::textOf(const char *sql,
                                        const std::function<void(SqliteStatement &)> &bind)
{
    auto stmt = m_ctx.statement(sql);
    if (!stmt)
        return stmt.error();
    bind(**stmt);
    QString out;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { out = s.columnText(0); }); !r)
        return r.error();
    return out;
}

// The terminal numbers its payments in the order it records them, and so
// does the projection: settle_payment names a payment by that number.
template<class Json>
Result<void> SalesProjection::insertPayment(qint64 terminal, qint64 order, const Json &payment)
{
    const int state = paymentState(text(payment, "state"));
    if (order <= 0 || state < 0)
        return {};
    return m_ctx.run("INSERT INTO sales_payments(terminal_id, payment_id, order_id, method, "
                     "amount, state, error_code, created_at) SELECT ?1, "
                     "COALESCE(MAX(payment_id), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7 "
                     "FROM sales_payments WHERE terminal_id = ?1",
                     [&](SqliteStatement &s) {
                         s.bind(1, terminal).bind(2, order);
                         s.bind(3, text(payment, "method"));
                         s.bind(4, num(payment, "amount")).bind(5, state);
                         s.bind(6, text(payment, "error_code"));
                         s.bind(7, m_at);
                     });
}

Result<void> SalesProjection::updateOrder(qint64 terminal, const QJsonObject &result)
{
    const int state = orderState(result.value(QStringLiteral("state")).toString());
    const bool hasPaid = result.contains(QStringLiteral("paid"));
    return m_ctx.run("UPDATE sales_orders SET state = COALESCE(?, state), "
                     "paid = COALESCE(?, paid) WHERE terminal_id = ? AND order_id = ?",
                     [&](SqliteStatement &s) {
                         state >= 0 ? s.bind(1, state) : s.bindNull(1);
                         hasPaid ? s.bind(2, integer(result, "paid")) : s.bindNull(2);
                         s.bind(3, terminal).bind(4, integer(result, "order"));
                     });
}

} // namespace tessera
