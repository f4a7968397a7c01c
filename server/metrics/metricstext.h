// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tessera {

// GET /metrics in the Prometheus text exposition format (version 0.0.4):
// what the terminals sold (SalesTotals: orders, tickets sold, refunded and
// redeemed, money taken by method, refunded and net, per event and
// terminal), the terminals' sync state (JournalService::terminals: acked,
// backlog, seconds since last heard from) and the server's own requests
// (RequestMetrics).
class MetricsText
{
public:
    static QString render(const QJsonObject &totals, const QJsonArray &terminals,
                          const QString &requests, qint64 nowMs);
    // A label value escaped as the format asks (\\, \", \n).
    static QString label(const QString &value);
};

} // namespace tessera
