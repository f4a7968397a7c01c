// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tessera {

class SqliteDb;

// One row of the `settings` table (key → UTF-8 text), read and written on
// the caller's connection (inside its transaction, if one is open).
class SettingsTable
{
public:
    // The value, or nullopt when the key has no row.
    static Result<std::optional<QByteArray>> read(SqliteDb &db, const QString &key);
    static Result<void> write(SqliteDb &db, const QString &key, const QByteArray &utf8);
};

} // namespace tessera
