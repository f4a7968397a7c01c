// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tessera {

// GET /metrics in the Prometheus text exposition format (version 0.0.4):
// what the terminals sold (SalesTotals: orders, tickets sold, refunded and
// redeemed, money taken by method, refunded and net, per event and
// terminal), the terminals' sync state (JournalService::terminals: acked,
// backlog, seconds since last heard from) and the server's own requests
// (RequestMetrics), and which alert rules are firing (alertSeries).
class MetricsText
{
public:
    static QString render(const QJsonObject &totals, const QJsonArray &terminals,
                          const QString &requests, qint64 nowMs);
    // tessera_alert_firing{rule, kind}: 1 while the rule's alert is open on
    // the server (ServerAlertWatch), 0 otherwise; one sample per rule.
    static QString alertSeries(const QList<AlertRule> &rules, const QList<AlertRecord> &open);
    // A label value escaped as the format asks (\\, \", \n).
    static QString label(const QString &value);
};

} // namespace tessera
