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
    int stadiumSeats = 80000; // the venue a terminal pulls for catalog_pull_ms
};

// Journal up under load: the real tessera-server on loopback, `terminals`
// consoles enrolled with one-time codes, each shipping its share of
// `entries` synthetic journal entries concurrently over HTTPS (its own
// thread and ServerClient, the console's protocol). Then the server's rows
// are compared entry by entry with what the terminals hold. Keys:
// events_per_s, lost, duplicated, differing, p50_ack_ms, p99_ack_ms,
// catalog_pull_ms (median of three whole-catalog pulls, POST /v1/catalog
// since 0, with a stadium of `stadiumSeats` seats on the server),
// catalog_apply_ms (applying it into a fresh console engine), seconds,
// entries, terminals, batch_size; "error" when a run could not complete.
QJsonObject runSyncBench(const SyncBenchOptions &options,
                         const std::function<void(const QString &)> &progress);

} // namespace tessera::bench
