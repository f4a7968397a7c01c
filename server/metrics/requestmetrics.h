// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <array>
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

    void observe(const QString &route, int status, double seconds);
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
    QHash<QString, Route> m_routes;
};

} // namespace tessera
