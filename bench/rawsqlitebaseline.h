#pragma once

#include <QString>

namespace tessera::bench {

// The disk's limit for the engine's write pattern: plain sqlite3 updating a
// stock row and inserting an order per sale, batches of `batch`, WAL with
// synchronous=FULL. Returns sales per second.
double rawSqliteSalesPerSecond(const QString &path, int sales, int batch);

} // namespace tessera::bench
