// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <functional>
#include <vector>

class QApplication;

namespace tessera::bench {

// One start of the console, as timed inside the started process.
struct ColdStartSample
{
    double totalMs = 0;      // main() entered → main window's first frame painted
    double launchMs = 0;     // process spawned → main() entered (exec, dynamic linking)
    double engineOpenMs = 0; // Engine::open on the database
    double windowMs = 0;     // ConsoleContext + MainWindow built, shown and painted
};

// What a cashier waits for after starting the console, measured in fresh
// processes: tessera-bench re-executes itself with --cold-start-child, so each
// start finds the OS file cache as a restart of the console does and nothing
// warmed by the bench process.
class ColdStart
{
public:
    // Starts `runs` children one after another on `databasePath`.
    static Result<std::vector<ColdStartSample>>
    measure(const QString &databasePath, int runs,
            const std::function<void(const QString &)> &progress);

    // The child's side, called from tessera-bench's main with the application
    // already built: the console's start-up (translations, Engine::open,
    // ConsoleContext, MainWindow) up to the first painted frame; prints one
    // JSON line with the figures. `mainEnteredNs` is the steady clock when
    // main() was entered; `spawnedAtNs` the parent's steady clock at spawn (0:
    // unknown).
    static int runChild(QApplication &app, const QString &databasePath, qint64 mainEnteredNs,
                        qint64 spawnedAtNs);

    // The steady clock in ns, comparable across processes on one machine.
    static qint64 nowNs();
};

} // namespace tessera::bench
