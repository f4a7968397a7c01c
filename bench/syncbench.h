// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::bench {

struct SyncBenchOptions
{
    QString serverExe; // the tessera-server executable
    QString workDir;   // the server's throw-away data folder goes here
    int terminals = 100;
    qint64 entries = 1000000; // across all terminals
    int batchSize = 1000;     // JournalShipper's default
};

// Journal up under load: the real tessera-server on loopback, `terminals`
// consoles enrolled with one-time codes, each shipping its share of
// `entries` synthetic journal entries concurrently over HTTPS (its own
// thread and ServerClient, the console's protocol). Then the server's rows
// are compared entry by entry with what the terminals hold. Keys:
// events_per_s, lost, duplicated, differing, p50_ack_ms, p99_ack_ms,
// catalog_pull_ms (null while the server has no catalog route), seconds,
// entries, terminals, batch_size; "error" when a run could not complete.
QJsonObject runSyncBench(const SyncBenchOptions &options,
                         const std::function<void(const QString &)> &progress);

} // namespace tessera::bench
