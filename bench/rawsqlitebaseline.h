// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera::bench {

// For information only (no target rests on it): plain sqlite3 updating a
// stock row and inserting a 4-column order per sale, `batch` sales per
// transaction, on a connection opened and checkpointed as the engine's writer
// is. Returns sales per second.
double rawSqliteSalesPerSecond(const QString &path, int sales, int batch);

} // namespace tessera::bench
