// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/settingstable.h"

#include "storage/sqlitedb.h"

namespace tessera {

Result<std::optional<QByteArray>> SettingsTable::read(SqliteDb &db, const QString &key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    std::optional<QByteArray> value = stmt->columnBlob(0);
    stmt->reset();
    return value;
}

Result<void> SettingsTable::write(SqliteDb &db, const QString &key, const QByteArray &utf8)
{
    auto stmt =
        db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bindText(2, utf8);
    return stmt->run();
}

} // namespace tessera
