// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfigures.h"

#include <QList>
#include <QString>

#include <optional>

namespace tessera {

// When a terminal was last heard of (a heartbeat or a sync at the server).
struct TerminalSeen
{
    QString terminal;
    qint64 lastSeenMs = 0;
};

// What alert rules are judged on. The figures are a console's own
// (LocalSaleFacts) or the server's; the rest is known only where it exists:
// no terminals locally, no backlog without a server, no p99 but the server's.
// A rule whose input is missing decides nothing.
struct AlertInputs
{
    DashboardFigures figures;
    QList<TerminalSeen> terminals;
    std::optional<qint64> backlog;
    std::optional<double> serverP99Ms;
};

// One rule's condition at one moment.
struct AlertReading
{
    bool known = false;    // false: no data to judge (no payment attempt in the window…)
    bool breached = false; // the threshold is crossed
    double value = 0;      // in the rule's unit (AlertRule::formatValue)
    QString detail;        // the worst part: the terminal, the category, "7/12 approved"
};

} // namespace tessera
