// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "dashboard/dashboardfilter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

class Clock;
class JournalService;
class RequestMetrics;
class SqliteDb;

// What GET /v1/dashboard answers and /v1/live pushes: DashboardFigures of
// every terminal (ServerSaleFacts) for a filter, as DashboardFigures::toJson(),
// plus
//   "terminals": [{"terminal", "venue", "last_seen" (ISO, absent when never heard),
//                  "silent_s", "backlog", "sync_lag_s", "status"}, …]
//   "server":    {"window_s", "requests", "requests_per_s", "p50_ms", "p90_ms", "p99_ms"}
//   "alerts":    [AlertRecord::toJson(), …] the alerts firing on the server, oldest first
// A terminal's status (enrolled, not revoked ones only):
//   green  heard from within kGreenSilenceS and at most kGreenBacklog entries unsynced;
//   amber  heard from within kAmberSilenceS and at most kAmberBacklog unsynced;
//   red    otherwise (never heard from since the server started, too silent, too far behind).
// sync_lag_s: how long since its journal last reached the server (its last call).
class LiveDashboard
{
public:
    static constexpr qint64 kGreenSilenceS = 60;
    static constexpr qint64 kGreenBacklog = 100;
    static constexpr qint64 kAmberSilenceS = 300;
    static constexpr qint64 kAmberBacklog = 1000;

    LiveDashboard(SqliteDb &reader, JournalService &journal, const RequestMetrics *metrics,
                  const Clock &clock)
        : m_reader(reader)
        , m_journal(journal)
        , m_metrics(metrics)
        , m_clock(clock)
    {}

    Result<QJsonObject> compute(const DashboardFilter &asked);
    // The grid from JournalService::terminals() at `nowMs` (venueId > 0: its
    // terminals only).
    static QJsonArray terminalGrid(const QJsonArray &terminals, qint64 nowMs, qint64 venueId = 0);
    static QString statusOf(qint64 silentS, qint64 backlog);

private:
    SqliteDb &m_reader;
    JournalService &m_journal;
    const RequestMetrics *m_metrics;
    const Clock &m_clock;
};

} // namespace tessera
