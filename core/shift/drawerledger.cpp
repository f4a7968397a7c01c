// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/drawerledger.h"

#include "shift/shiftrecord.h"
#include "storage/sqlitedb.h"

#include <algorithm>

namespace tessera {

namespace {

Result<qint64> cashSales(SqliteDb &db, const ShiftRecord &shift)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(p.amount), 0) FROM payments p JOIN orders o ON o.id = p.order_id "
        "WHERE p.id > ? AND p.id <= ? AND p.method = 'cash' AND p.state = 0 AND o.currency = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, shift.after.payment).bind(2, shift.upperMarks().payment).bind(3, shift.currency);
    qint64 sum = 0;
    auto r = stmt->forEachRow([&](SqliteStatement &s) { sum = s.columnInt(0); });
    if (!r)
        return r.error();
    return sum;
}

} // namespace

Result<QList<RefundShare>> DrawerLedger::refunds(SqliteDb &db, const ShiftRecord &shift)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT r.id, r.order_id, r.amount, o.currency, r.reason, r.actor, r.approved_by, "
        "r.created_at, "
        "(SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.order_id = r.order_id "
        " AND p.method = 'cash' AND p.state = 0), "
        "(SELECT COALESCE(SUM(e.amount), 0) FROM refunds e WHERE e.order_id = r.order_id "
        " AND e.id < r.id) "
        "FROM refunds r JOIN orders o ON o.id = r.order_id "
        "WHERE r.id > ? AND r.id <= ? ORDER BY r.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, shift.after.refund).bind(2, shift.upperMarks().refund);
    QList<RefundShare> out;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        RefundShare share;
        share.refund = s.columnInt(0);
        share.order = s.columnInt(1);
        share.amount = s.columnInt(2);
        share.currency = s.columnText(3);
        share.reason = s.columnText(4);
        share.actor = s.columnText(5);
        share.approvedBy = s.columnText(6);
        share.at = s.columnInt(7);
        const qint64 cashPaid = s.columnInt(8);
        const qint64 before = s.columnInt(9);
        // Cash first: the drawer has paid back min(cash paid, refunded so far).
        share.cash = std::min(cashPaid, before + share.amount) - std::min(cashPaid, before);
        out.push_back(share);
    });
    if (!r)
        return r.error();
    return out;
}

Result<DrawerTally> DrawerLedger::tally(SqliteDb &db, const ShiftRecord &shift)
{
    DrawerTally tally;
    tally.floatAmount = shift.floatAmount;
    auto sales = cashSales(db, shift);
    if (!sales)
        return sales.error();
    tally.cashSales = *sales;
    auto shares = refunds(db, shift);
    if (!shares)
        return shares.error();
    for (const RefundShare &share : *shares) {
        if (share.currency == shift.currency)
            tally.cashRefunds += share.cash;
    }
    auto stmt = db.prepare(QStringLiteral(
        "SELECT kind, COALESCE(SUM(amount), 0) FROM cash_movements WHERE shift_id = ? "
        "GROUP BY kind"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, shift.id);
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        if (s.columnText(0) == QLatin1String("in"))
            tally.cashIn = s.columnInt(1);
        else
            tally.cashOut = s.columnInt(1);
    });
    if (!r)
        return r.error();
    return tally;
}

} // namespace tessera
