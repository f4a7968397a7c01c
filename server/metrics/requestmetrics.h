// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <array>
#include <deque>
#include <mutex>

namespace tessera {

// The server's own request figures for GET /metrics: per route, how many
// answers of each HTTP status, and how long they took as a Prometheus
// histogram (cumulative buckets in seconds, their sum and count).
class RequestMetrics
{
public:
    static constexpr std::array<double, 11> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                     0.5,   1.0,  2.5,   5.0,  10.0};

    // What the dashboard shows of the server itself: answers over the last
    // `windowMs`, per second, and their latency percentiles in milliseconds.
    struct Recent
    {
        qint64 windowMs = 0;
        qint64 requests = 0;
        double perSecond = 0;
        double p50Ms = 0;
        double p90Ms = 0;
        double p99Ms = 0;
    };
    static constexpr size_t kRecentKept = 20000;

    RequestMetrics();
    void observe(const QString &route, int status, double seconds);
    // Over the last windowMs (at most the last kRecentKept answers).
    Recent recent(qint64 windowMs = 60000) const;
    // The request series in the text exposition format (HELP, TYPE, samples).
    QString exposition() const;

private:
    struct Route
    {
        QHash<int, qint64> byStatus;
        std::array<qint64, kBuckets.size()> buckets{};
        qint64 count = 0;
        double sum = 0;
    };
    mutable std::mutex m_mutex;
    QElapsedTimer m_uptime;
    std::deque<std::pair<qint64, double>> m_recent; // (ms since start, ms taken)
    QHash<QString, Route> m_routes;
};

} // namespace tessera
