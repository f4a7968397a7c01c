// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tessera::bench {

// `tessera-bench live [--terminals N] [--seconds S] [--sale-ms MS] [--sync-ms MS] [--json]`.
int runLiveBenchMain(int argc, char *argv[]);

} // namespace tessera::bench
