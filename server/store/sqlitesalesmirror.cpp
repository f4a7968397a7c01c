// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitesalesmirror.h"

#include "engine/writecontext.h"
#include "refunds/remoterefunds.h"
#include "storage/sqlitedb.h"
#include "sync/redemptionledger.h"

namespace tessera {

namespace {

// Whether `table` exists and has `column`: {table exists, column exists}.
Result<std::pair<bool, bool>> hasColumn(SqliteDb &db, const QString &table, const QString &column)
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

MirroredLine lineOf(qint64 terminal, SqliteStatement &s)
{
    MirroredLine l;
    l.terminal = terminal;
    l.line = s.columnInt(0);
    l.order = s.columnInt(1);
    l.event = s.columnInt(2);
    l.kind = int(s.columnInt(3));
    l.price = s.columnInt(4);
    l.state = int(s.columnInt(5));
    l.stock = s.columnText(6);
    return l;
}

} // namespace

Result<bool> SqliteSalesMirror::prepare(WriteContext &ctx)
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

Result<void> SqliteSalesMirror::clear()
{
    for (const char *sql : {"DELETE FROM sales_orders", "DELETE FROM sales_lines",
                            "DELETE FROM sales_payments", "DELETE FROM sales_refunds"}) {
        if (auto r = m_ctx.run(sql, [](SqliteStatement &) {}); !r)
            return r;
    }
    return RedemptionLedger(m_ctx).clear();
}

Result<void> SqliteSalesMirror::putOrder(const MirroredOrder &o)
{
    return m_ctx.run("INSERT OR REPLACE INTO sales_orders(terminal_id, order_id, event_id, "
                     "currency, state, total, paid, refunded, channel, created_at) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [&](SqliteStatement &s) {
                         s.bind(1, o.terminal).bind(2, o.order).bind(3, o.event);
                         s.bind(4, o.currency).bind(5, o.state);
                         s.bind(6, o.total).bind(7, o.paid).bind(8, o.refunded);
                         s.bind(9, o.channel).bind(10, o.createdAt);
                     });
}

Result<void> SqliteSalesMirror::putLine(const MirroredLine &l)
{
    return m_ctx.run("INSERT OR REPLACE INTO sales_lines(terminal_id, line_id, order_id, "
                     "event_id, kind, price, state, stock) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                     [&](SqliteStatement &s) {
                         s.bind(1, l.terminal).bind(2, l.line).bind(3, l.order);
                         s.bind(4, l.event).bind(5, l.kind).bind(6, l.price);
                         s.bind(7, l.state).bind(8, l.stock);
                     });
}

Result<void> SqliteSalesMirror::addPayment(const MirroredPayment &p)
{
    return m_ctx.run("INSERT INTO sales_payments(terminal_id, payment_id, order_id, method, "
                     "amount, state, error_code, created_at) SELECT ?1, "
                     "COALESCE(MAX(payment_id), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7 "
                     "FROM sales_payments WHERE terminal_id = ?1",
                     [&](SqliteStatement &s) {
                         s.bind(1, p.terminal).bind(2, p.order).bind(3, p.method);
                         s.bind(4, p.amount).bind(5, p.state).bind(6, p.errorCode);
                         s.bind(7, p.createdAt);
                     });
}

Result<void> SqliteSalesMirror::addRefund(qint64 terminal, qint64 order, qint64 amount,
                                          const QString &reason, qint64 at)
{
    return m_ctx.run("INSERT INTO sales_refunds(terminal_id, refund_id, order_id, amount, "
                     "reason, created_at) SELECT ?1, COALESCE(MAX(refund_id), 0) + 1, ?2, ?3, "
                     "?4, ?5 FROM sales_refunds WHERE terminal_id = ?1",
                     [&](SqliteStatement &s) {
                         s.bind(1, terminal).bind(2, order).bind(3, amount);
                         s.bind(4, reason).bind(5, at);
                     });
}

Result<std::optional<MirroredOrder>> SqliteSalesMirror::order(qint64 terminal, qint64 order)
{
    auto stmt = m_ctx.statement("SELECT event_id, currency, state, total, paid, refunded, "
                                "channel, created_at FROM sales_orders WHERE terminal_id = ? "
                                "AND order_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, terminal).bind(2, order);
    std::optional<MirroredOrder> found;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) {
            MirroredOrder o;
            o.terminal = terminal;
            o.order = order;
            o.event = s.columnInt(0);
            o.currency = s.columnText(1);
            o.state = int(s.columnInt(2));
            o.total = s.columnInt(3);
            o.paid = s.columnInt(4);
            o.refunded = s.columnInt(5);
            o.channel = s.columnText(6);
            o.createdAt = s.columnInt(7);
            found = o;
        });
        !r)
        return r.error();
    return found;
}

Result<std::optional<MirroredLine>> SqliteSalesMirror::line(qint64 terminal, qint64 line)
{
    auto stmt = m_ctx.statement("SELECT line_id, order_id, event_id, kind, price, state, stock "
                                "FROM sales_lines WHERE terminal_id = ? AND line_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, terminal).bind(2, line);
    std::optional<MirroredLine> found;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { found = lineOf(terminal, s); }); !r)
        return r.error();
    return found;
}

Result<std::vector<MirroredLine>> SqliteSalesMirror::linesOfEvent(qint64 terminal, qint64 event)
{
    return lines("SELECT line_id, order_id, event_id, kind, price, state, stock FROM sales_lines "
                 "WHERE terminal_id = ? AND event_id = ? ORDER BY order_id, line_id",
                 terminal, event);
}

Result<std::vector<MirroredLine>> SqliteSalesMirror::linesOfOrder(qint64 terminal, qint64 order)
{
    return lines("SELECT line_id, order_id, event_id, kind, price, state, stock FROM sales_lines "
                 "WHERE terminal_id = ? AND order_id = ? ORDER BY line_id",
                 terminal, order);
}

Result<std::vector<MirroredLine>> SqliteSalesMirror::lines(const char *sql, qint64 terminal,
                                                           qint64 key)
{
    auto stmt = m_ctx.statement(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, terminal).bind(2, key);
    std::vector<MirroredLine> out;
    if (auto r =
            (*stmt)->forEachRow([&](SqliteStatement &s) { out.push_back(lineOf(terminal, s)); });
        !r)
        return r.error();
    return out;
}

Result<void> SqliteSalesMirror::setOrderState(qint64 terminal, qint64 order, int state)
{
    return m_ctx.run(
        "UPDATE sales_orders SET state = ? WHERE terminal_id = ? AND order_id = ?",
        [&](SqliteStatement &s) { s.bind(1, state).bind(2, terminal).bind(3, order); });
}

Result<void> SqliteSalesMirror::setOrderPaid(qint64 terminal, qint64 order, qint64 paid)
{
    return m_ctx.run("UPDATE sales_orders SET paid = ? WHERE terminal_id = ? AND order_id = ?",
                     [&](SqliteStatement &s) { s.bind(1, paid).bind(2, terminal).bind(3, order); });
}

Result<void> SqliteSalesMirror::addToOrder(qint64 terminal, qint64 order, qint64 total, qint64 paid,
                                           qint64 refunded)
{
    return m_ctx.run("UPDATE sales_orders SET total = total + ?, paid = paid + ?, "
                     "refunded = refunded + ? WHERE terminal_id = ? AND order_id = ?",
                     [&](SqliteStatement &s) {
                         s.bind(1, total).bind(2, paid).bind(3, refunded);
                         s.bind(4, terminal).bind(5, order);
                     });
}

Result<void> SqliteSalesMirror::setLineState(qint64 terminal, qint64 line, int state)
{
    return m_ctx.run("UPDATE sales_lines SET state = ? WHERE terminal_id = ? AND line_id = ?",
                     [&](SqliteStatement &s) { s.bind(1, state).bind(2, terminal).bind(3, line); });
}

Result<void> SqliteSalesMirror::settlePayment(qint64 terminal, qint64 payment, int state,
                                              const QString &errorCode)
{
    return m_ctx.run("UPDATE sales_payments SET state = ?, error_code = ? WHERE terminal_id = ? "
                     "AND payment_id = ?",
                     [&](SqliteStatement &s) {
                         s.bind(1, state).bind(2, errorCode);
                         s.bind(3, terminal).bind(4, payment);
                     });
}

Result<void> SqliteSalesMirror::recordRedemption(const MirroredRedemption &redemption)
{
    return RedemptionLedger(m_ctx).record(redemption);
}

Result<void> SqliteSalesMirror::noteSellerRefund(qint64 terminal, const QJsonArray &lines,
                                                 qint64 at)
{
    return RemoteRefunds(m_ctx).noteSellerRefund(terminal, lines, at);
}

Result<QString> SqliteSalesMirror::seatCategory(qint64 event, const QString &seat)
{
    return textOf("SELECT c.name FROM events e JOIN seats s ON s.venue_id = e.venue_id AND "
                  "s.guid = ?2 JOIN categories c ON c.id = s.category_id WHERE e.id = ?1",
                  [&](SqliteStatement &s) { s.bind(1, event).bind(2, seat); });
}

Result<QString> SqliteSalesMirror::quotaName(qint64 quota)
{
    return textOf("SELECT name FROM ga_quotas WHERE id = ?1",
                  [&](SqliteStatement &s) { s.bind(1, quota); });
}

Result<QString> SqliteSalesMirror::textOf(const char *sql,
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

} // namespace tessera
