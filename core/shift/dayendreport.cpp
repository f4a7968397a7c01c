// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/dayendreport.h"

#include "shift/drawerledger.h"
#include "shift/shiftcommands.h"
#include "shift/shiftrecord.h"
#include "storage/sqlitedb.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace tessera {

namespace {

template<typename Row>
Result<void> query(SqliteDb &db, const char *sql, qint64 from, qint64 to, Row &&row)
{
    auto stmt = db.prepare(QString::fromUtf8(sql));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, from).bind(2, to);
    return stmt->forEachRow(row);
}

struct CurrencyTotals
{
    qint64 taken = 0;
    qint64 refunded = 0;
    qint64 cashTaken = 0;
    qint64 cashRefunded = 0;
};

} // namespace

std::pair<qint64, qint64> DayEndReport::bounds(QDate date, const QTimeZone &zone)
{
    const QDateTime start(date, QTime(0, 0), zone);
    const QDateTime end(date.addDays(1), QTime(0, 0), zone);
    return {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
}

QTimeZone DayEndReport::boxOfficeZone(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT timezone FROM venues ORDER BY id DESC LIMIT 1"));
    QByteArray id;
    if (stmt) {
        auto r = stmt->forEachRow([&](SqliteStatement &s) { id = s.columnText(0).toUtf8(); });
        Q_UNUSED(r);
    }
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

Result<QJsonObject> DayEndReport::compute(SqliteDb &db, QDate date, const QTimeZone &zone)
{
    const auto [from, to] = bounds(date, zone);
    QMap<QString, CurrencyTotals> totals;
    QJsonObject report{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("zone"), QString::fromUtf8(zone.id())},
                       {QStringLiteral("from"), shiftTimeText(from)},
                       {QStringLiteral("to"), shiftTimeText(to)}};

    QJsonArray takings;
    auto r = query(db,
                   "SELECT p.method, o.currency, COUNT(*), SUM(p.amount) FROM payments p "
                   "JOIN orders o ON o.id = p.order_id WHERE p.state = 0 AND p.created_at >= ? "
                   "AND p.created_at < ? GROUP BY p.method, o.currency "
                   "ORDER BY o.currency, SUM(p.amount) DESC, p.method",
                   from, to, [&](SqliteStatement &s) {
                       const QString method = s.columnText(0);
                       CurrencyTotals &t = totals[s.columnText(1)];
                       t.taken += s.columnInt(3);
                       if (method == QLatin1String("cash"))
                           t.cashTaken += s.columnInt(3);
                       takings.push_back(QJsonObject{{QStringLiteral("method"), method},
                                                     {QStringLiteral("currency"), s.columnText(1)},
                                                     {QStringLiteral("count"), s.columnInt(2)},
                                                     {QStringLiteral("amount"), s.columnInt(3)}});
                   });
    if (!r)
        return r.error();
    report.insert(QStringLiteral("takings"), takings);

    // Refunds, cash first against the cash their order took (DrawerLedger).
    struct RefundSum
    {
        qint64 count = 0, amount = 0, cash = 0;
    };
    QMap<QString, RefundSum> refunds;
    r = query(db,
              "SELECT o.currency, r.amount, "
              "(SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.order_id = r.order_id "
              " AND p.method = 'cash' AND p.state = 0), "
              "(SELECT COALESCE(SUM(e.amount), 0) FROM refunds e WHERE e.order_id = r.order_id "
              " AND e.id < r.id) "
              "FROM refunds r JOIN orders o ON o.id = r.order_id "
              "WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.id",
              from, to, [&](SqliteStatement &s) {
                  const qint64 amount = s.columnInt(1);
                  const qint64 cashPaid = s.columnInt(2);
                  const qint64 before = s.columnInt(3);
                  const qint64 cash =
                      std::min(cashPaid, before + amount) - std::min(cashPaid, before);
                  RefundSum &sum = refunds[s.columnText(0)];
                  ++sum.count;
                  sum.amount += amount;
                  sum.cash += cash;
                  CurrencyTotals &t = totals[s.columnText(0)];
                  t.refunded += amount;
                  t.cashRefunded += cash;
              });
    if (!r)
        return r.error();
    QJsonArray refundRows;
    for (auto it = refunds.cbegin(); it != refunds.cend(); ++it)
        refundRows.push_back(QJsonObject{{QStringLiteral("currency"), it.key()},
                                         {QStringLiteral("count"), it->count},
                                         {QStringLiteral("amount"), it->amount},
                                         {QStringLiteral("cash"), it->cash}});
    report.insert(QStringLiteral("refunds"), refundRows);

    QJsonArray voids;
    r = query(db,
              "SELECT currency, COUNT(*), SUM(total) FROM orders WHERE state = 2 AND "
              "cancelled_at >= ? AND cancelled_at < ? AND COALESCE(cancelled_by, '') <> 'system' "
              "GROUP BY currency ORDER BY currency",
              from, to, [&](SqliteStatement &s) {
                  voids.push_back(QJsonObject{{QStringLiteral("currency"), s.columnText(0)},
                                              {QStringLiteral("count"), s.columnInt(1)},
                                              {QStringLiteral("amount"), s.columnInt(2)}});
              });
    if (!r)
        return r.error();
    report.insert(QStringLiteral("voids"), voids);
    qint64 expired = 0;
    r = query(db,
              "SELECT COUNT(*) FROM orders WHERE state = 2 AND cancelled_at >= ? AND "
              "cancelled_at < ? AND cancelled_by = 'system'",
              from, to, [&](SqliteStatement &s) { expired = s.columnInt(0); });
    if (!r)
        return r.error();
    report.insert(QStringLiteral("expired"), expired);

    qint64 cashIn = 0, cashOut = 0;
    r = query(db,
              "SELECT kind, SUM(amount) FROM cash_movements WHERE created_at >= ? AND "
              "created_at < ? GROUP BY kind",
              from, to, [&](SqliteStatement &s) {
                  (s.columnText(0) == QLatin1String("in") ? cashIn : cashOut) = s.columnInt(1);
              });
    if (!r)
        return r.error();
    report.insert(QStringLiteral("cash_in"), cashIn);
    report.insert(QStringLiteral("cash_out"), cashOut);

    QList<qint64> shiftIds;
    r = query(db, "SELECT id FROM shifts WHERE opened_at >= ? AND opened_at < ? ORDER BY id", from,
              to, [&](SqliteStatement &s) { shiftIds.push_back(s.columnInt(0)); });
    if (!r)
        return r.error();
    QJsonArray shifts;
    qint64 differenceTotal = 0;
    for (const qint64 id : shiftIds) {
        auto shift = ShiftRecord::load(db, id);
        if (!shift)
            return shift.error();
        QJsonObject row{{QStringLiteral("shift"), shift->id},
                        {QStringLiteral("terminal"), shift->terminal},
                        {QStringLiteral("currency"), shift->currency},
                        {QStringLiteral("state"),
                         shift->isOpen() ? QStringLiteral("open") : QStringLiteral("closed")},
                        {QStringLiteral("opened_at"), shiftTimeText(shift->openedAt)},
                        {QStringLiteral("opened_by"), shift->openedBy},
                        {QStringLiteral("float"), shift->floatAmount}};
        if (shift->isOpen()) {
            auto tally = DrawerLedger::tally(db, *shift);
            if (!tally)
                return tally.error();
            row.insert(QStringLiteral("expected"), tally->expected());
        } else {
            row.insert(QStringLiteral("closed_at"), shiftTimeText(*shift->closedAt));
            row.insert(QStringLiteral("closed_by"), shift->closedBy);
            row.insert(QStringLiteral("expected"), shift->expected);
            row.insert(QStringLiteral("counted"), shift->countedTotal);
            row.insert(QStringLiteral("difference"), shift->difference);
            row.insert(QStringLiteral("over_short"), overShortName(shift->difference));
            if (!shift->approvedBy.isEmpty())
                row.insert(QStringLiteral("approved_by"), shift->approvedBy);
            differenceTotal += shift->difference;
        }
        shifts.push_back(row);
    }
    report.insert(QStringLiteral("shifts"), shifts);
    report.insert(QStringLiteral("difference_total"), differenceTotal);

    QJsonArray totalRows;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        totalRows.push_back(QJsonObject{{QStringLiteral("currency"), it.key()},
                                        {QStringLiteral("taken"), it->taken},
                                        {QStringLiteral("refunded"), it->refunded},
                                        {QStringLiteral("net"), it->taken - it->refunded},
                                        {QStringLiteral("cash_taken"), it->cashTaken},
                                        {QStringLiteral("cash_refunded"), it->cashRefunded}});
    report.insert(QStringLiteral("totals"), totalRows);
    return report;
}

} // namespace tessera
