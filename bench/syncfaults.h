// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::bench {

struct SyncFaultOptions
{
    QString serverExe; // tessera-server
    QString benchExe;  // tessera-bench, for the shipper process killed mid-shipment
    QString workDir;
    quint64 seed = 1;
    int rounds = 10;
    int terminals = 4;       // simulated terminals, beside one real console
    int salesPerRound = 400; // at most, per simulated terminal
    int offlineSales = 4000; // at most, for a terminal offline a whole day
    int consoleSalesPerRound = 150;
};

// The randomised fault campaign of journal up. One fresh server; every round
// the terminals sell, then some faults from the seed: the server killed
// (SIGKILL) and restarted mid-sync; answers cut after the server committed
// (CuttingProxy); old batches sent again, overlapping, out of order, forged
// and malformed; the real console's shipper process killed mid-shipment; a
// terminal offline for a long run of sales. Then everybody catches up, and the
// round passes when every terminal's acknowledged end is its local end and the
// server holds every entry once, as the terminal has it. Same seed, same
// choices: a failure replays with the seed it prints.
// Keys: ok, seed, rounds_run, faults (how often each was applied), failure.
QJsonObject runSyncFaults(const SyncFaultOptions &options,
                          const std::function<void(const QString &)> &log);

// The shipper process the campaign kills: JournalShipper on `database`
// (enrolled: its link beside it), `batch` entries per POST. Exit code 0 when
// caught up.
int shipConsoleJournal(const QString &database, int batch);

} // namespace tessera::bench
