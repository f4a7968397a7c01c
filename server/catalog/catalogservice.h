// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera {

class Engine;
class SqliteDb;

// Catalog down and allocations, for the CLI verbs (through the admin socket
// when the server runs) and the HTTP route alike. Changes are engine
// commands, durable before they answer; the catalog a terminal pulls is read
// on the caller's reader connection.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(tessera::CatalogService)

public:
    CatalogService(Engine &engine, SqliteDb *reader)
        : m_engine(engine)
        , m_reader(reader)
    {}

    // Creates the catalog log, its triggers and the allocation tables.
    Result<void> prepare();
    // {"terminal", "event", "seats": [guid…] | "count": N} or
    // {"terminal", "event", "ga": quota name, "places": N} or
    // {"terminal", "card": product name, "codes": N}
    Result<QJsonObject> allocate(const QJsonObject &request);
    // {"terminal", "event", "seats": [guid…]} (none: all of the event's)
    Result<QJsonObject> takeBack(const QJsonObject &request);
    // POST /v1/catalog from terminal `terminalId`:
    //   {"since": V, "ack": {"version", "released": [[event, seat]…], "sold": […]}}
    // takes the acknowledgement of seats taken back (if any), then answers
    // what changed since V (CatalogExport).
    Result<QJsonObject> pull(qint64 terminalId, const QJsonObject &body);
    // POST /v1/allocation/request from a terminal running low:
    //   {"event": E, "seats": N} or {"event": E, "ga": quota id, "places": N}
    //   or {"card": product id, "codes": N}
    // grants what the server still has, at most kMaxTopUp at a time, to a
    // terminal that holds an allocation of it (none after a take-back); the
    // terminal's next pull brings it. {"granted": n} (0 when none is left).
    static constexpr qint64 kMaxTopUp = 100;
    Result<QJsonObject> topUp(const QString &terminal, const QJsonObject &body);

private:
    Result<QJsonObject> topUpCards(const QString &terminal, const QJsonObject &body);

    Engine &m_engine;
    SqliteDb *m_reader;
};

} // namespace tessera
