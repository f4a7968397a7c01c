// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica/syncincidents.h"

#include "storage/sqlitedb.h"

#include <limits>

namespace tessera {

Result<QList<SyncIncident>> SyncIncidents::read(SqliteDb &db, qint64 fromMs, qint64 toMs)
{
    QList<SyncIncident> out;
    const qint64 to = toMs > 0 ? toMs : std::numeric_limits<qint64>::max();
    auto r = selectRows(db,
                        "SELECT id, state, message, started_at, COALESCE(ended_at, 0), "
                        "peak_backlog FROM sync_incidents WHERE started_at < ?2 AND "
                        "(ended_at IS NULL OR ended_at >= ?1) ORDER BY started_at, id",
                        {fromMs, to}, [&](SqliteStatement &s) {
                            out.push_back({s.columnInt(0), s.columnText(1), s.columnText(2),
                                           s.columnInt(3), s.columnInt(4), s.columnInt(5)});
                        });
    if (!r)
        return r.error();
    return out;
}

} // namespace tessera
