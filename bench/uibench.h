// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::bench {

struct UiBenchOptions
{
    QString workDir;
    int stadiumSeats = 80000;
    int rounds = 3;     // medians are reported
    int panSteps = 200; // frames per pan
    // Cold start of the console on a database with this many orders (0: skip).
    qint64 orders = 1'000'000;
    int coldStartRuns = 7; // medians are reported
    QString dataDir;       // where the large database is cached; empty: the default
};

// The seat map on a stadium: reading it from SQLite, the first frame, and the
// frames of a pan at a mid zoom; and the console's cold start on a database
// with a long sales history. The keys tessera-bench ui --json prints.
// Needs a QApplication (any platform; tessera-bench uses offscreen).
QJsonObject runUiBench(const UiBenchOptions &options,
                       const std::function<void(const QString &)> &progress);

// tessera-bench ui: its own QApplication and options, so the other scenarios
// stay free of Widgets.
int runUiBenchMain(int argc, char *argv[]);

} // namespace tessera::bench
