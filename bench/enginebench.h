// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::bench {

struct EngineBenchOptions
{
    QString workDir;             // where the throw-away databases go
    int sales = 200000;          // per round, for raw SQLite and the engine
    int threads = 8;             // client threads submitting to the engine
    int inFlightPerThread = 500; // 8 x 500 = 4 000 sales in flight
    int singleSales = 1000;      // one at a time, each its own commit
    int stadiumSeats = 80000;
    int holds = 20000; // 4 adjacent seats each
    int rounds = 3;    // throughput figures are medians over rounds
};

// Measures the engine against the disk's limit in the same run and returns
// the figures (the keys tessera-bench engine --json prints).
QJsonObject runEngineBench(const EngineBenchOptions &options,
                           const std::function<void(const QString &)> &progress);

} // namespace tessera::bench
