// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffrow.h"

#include "storage/sqlitedb.h"

namespace tessera {

Result<QList<StaffRow>> readStaff(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT name, COALESCE(display_name, ''), role, active, failed_logins, locked_until "
        "FROM users ORDER BY active DESC, role DESC, name"));
    if (!stmt)
        return stmt.error();
    QList<StaffRow> out;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        StaffRow row;
        row.name = s.columnText(0);
        row.displayName = s.columnText(1);
        row.role = Role(qBound(0, int(s.columnInt(2)), int(Role::Admin)));
        row.active = s.columnInt(3) != 0;
        row.failedLogins = int(s.columnInt(4));
        row.lockedUntil = s.columnInt(5);
        out.push_back(row);
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace tessera
