// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace tessera {

class SqliteDb;

// The database layout and its stepwise migrations. Each step moves the file
// from version N-1 to N; all pending steps run in one transaction, so a file
// is either fully migrated or untouched.
class Schema
{
public:
    static constexpr int kCurrentVersion = 15;

    static int version(SqliteDb &db);
    // Migrates up to `target` (default: current). Refuses a file that is newer
    // than this build understands.
    static Result<void> migrate(SqliteDb &db, int target = kCurrentVersion);
};

} // namespace tessera
