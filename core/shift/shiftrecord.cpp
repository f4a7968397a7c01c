// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/shiftrecord.h"

#include "storage/sqlitedb.h"

#include <QDateTime>

namespace tessera {

namespace {

const char *const kColumns =
    "SELECT id, terminal, currency, float_amount, opened_at, opened_by, closed_at, closed_by, "
    "counted, counted_total, expected, difference, note, after_payment, after_refund, "
    "after_order, after_seq, until_payment, until_refund, until_order, until_seq, approved_by "
    "FROM shifts ";

ShiftRecord fromRow(const SqliteStatement &s)
{
    ShiftRecord r;
    r.id = s.columnInt(0);
    r.terminal = s.columnText(1);
    r.currency = s.columnText(2);
    r.floatAmount = s.columnInt(3);
    r.openedAt = s.columnInt(4);
    r.openedBy = s.columnText(5);
    if (!s.columnIsNull(6))
        r.closedAt = s.columnInt(6);
    r.closedBy = s.columnText(7);
    r.countedJson = s.columnText(8);
    r.countedTotal = s.columnInt(9);
    r.expected = s.columnInt(10);
    r.difference = s.columnInt(11);
    r.note = s.columnText(12);
    r.after = {s.columnInt(13), s.columnInt(14), s.columnInt(15), s.columnInt(16)};
    if (!s.columnIsNull(17))
        r.until = ShiftMarks{s.columnInt(17), s.columnInt(18), s.columnInt(19), s.columnInt(20)};
    r.approvedBy = s.columnText(21);
    return r;
}

template<typename Bind>
Result<std::optional<ShiftRecord>> loadOne(SqliteDb &db, const char *where, Bind &&bind)
{
    auto stmt = db.prepare(QString::fromUtf8(kColumns) + QString::fromUtf8(where));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    std::optional<ShiftRecord> found;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        if (!found)
            found = fromRow(s);
    });
    if (!r)
        return r.error();
    return found;
}

} // namespace

QString shiftTimeText(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

Result<ShiftMarks> ShiftMarks::now(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM payments), "
                                          "(SELECT COALESCE(MAX(id), 0) FROM refunds), "
                                          "(SELECT COALESCE(MAX(id), 0) FROM orders), "
                                          "(SELECT COALESCE(MAX(seq), 0) FROM journal)"));
    if (!stmt)
        return stmt.error();
    ShiftMarks marks;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        marks = {s.columnInt(0), s.columnInt(1), s.columnInt(2), s.columnInt(3)};
    });
    if (!r)
        return r.error();
    return marks;
}

Result<ShiftRecord> ShiftRecord::load(SqliteDb &db, qint64 id)
{
    auto found = loadOne(db, "WHERE id = ?", [id](SqliteStatement &s) { s.bind(1, id); });
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no shift %1.").arg(id),
                    QStringLiteral("shift"));
    return std::move(**found);
}

Result<std::optional<ShiftRecord>> ShiftRecord::openOn(SqliteDb &db, const QString &terminal)
{
    return loadOne(db, "WHERE terminal = ? AND closed_at IS NULL",
                   [&](SqliteStatement &s) { s.bind(1, terminal); });
}

Result<std::optional<ShiftRecord>> ShiftRecord::latestOn(SqliteDb &db, const QString &terminal)
{
    return loadOne(db, "WHERE terminal = ? ORDER BY id DESC LIMIT 1",
                   [&](SqliteStatement &s) { s.bind(1, terminal); });
}

} // namespace tessera
