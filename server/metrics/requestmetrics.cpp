// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/requestmetrics.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace tessera {

RequestMetrics::RequestMetrics()
{
    m_uptime.start();
}

void RequestMetrics::observe(const QString &route, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    m_recent.emplace_back(m_uptime.elapsed(), seconds * 1000.0);
    if (m_recent.size() > kRecentKept)
        m_recent.pop_front();
    Route &r = m_routes[route];
    r.byStatus[status] += 1;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            r.buckets[i] += 1;
    }
    r.count += 1;
    r.sum += seconds;
}

RequestMetrics::Recent RequestMetrics::recent(qint64 windowMs) const
{
    std::vector<double> taken;
    Recent r;
    {
        std::lock_guard lock(m_mutex);
        const qint64 since = m_uptime.elapsed() - windowMs;
        for (auto it = m_recent.crbegin(); it != m_recent.crend() && it->first >= since; ++it)
            taken.push_back(it->second);
        r.windowMs = std::min(windowMs, m_uptime.elapsed());
    }
    r.requests = qint64(taken.size());
    r.perSecond = r.windowMs > 0 ? double(r.requests) * 1000.0 / double(r.windowMs) : 0;
    if (taken.empty())
        return r;
    std::sort(taken.begin(), taken.end());
    const auto at = [&](double q) {
        return taken[std::min(taken.size() - 1, size_t(q * double(taken.size())))];
    };
    r.p50Ms = at(0.5);
    r.p90Ms = at(0.9);
    r.p99Ms = at(0.99);
    return r;
}

QString RequestMetrics::exposition() const
{
    std::lock_guard lock(m_mutex);
    QStringList routes = m_routes.keys();
    std::sort(routes.begin(), routes.end());
    QString out;
    out += QStringLiteral("# HELP tessera_http_requests_total HTTP requests answered, by route "
                          "and status.\n# TYPE tessera_http_requests_total counter\n");
    for (const QString &name : routes) {
        const Route &r = m_routes[name];
        QList<int> statuses = r.byStatus.keys();
        std::sort(statuses.begin(), statuses.end());
        for (int status : statuses)
            out += QStringLiteral("tessera_http_requests_total{route=\"%1\",status=\"%2\"} %3\n")
                       .arg(name)
                       .arg(status)
                       .arg(r.byStatus[status]);
    }
    out += QStringLiteral("# HELP tessera_http_request_duration_seconds Time from a request's "
                          "arrival to its answer, by route.\n# TYPE "
                          "tessera_http_request_duration_seconds histogram\n");
    for (const QString &name : routes) {
        const Route &r = m_routes[name];
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += QStringLiteral(
                       "tessera_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(name)
                       .arg(kBuckets[i])
                       .arg(r.buckets[i]);
        out += QStringLiteral(
                   "tessera_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n")
                   .arg(name)
                   .arg(r.count);
        out += QStringLiteral("tessera_http_request_duration_seconds_sum{route=\"%1\"} %2\n")
                   .arg(name)
                   .arg(r.sum, 0, 'g', 12);
        out += QStringLiteral("tessera_http_request_duration_seconds_count{route=\"%1\"} %2\n")
                   .arg(name)
                   .arg(r.count);
    }
    return out;
}

} // namespace tessera
