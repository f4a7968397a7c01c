// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/staffqueries.h"

#include "storage/sqlitedb.h"

namespace tessera {

namespace {

StaffRow staffRow(SqliteStatement &s)
{
    StaffRow row;
    row.name = s.columnText(0);
    row.displayName = s.columnText(1);
    row.role = Role(qBound(0, int(s.columnInt(2)), int(Role::Admin)));
    row.active = s.columnInt(3) != 0;
    row.failedLogins = int(s.columnInt(4));
    row.lockedUntil = s.columnInt(5);
    return row;
}

constexpr auto kColumns = "SELECT name, COALESCE(display_name, ''), role, active, failed_logins, "
                          "locked_until FROM users ";

} // namespace

Result<QList<StaffRow>> StaffQueries::staff()
{
    auto stmt = m_db.prepare(QString::fromUtf8(kColumns) +
                             QStringLiteral("ORDER BY active DESC, role DESC, name"));
    if (!stmt)
        return stmt.error();
    QList<StaffRow> out;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { out.push_back(staffRow(s)); }); !r)
        return r.error();
    return out;
}

Result<QList<StaffRow>> StaffQueries::active(Role minimum)
{
    auto stmt = m_db.prepare(QString::fromUtf8(kColumns) +
                             QStringLiteral("WHERE active = 1 AND role >= ? ORDER BY role, name"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, int(minimum));
    QList<StaffRow> out;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { out.push_back(staffRow(s)); }); !r)
        return r.error();
    return out;
}

Result<qint64> StaffQueries::count()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!stmt)
        return stmt.error();
    qint64 n = 0;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { n = s.columnInt(0); }); !r)
        return r.error();
    return n;
}

} // namespace tessera
