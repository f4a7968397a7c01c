// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::bench {

struct LiveBenchOptions
{
    QString serverExe;
    QString workDir;
    int terminals = 100;
    int seconds = 20;          // how long the terminals sell
    int saleIntervalMs = 1000; // each terminal: one sale about this often
    int syncIntervalMs = 100;  // each terminal ships what is unsynced this often
};

// The live push end to end: the real tessera-server on loopback, `terminals`
// simulated consoles enrolled with one-time codes, each committing sales
// (journal entries shaped like the engine's "sell") at its own pace and
// shipping them every syncIntervalMs over HTTPS, and one LiveFeed (a
// dashboard) signed in on /v1/live. A sale's latency runs from its commit at
// the terminal to the first figures frame at the feed that counts it (its
// terminal's orders_by_terminal). Keys: p50_ms, p99_ms, max_ms, sales,
// sales_seen, frames, terminals, seconds, sale_interval_ms,
// sync_interval_ms; "error" when the run could not complete.
QJsonObject runLiveBench(const LiveBenchOptions &options,
                         const std::function<void(const QString &)> &progress);

} // namespace tessera::bench
