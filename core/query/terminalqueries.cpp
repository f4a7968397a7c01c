// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/terminalqueries.h"

#include "storage/sqlitedb.h"

namespace tessera {

Result<QString> TerminalQueries::terminalId()
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'terminal_id'"));
    if (!stmt)
        return stmt.error();
    std::optional<QString> id;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { id = s.columnText(0); }); !r)
        return r.error();
    if (!id)
        return fail(ErrorCode::StorageError, tr("The database has no terminal id."),
                    QStringLiteral("terminal_id"));
    return *id;
}

Result<QString> TerminalQueries::venueName()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT name FROM venues ORDER BY id LIMIT 1"));
    if (!stmt)
        return stmt.error();
    QString name;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { name = s.columnText(0); }); !r)
        return r.error();
    return name;
}

} // namespace tessera
