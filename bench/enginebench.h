// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::bench {

struct EngineBenchOptions
{
    QString workDir;             // where the throw-away databases go
    int sales = 200000;          // GA sales per round (seat sales: at most one per seat)
    int threads = 8;             // client threads submitting to the engine
    int inFlightPerThread = 500; // 8 x 500 = 4 000 sales in flight
    int singleSales = 1000;      // one at a time, each its own commit
    int stadiumSeats = 80000;
    int holds = 20000;          // 4 adjacent seats each
    int rounds = 3;             // throughput figures are medians over rounds
    bool keepDatabases = false; // leave the last round's engine and same-rows files in workDir
};

// Measures the engine against plain SQLite writing the same rows, in the same
// run, for a GA sale and for a seat sale with a customer, and returns the
// figures (the keys tessera-bench engine --json prints): objects "ga" and
// "seat", and the stadium's import and hold figures.
QJsonObject runEngineBench(const EngineBenchOptions &options,
                           const std::function<void(const QString &)> &progress);

} // namespace tessera::bench
