// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "historycatalog.h"

#include <functional>

namespace tessera {
class DataKey;
class SqliteDb;
} // namespace tessera

namespace tessera::bench {

// Writes years of counter sales straight into the tables, in the shapes the
// engine writes them (core/sales/sellcommand.cpp, refundcommand.cpp): orders of
// mostly 1–4 seats or standing tickets and some card keys, paid in cash, by
// card or QR (now and then after a declined attempt), a few with a customer,
// some refunded with a supervisor's override; each with its journal entry and
// the audit entries of the refunds. Deterministic for a given seed.
class OrderHistoryWriter
{
public:
    OrderHistoryWriter(SqliteDb &db, const HistoryCatalog &catalog, const DataKey &key,
                       quint64 seed = 20261122);

    // Appends `orders` orders over `performances` days, one performance a day
    // from the catalog's first (the others are added on the way), in large
    // transactions; the caller has put the connection in bulk mode.
    Result<void> write(qint64 orders, qint64 performances,
                       const std::function<void(qint64 written)> &progress);

private:
    SqliteDb &m_db;
    const HistoryCatalog &m_catalog;
    const DataKey &m_key;
    quint64 m_seed;
};

} // namespace tessera::bench
