// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera::bench {

// The disk's limit for the engine's write pattern: plain sqlite3 updating a
// stock row and inserting an order per sale, batches of `batch`, WAL with
// synchronous=FULL. Returns sales per second.
double rawSqliteSalesPerSecond(const QString &path, int sales, int batch);

} // namespace tessera::bench

namespace tessera::bench {

// What plain sqlite3 reaches writing exactly the rows the engine writes for
// one GA sale (idempotency look-up, order, ticket line, payment, journal entry
// with a request and answer of the engine's size, the quota once per batch),
// on the engine's own schema and in batches of `batch`. Sales per second:
// the ceiling for the engine's data model on this disk.
double sameRowsSalesPerSecond(const QString &path, int sales, int batch);

} // namespace tessera::bench
