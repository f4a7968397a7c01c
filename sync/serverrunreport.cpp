// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverrunreport.h"

#include "report/runreport.h"
#include "serverclient.h"
#include "serverlink.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace tessera {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kMaxAlertHours = 2160;

} // namespace

Result<void> ServerRunReport::fill(RunReport &report, const ServerLink &link, const QString &user,
                                   const QString &pin, qint64 nowMs)
{
    ServerClient client(link.address, link.ca);
    client.useStaffCredentials(user, pin);
    QUrlQuery query;
    if (report.scope.eventId > 0) {
        // From the event's first sale at any terminal.
        query.addQueryItem(QStringLiteral("event"), QString::number(report.scope.eventId));
    } else {
        const auto [from, to] =
            RunReportReader::bounds(report.scope.from, report.scope.to, report.zone);
        query.addQueryItem(QStringLiteral("from"), QString::number(from));
        query.addQueryItem(QStringLiteral("to"), QString::number(to));
    }
    auto figures = client.get(QStringLiteral("/v1/dashboard?") + query.toString());
    if (!figures)
        return figures.error();
    report.figures = DashboardFigures::fromJson(*figures);
    report.facts = SaleFacts{};
    report.customers.clear();
    report.server = link.address.host();

    // The server's alerts of the range (it keeps them for 90 days).
    const qint64 from = report.figures.filter.fromMs;
    const qint64 hours =
        std::clamp<qint64>((nowMs - from + kHourMs - 1) / kHourMs, 1, kMaxAlertHours);
    auto alerts = client.get(QStringLiteral("/v1/alerts?hours=%1").arg(hours));
    if (!alerts)
        return alerts.error();
    report.alerts.clear();
    for (const QJsonValue &v : alerts->value(QStringLiteral("alerts")).toArray()) {
        const AlertRecord alert = AlertRecord::fromJson(v.toObject());
        if (alert.startedAtMs < report.figures.filter.toMs &&
            (alert.endedAtMs == 0 || alert.endedAtMs >= from))
            report.alerts.push_back(alert);
    }
    return {};
}

} // namespace tessera
