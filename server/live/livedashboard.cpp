// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livedashboard.h"

#include "alerts/alertstore.h"
#include "common/clock.h"
#include "dashboard/dashboardfigures.h"
#include "live/serversalefacts.h"
#include "metrics/requestmetrics.h"
#include "sync/journalservice.h"

#include <QDateTime>

namespace tessera {

QString LiveDashboard::statusOf(qint64 silentS, qint64 backlog)
{
    if (silentS < 0)
        return QStringLiteral("red");
    if (silentS <= kGreenSilenceS && backlog <= kGreenBacklog)
        return QStringLiteral("green");
    if (silentS <= kAmberSilenceS && backlog <= kAmberBacklog)
        return QStringLiteral("amber");
    return QStringLiteral("red");
}

QJsonArray LiveDashboard::terminalGrid(const QJsonArray &terminals, qint64 nowMs, qint64 venueId)
{
    QJsonArray grid;
    for (const QJsonValue &v : terminals) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("state")).toString() != QLatin1String("enrolled"))
            continue;
        if (venueId > 0 && t.value(QStringLiteral("venue")).toInteger() != venueId)
            continue;
        QJsonObject row{{QStringLiteral("terminal"), t.value(QStringLiteral("terminal"))},
                        {QStringLiteral("venue"), t.value(QStringLiteral("venue"))}};
        qint64 silent = -1;
        const qint64 backlog = t.value(QStringLiteral("backlog")).toInteger();
        if (t.contains(QStringLiteral("last_seen"))) {
            const QDateTime seen =
                QDateTime::fromString(t.value(QStringLiteral("last_seen")).toString(), Qt::ISODate);
            silent = qMax<qint64>(0, (nowMs - seen.toMSecsSinceEpoch()) / 1000);
            row.insert(QStringLiteral("last_seen"), t.value(QStringLiteral("last_seen")));
            row.insert(QStringLiteral("silent_s"), silent);
            row.insert(QStringLiteral("sync_lag_s"), silent);
        }
        row.insert(QStringLiteral("backlog"), backlog);
        row.insert(QStringLiteral("status"), statusOf(silent, backlog));
        grid.push_back(row);
    }
    return grid;
}

Result<QJsonObject> LiveDashboard::compute(const DashboardFilter &asked)
{
    const qint64 now = m_clock.nowMs();
    const DashboardFilter filter = asked.at(now);
    auto facts = ServerSaleFacts::read(m_reader, filter.fromMs, filter.toMs, now);
    if (!facts)
        return facts.error();
    QJsonObject out = DashboardFigures::compute(*facts, filter, now).toJson();
    auto terminals = m_journal.terminals();
    if (!terminals)
        return terminals.error();
    out.insert(QStringLiteral("terminals"), terminalGrid(*terminals, now, filter.venueId));
    const RequestMetrics::Recent recent =
        m_metrics ? m_metrics->recent() : RequestMetrics::Recent{};
    out.insert(QStringLiteral("server"),
               QJsonObject{{QStringLiteral("window_s"), recent.windowMs / 1000},
                           {QStringLiteral("requests"), recent.requests},
                           {QStringLiteral("requests_per_s"), recent.perSecond},
                           {QStringLiteral("p50_ms"), recent.p50Ms},
                           {QStringLiteral("p90_ms"), recent.p90Ms},
                           {QStringLiteral("p99_ms"), recent.p99Ms}});
    // The alerts firing on the server (ServerAlertWatch), for the banner.
    auto open = AlertStore::open(m_reader);
    if (!open)
        return open.error();
    QJsonArray alerts;
    for (const AlertRecord &a : *open)
        alerts.push_back(a.toJson());
    out.insert(QStringLiteral("alerts"), alerts);
    return out;
}

} // namespace tessera
