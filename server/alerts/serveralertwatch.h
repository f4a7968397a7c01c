// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertcommands.h"
#include "alerts/alertinputs.h"
#include "alerts/alertrule.h"
#include "alerts/alertstore.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QTimer;

namespace tessera {

class Clock;
class Engine;
class JournalService;
class RequestMetrics;
class SqliteDb;

// The alert rules judged on the server, over every terminal: the same rules
// and the same decision as a console's (AlertEvaluator, alert_rules and
// alerts_log in the server's database), with the inputs only the server has —
// every terminal's sales (ServerSaleFacts), when each terminal was last heard
// of, the largest unsynced backlog and the server's own p99 latency. Every few
// seconds, on the server's thread; each alert that starts or ends is one line
// in the server's log and is kept with its start and end times
// (GET /v1/alerts, acknowledged with POST /v1/alerts/ack).
class ServerAlertWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 5000;

    struct Parts
    {
        Engine *engine = nullptr;
        SqliteDb *reader = nullptr;
        JournalService *journal = nullptr;
        const RequestMetrics *metrics = nullptr; // may be null: no p99 to judge
        const Clock *clock = nullptr;
    };
    using Log = std::function<void(const QString &line)>;

    explicit ServerAlertWatch(const Parts &parts, Log log = {}, QObject *parent = nullptr);

    // What the rules are judged on at `nowMs`: the figures over the longest
    // enabled rule's window, the terminals heard of (never-heard ones are not
    // judged silent), the largest backlog known and the last minute's p99.
    static Result<AlertInputs> inputs(const Parts &parts, const QList<AlertRule> &rules,
                                      qint64 nowMs);

    // Evaluates now, then every `intervalMs`.
    void start(int intervalMs = kDefaultIntervalMs);
    // One evaluation; the changes recorded (durable) and logged.
    Result<AlertChanges> evaluateNow();

signals:
    // Alerts started, changed value or ended (the live dashboards are told).
    void alertsChanged();

private:
    void logChanges(const AlertChanges &changes, const QList<AlertRule> &rules,
                    const QList<AlertRecord> &open) const;

    Parts m_parts;
    Log m_log;
    QTimer *m_timer = nullptr;
};

} // namespace tessera
