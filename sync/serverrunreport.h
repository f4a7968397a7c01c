// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace tessera {

struct RunReport;
struct ServerLink;

// A run report of every terminal: the figures and the alerts of the report's
// scope as the central server has them (GET /v1/dashboard, GET /v1/alerts),
// asked as a member of staff whose role may view reports. The report keeps
// what only this console knows (the event's name, the zone, its own sync
// incidents); its rows for CSV are this terminal's, so they are dropped.
class ServerRunReport
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ServerRunReport)

public:
    static Result<void> fill(RunReport &report, const ServerLink &link, const QString &user,
                             const QString &pin, qint64 nowMs);
};

} // namespace tessera
