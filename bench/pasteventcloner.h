// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "historycatalog.h"
#include "storage/sqlitedb.h"

#include <QByteArray>

namespace tessera::bench {

// Adds a past performance as a copy of the first one on another date: the
// event with its ticket types, seat prices, standing quota and a row per seat,
// as CreateEventCommand writes them, a thousand times faster than through the
// engine. Gives back the create_event request and answer for the journal.
class PastEventCloner
{
public:
    struct Added
    {
        HistoryCatalog::Event event;
        QByteArray request;
        QByteArray answer;
    };

    static Result<PastEventCloner> prepare(SqliteDb &db, const HistoryCatalog &catalog);
    Result<Added> add(qint64 number, qint64 startsAt, qint64 createdAt);

private:
    PastEventCloner(SqliteDb &db, const HistoryCatalog &catalog)
        : m_db(db)
        , m_catalog(catalog)
    {}

    SqliteDb &m_db;
    const HistoryCatalog &m_catalog;
    SqliteStatement m_event, m_types, m_seatPrices, m_quota, m_gaPrices, m_seats, m_ids;
};

} // namespace tessera::bench
