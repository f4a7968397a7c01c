// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tessera::bench {

// `tessera-bench sync …` and `tessera-bench sync-faults …` (and the
// campaign's own child, `sync-ship`): parses the command line and runs.
int runSyncBenchMain(int argc, char *argv[]);

} // namespace tessera::bench
