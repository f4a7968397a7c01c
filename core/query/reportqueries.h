// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace tessera {

class DataKey;
class SqliteDb;

// What a run report reads besides the dashboard's sale facts: the customers'
// names of the orders it lists, opened with the data key (they are stored
// sealed). On a reader's own connection.
class ReportQueries
{
public:
    ReportQueries(SqliteDb &db, const DataKey *key)
        : m_db(db)
        , m_key(key)
    {}

    // Order id -> the customer's name, for those of `orderIds` that have one;
    // empty without the data key.
    Result<QMap<qint64, QString>> customerNames(const QList<qint64> &orderIds);

private:
    SqliteDb &m_db;
    const DataKey *m_key = nullptr;
};

} // namespace tessera
