// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>

namespace tessera {

class SqliteDb;

// One alert that fired: from alerts_log. An open alert has endedAtMs 0.
struct AlertRecord
{
    qint64 id = 0;
    qint64 ruleId = 0;
    AlertRule rule; // the rule as it was when the alert started (kind, threshold) and now
    QString detail; // what was worst when it started or peaked ("timeout", "Stalls")
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    double peakValue = 0;
    double lastValue = 0;
    QString acknowledgedBy;
    qint64 acknowledgedAtMs = 0;

    bool isOpen() const { return endedAtMs == 0; }
    bool isAcknowledged() const { return acknowledgedAtMs != 0; }
    QJsonObject toJson() const;
    // An alert as toJson() gave it (a server's GET /v1/alerts, its live push).
    static AlertRecord fromJson(const QJsonObject &json);
};

// Reads the alert rules and the alert log (schema 12) on any connection.
class AlertStore
{
public:
    static Result<QList<AlertRule>> rules(SqliteDb &db);
    // Alerts that started at or after `fromMs` or are still open, oldest first.
    static Result<QList<AlertRecord>> log(SqliteDb &db, qint64 fromMs = 0);
    static Result<QList<AlertRecord>> open(SqliteDb &db);
};

} // namespace tessera
