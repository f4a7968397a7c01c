// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace tessera {

class SqliteDb;

// A stretch of time a terminal could not hand its journal to its server
// (schema 13, written by record_sync_state): sales went on locally and
// waited. Open while endedAtMs is 0.
struct SyncIncident
{
    qint64 id = 0;
    QString state;   // offline (server unreachable), failing (refused), revoked
    QString message; // the first error, as the sync saw it
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    qint64 peakBacklog = 0; // the most journal entries that waited at once

    bool isOpen() const { return endedAtMs == 0; }
};

class SyncIncidents
{
public:
    // The incidents that overlap [fromMs, toMs) (toMs 0: up to now), oldest
    // first; on a reader connection.
    static Result<QList<SyncIncident>> read(SqliteDb &db, qint64 fromMs, qint64 toMs);
};

} // namespace tessera
