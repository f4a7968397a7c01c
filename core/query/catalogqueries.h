// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

class SqliteDb;

// Reads venues, events, availability and card products on a reader's own
// connection; never waits for the writer (WAL).
class CatalogQueries
{
public:
    explicit CatalogQueries(SqliteDb &db)
        : m_db(db)
    {}

    Result<QJsonArray> venues();
    // The venue's seating plan as pretix JSON, as imported.
    Result<QByteArray> exportPlan(qint64 venueId);
    Result<QJsonArray> events();
    // One event with ticket types, prices and GA quotas.
    Result<QJsonObject> event(qint64 eventId);
    // Seats per category and state, GA quotas with what is left.
    Result<QJsonObject> availability(qint64 eventId);
    // Every seat of the event: guid, row, number, position, category, state.
    Result<QJsonArray> seats(qint64 eventId);
    Result<QJsonArray> cardProducts();

private:
    SqliteDb &m_db;
};

} // namespace tessera
