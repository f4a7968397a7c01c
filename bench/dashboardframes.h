// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace tessera::bench {

struct DashboardFramesOptions
{
    int venues = 100;      // terminals streaming, one per venue
    int seconds = 20;      // how long they stream
    int frameMs = 250;     // how often new figures arrive (the server's push)
    int ordersPerTick = 2; // orders per venue per frame
};

// The console's F6 Dashboard while `venues` venues stream their sales: each
// frame, the server's figures (computed from every venue's facts, outside the
// timing, as the server does) arrive as JSON; the frame is parsing them,
// putting them on the page (charts, bars, tables) and painting the whole page
// at 1600×1000 into one buffer kept for the run (as a window's backing store).
// Before the stream the page is painted once as F6 opens it, empty
// (dashboard_open_paint_ms). A 2 ms timer runs throughout the stream; a stall
// is how late it fires.
// Keys: dashboard_frame_ms_p50/p99/max, dashboard_first_frame_ms (the first
// figures on the page), dashboard_frame_ms_p99_after_first, dashboard_open_paint_ms,
// dashboard_stall_max_ms,
// dashboard_stall_over_50ms, dashboard_frames, dashboard_venues,
// dashboard_server_compute_ms_p50, dashboard_json_kb.
// Needs a QApplication.
QJsonObject dashboardFrameFigures(const DashboardFramesOptions &options, const QString &workDir);

// tessera-bench dashboard [--json] [--quick] [--venues N] [--seconds N].
int runDashboardBenchMain(int argc, char *argv[]);

} // namespace tessera::bench
