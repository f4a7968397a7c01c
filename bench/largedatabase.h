// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <functional>

namespace tessera::bench {

// A box office with years of sales behind it: the demo venue, staff and card
// product set up by the engine, thousands of past performances, and `orders`
// orders with their lines, payments, refunds and journal written straight
// into SQLite (OrderHistoryWriter). Built once and kept in a cache folder,
// named by the order count, the schema version and the generator's version,
// so later runs reuse it; a build is written under a temporary name and
// renamed when complete.
class LargeDatabase
{
public:
    struct Options
    {
        QString cacheDir; // empty: defaultCacheDir()
        qint64 orders = 1'000'000;
    };

    // The database file (its data key is in `<file>.key` beside it).
    static Result<QString> ensure(const Options &options,
                                  const std::function<void(const QString &)> &progress);
    static QString defaultCacheDir();
    static QString fileName(qint64 orders);
};

} // namespace tessera::bench
