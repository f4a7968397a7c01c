// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/shiftqueries.h"

#include "shift/drawercount.h"
#include "shift/drawerledger.h"
#include "shift/shiftcommands.h"
#include "shift/shiftrecord.h"
#include "storage/sqlitedb.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera {

namespace {

template<typename Bind, typename Row>
Result<void> query(SqliteDb &db, const char *sql, Bind &&bind, Row &&row)
{
    auto stmt = db.prepare(QString::fromUtf8(sql));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    return stmt->forEachRow(row);
}

Result<QJsonArray> takings(SqliteDb &db, const ShiftRecord &shift, qint64 &cashSales)
{
    QJsonArray out;
    auto r = query(
        db,
        "SELECT p.method, o.currency, COUNT(*), SUM(p.amount) FROM payments p "
        "JOIN orders o ON o.id = p.order_id WHERE p.id > ? AND p.id <= ? AND p.state = 0 "
        "GROUP BY p.method, o.currency ORDER BY o.currency <> ?, SUM(p.amount) DESC",
        [&](SqliteStatement &s) {
            s.bind(1, shift.after.payment).bind(2, shift.upperMarks().payment);
            s.bind(3, shift.currency);
        },
        [&](SqliteStatement &s) {
            const QString method = s.columnText(0);
            const QString currency = s.columnText(1);
            if (method == QLatin1String("cash") && currency == shift.currency)
                cashSales = s.columnInt(3);
            out.push_back(QJsonObject{{QStringLiteral("method"), method},
                                      {QStringLiteral("currency"), currency},
                                      {QStringLiteral("count"), s.columnInt(2)},
                                      {QStringLiteral("amount"), s.columnInt(3)}});
        });
    if (!r)
        return r.error();
    return out;
}

Result<QJsonArray> movements(SqliteDb &db, const ShiftRecord &shift)
{
    QJsonArray out;
    auto r = query(
        db,
        "SELECT id, kind, amount, reason, actor, created_at FROM cash_movements "
        "WHERE shift_id = ? ORDER BY id",
        [&](SqliteStatement &s) { s.bind(1, shift.id); },
        [&](SqliteStatement &s) {
            out.push_back(QJsonObject{{QStringLiteral("movement"), s.columnInt(0)},
                                      {QStringLiteral("kind"), s.columnText(1)},
                                      {QStringLiteral("amount"), s.columnInt(2)},
                                      {QStringLiteral("reason"), s.columnText(3)},
                                      {QStringLiteral("actor"), s.columnText(4)},
                                      {QStringLiteral("at"), shiftTimeText(s.columnInt(5))}});
        });
    if (!r)
        return r.error();
    return out;
}

// Orders paid (or paid and refunded since) and still pending among those
// created in the shift; cancellations and refunds made in the shift.
Result<QJsonObject> orderCounts(SqliteDb &db, const ShiftRecord &shift)
{
    const ShiftMarks upper = shift.upperMarks();
    QJsonObject out;
    auto r = query(
        db,
        "SELECT (SELECT COUNT(*) FROM orders WHERE id > ?1 AND id <= ?2 AND state IN (1, 3, 4)), "
        "(SELECT COUNT(*) FROM orders WHERE id > ?1 AND id <= ?2 AND state = 0), "
        "(SELECT COUNT(*) FROM journal WHERE seq > ?3 AND seq <= ?4 AND kind = 'cancel_order'), "
        "(SELECT COUNT(DISTINCT order_id) FROM refunds WHERE id > ?5 AND id <= ?6)",
        [&](SqliteStatement &s) {
            s.bind(1, shift.after.order).bind(2, upper.order);
            s.bind(3, shift.after.seq).bind(4, upper.seq);
            s.bind(5, shift.after.refund).bind(6, upper.refund);
        },
        [&](SqliteStatement &s) {
            out = QJsonObject{{QStringLiteral("sold"), s.columnInt(0)},
                              {QStringLiteral("pending"), s.columnInt(1)},
                              {QStringLiteral("cancelled"), s.columnInt(2)},
                              {QStringLiteral("refunded"), s.columnInt(3)}};
        });
    if (!r)
        return r.error();
    return out;
}

} // namespace

Result<QString> ShiftQueries::catalogCurrency(SqliteDb &db)
{
    QString currency;
    auto r = query(
        db,
        "SELECT currency FROM (SELECT currency, created_at FROM events UNION ALL "
        "SELECT currency, created_at FROM card_products) ORDER BY created_at DESC LIMIT 1",
        [](SqliteStatement &) {}, [&](SqliteStatement &s) { currency = s.columnText(0); });
    if (!r)
        return r.error();
    return currency;
}

Result<std::optional<qint64>> ShiftQueries::openShift()
{
    auto open = ShiftRecord::openOn(m_db, m_terminalId);
    if (!open)
        return open.error();
    return *open ? std::optional<qint64>((*open)->id) : std::nullopt;
}

Result<std::optional<qint64>> ShiftQueries::latestShift()
{
    auto latest = ShiftRecord::latestOn(m_db, m_terminalId);
    if (!latest)
        return latest.error();
    return *latest ? std::optional<qint64>((*latest)->id) : std::nullopt;
}

Result<QJsonObject> ShiftQueries::report(qint64 shiftId)
{
    auto shift = ShiftRecord::load(m_db, shiftId);
    if (!shift)
        return shift.error();
    QJsonObject report{{QStringLiteral("shift"), shift->id},
                       {QStringLiteral("terminal"), shift->terminal},
                       {QStringLiteral("currency"), shift->currency},
                       {QStringLiteral("state"),
                        shift->isOpen() ? QStringLiteral("open") : QStringLiteral("closed")},
                       {QStringLiteral("opened_at"), shiftTimeText(shift->openedAt)},
                       {QStringLiteral("opened_by"), shift->openedBy},
                       {QStringLiteral("float"), shift->floatAmount}};
    if (!shift->isOpen()) {
        report.insert(QStringLiteral("closed_at"), shiftTimeText(*shift->closedAt));
        report.insert(QStringLiteral("closed_by"), shift->closedBy);
        if (!shift->note.isEmpty())
            report.insert(QStringLiteral("note"), shift->note);
    }

    qint64 cashSales = 0;
    auto taken = takings(m_db, *shift, cashSales);
    if (!taken)
        return taken.error();
    report.insert(QStringLiteral("takings"), *taken);
    report.insert(QStringLiteral("cash_sales"), cashSales);

    auto shares = DrawerLedger::refunds(m_db, *shift);
    if (!shares)
        return shares.error();
    QJsonArray refunds;
    qint64 refundedTotal = 0;
    qint64 cashRefunds = 0;
    for (const RefundShare &share : *shares) {
        if (share.currency == shift->currency) {
            refundedTotal += share.amount;
            cashRefunds += share.cash;
        }
        QJsonObject refund{{QStringLiteral("refund"), share.refund},
                           {QStringLiteral("order"), share.order},
                           {QStringLiteral("amount"), share.amount},
                           {QStringLiteral("cash"), share.cash},
                           {QStringLiteral("currency"), share.currency},
                           {QStringLiteral("reason"), share.reason},
                           {QStringLiteral("actor"), share.actor},
                           {QStringLiteral("at"), shiftTimeText(share.at)}};
        if (!share.approvedBy.isEmpty())
            refund.insert(QStringLiteral("approved_by"), share.approvedBy);
        refunds.push_back(refund);
    }
    report.insert(QStringLiteral("refunds"), refunds);
    report.insert(QStringLiteral("refunded_total"), refundedTotal);
    report.insert(QStringLiteral("cash_refunds"), cashRefunds);

    auto moved = movements(m_db, *shift);
    if (!moved)
        return moved.error();
    report.insert(QStringLiteral("movements"), *moved);
    auto tally = DrawerLedger::tally(m_db, *shift);
    if (!tally)
        return tally.error();
    report.insert(QStringLiteral("cash_in"), tally->cashIn);
    report.insert(QStringLiteral("cash_out"), tally->cashOut);

    auto orders = orderCounts(m_db, *shift);
    if (!orders)
        return orders.error();
    report.insert(QStringLiteral("orders"), *orders);

    if (shift->isOpen()) {
        report.insert(QStringLiteral("expected"), tally->expected());
        return report;
    }
    // A closed shift reports what was decided when it closed.
    report.insert(QStringLiteral("expected"), shift->expected);
    const QJsonArray rows = QJsonDocument::fromJson(shift->countedJson.toUtf8()).array();
    auto counted = DrawerCount::fromJson(rows, QStringLiteral("counted"));
    report.insert(QStringLiteral("counted"), counted ? counted->toDetailedJson() : rows);
    report.insert(QStringLiteral("counted_total"), shift->countedTotal);
    report.insert(QStringLiteral("difference"), shift->difference);
    report.insert(QStringLiteral("over_short"), overShortName(shift->difference));
    if (!shift->approvedBy.isEmpty())
        report.insert(QStringLiteral("approved_by"), shift->approvedBy);
    return report;
}

} // namespace tessera
