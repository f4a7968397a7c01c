// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/salestotals.h"

#include "storage/sqlitedb.h"

#include <QJsonArray>
#include <QMap>

namespace tessera {

namespace {

struct Figures
{
    QString currency;
    qint64 orders = 0;
    qint64 cancelled = 0;
    qint64 sold = 0;
    qint64 refunded = 0;
    qint64 redeemed = 0;
    qint64 taken = 0;
    qint64 paidBack = 0;
    QMap<QString, qint64> byMethod;

    void add(const Figures &o)
    {
        if (currency.isEmpty())
            currency = o.currency;
        orders += o.orders;
        cancelled += o.cancelled;
        sold += o.sold;
        refunded += o.refunded;
        redeemed += o.redeemed;
        taken += o.taken;
        paidBack += o.paidBack;
        for (auto it = o.byMethod.cbegin(); it != o.byMethod.cend(); ++it)
            byMethod[it.key()] += it.value();
    }

    void into(QJsonObject &out) const
    {
        QJsonObject methods;
        for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it)
            methods.insert(it.key(), it.value());
        out.insert(QStringLiteral("orders"), orders);
        out.insert(QStringLiteral("cancelled_orders"), cancelled);
        out.insert(QStringLiteral("sold"), sold);
        out.insert(QStringLiteral("refunded"), refunded);
        out.insert(QStringLiteral("redeemed"), redeemed);
        out.insert(QStringLiteral("revenue"),
                   QJsonObject{{QStringLiteral("by_method"), methods},
                               {QStringLiteral("taken"), taken},
                               {QStringLiteral("refunded"), paidBack},
                               {QStringLiteral("net"), taken - paidBack}});
    }
};

using Grid = QMap<qint64, QMap<qint64, Figures>>; // event → terminal id → figures

Result<void> each(SqliteDb &db, const char *sql, const std::function<void(SqliteStatement &)> &row)
{
    auto stmt = db.prepare(QString::fromLatin1(sql));
    if (!stmt)
        return stmt.error();
    return stmt->forEachRow(row);
}

} // namespace

Result<QJsonObject> SalesTotals::compute(std::optional<qint64> event)
{
    Grid grid;
    QMap<qint64, QString> names;
    auto r = each(m_db, "SELECT id, name FROM server_terminals",
                  [&](SqliteStatement &s) { names.insert(s.columnInt(0), s.columnText(1)); });
    if (!r)
        return r.error();
    r = each(m_db,
             "SELECT event_id, terminal_id, currency, COUNT(*), SUM(state = 2), SUM(refunded) "
             "FROM sales_orders GROUP BY event_id, terminal_id, currency",
             [&](SqliteStatement &s) {
                 Figures &f = grid[s.columnInt(0)][s.columnInt(1)];
                 f.currency = s.columnText(2);
                 f.orders += s.columnInt(3);
                 f.cancelled += s.columnInt(4);
                 f.paidBack += s.columnInt(5);
             });
    if (!r)
        return r.error();
    r = each(m_db,
             "SELECT l.event_id, l.terminal_id, SUM(l.state = 0 AND o.state <> 2), "
             "SUM(l.state = 1) FROM sales_lines l JOIN sales_orders o ON "
             "o.terminal_id = l.terminal_id AND o.order_id = l.order_id WHERE l.kind <> 2 "
             "GROUP BY l.event_id, l.terminal_id",
             [&](SqliteStatement &s) {
                 Figures &f = grid[s.columnInt(0)][s.columnInt(1)];
                 f.sold += s.columnInt(2);
                 f.refunded += s.columnInt(3);
             });
    if (!r)
        return r.error();
    r = each(m_db,
             "SELECT o.event_id, o.terminal_id, p.method, SUM(p.amount) FROM sales_payments p "
             "JOIN sales_orders o ON o.terminal_id = p.terminal_id AND o.order_id = p.order_id "
             "WHERE p.state = 0 GROUP BY o.event_id, o.terminal_id, p.method",
             [&](SqliteStatement &s) {
                 Figures &f = grid[s.columnInt(0)][s.columnInt(1)];
                 f.byMethod[s.columnText(2)] += s.columnInt(3);
                 f.taken += s.columnInt(3);
             });
    if (!r)
        return r.error();
    r = each(m_db,
             "SELECT event_id, terminal_id, COUNT(*) FROM ticket_redemptions WHERE kept = 1 "
             "GROUP BY event_id, terminal_id",
             [&](SqliteStatement &s) {
                 grid[s.columnInt(0)][s.columnInt(1)].redeemed += s.columnInt(2);
             });
    if (!r)
        return r.error();

    QJsonArray events;
    for (auto e = grid.cbegin(); e != grid.cend(); ++e) {
        if (event && e.key() != *event)
            continue;
        Figures all;
        QJsonArray terminals;
        for (auto t = e->cbegin(); t != e->cend(); ++t) {
            all.add(*t);
            QJsonObject row{{QStringLiteral("terminal"), names.value(t.key())},
                            {QStringLiteral("terminal_id"), t.key()}};
            t->into(row);
            terminals.push_back(row);
        }
        QJsonObject row{{QStringLiteral("event"), e.key()},
                        {QStringLiteral("currency"), all.currency}};
        all.into(row);
        row.insert(QStringLiteral("terminals"), terminals);
        events.push_back(row);
    }
    return QJsonObject{{QStringLiteral("events"), events}};
}

} // namespace tessera
