// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

class QUrlQuery;

namespace tessera {

class Engine;
class SqliteDb;

// The server's alert calls (docs/api.md), for members of staff:
//   GET  /v1/alerts[?hours=N]   view_reports → {"alerts": [AlertRecord…], "rules": [AlertRule…]}
//        alerts that started in the last N hours (default 24, at most 24·90)
//        or are still open, oldest first
//   POST /v1/alerts/ack         view_reports {"alert": id, "name": "Mei"} → acknowledge_alert
//   POST /v1/alert-rules        manage_alerts, a rule as set_alert_rule takes it
//        (no "id": a new rule) → the rule stored
// A change runs on the server's engine as the caller (journalled, audited),
// under the request's "Idempotency-Key" header when it has one.
class AlertApi
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AlertApi)

public:
    static constexpr int kDefaultHours = 24;
    static constexpr int kMaxHours = 24 * 90;

    static Result<QJsonObject> list(SqliteDb &reader, const QUrlQuery &query, qint64 nowMs);
    static Result<QJsonObject> acknowledge(Engine &engine, const QString &actor,
                                           const QJsonObject &body, const QString &key);
    static Result<QJsonObject> setRule(Engine &engine, const QString &actor,
                                       const QJsonObject &body, const QString &key);
};

} // namespace tessera
