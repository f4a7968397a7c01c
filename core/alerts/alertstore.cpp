// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertstore.h"

#include "storage/sqlitedb.h"

namespace tessera {

namespace {

constexpr const char *kRuleColumns =
    "r.id, r.kind, r.threshold, r.window_minutes, r.code, r.event_id, r.stock, r.enabled";

// The rule from the 8 columns of kRuleColumns starting at `first`.
AlertRule ruleFrom(SqliteStatement &s, int first)
{
    AlertRule rule;
    rule.id = s.columnInt(first);
    rule.kind = alertKindFromName(s.columnText(first + 1)).value_or(AlertKind::PaymentSuccessBelow);
    rule.threshold = s.columnDouble(first + 2);
    rule.windowMinutes = int(s.columnInt(first + 3));
    rule.code = s.columnText(first + 4);
    rule.eventId = s.columnInt(first + 5);
    rule.stock = s.columnText(first + 6);
    rule.enabled = s.columnInt(first + 7) != 0;
    return rule;
}

Result<QList<AlertRecord>> readLog(SqliteDb &db, const QString &where, qint64 fromMs)
{
    auto stmt = db.prepare(QStringLiteral("SELECT a.id, a.rule_id, a.kind, a.threshold, a.detail, "
                                          "a.started_at, a.ended_at, a.peak_value, a.last_value, "
                                          "a.acknowledged_by, a.acknowledged_at, ") +
                           QString::fromLatin1(kRuleColumns) +
                           QStringLiteral(" FROM alerts_log a JOIN alert_rules r ON r.id = "
                                          "a.rule_id WHERE ") +
                           where + QStringLiteral(" ORDER BY a.started_at, a.id"));
    if (!stmt)
        return stmt.error();
    if (where.contains(QLatin1Char('?')))
        stmt->bind(1, fromMs);
    QList<AlertRecord> out;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        AlertRecord a;
        a.id = s.columnInt(0);
        a.ruleId = s.columnInt(1);
        a.rule = ruleFrom(s, 11);
        // What fired is what the rule said then.
        a.rule.kind = alertKindFromName(s.columnText(2)).value_or(a.rule.kind);
        a.rule.threshold = s.columnDouble(3);
        a.detail = s.columnText(4);
        a.startedAtMs = s.columnInt(5);
        a.endedAtMs = s.columnIsNull(6) ? 0 : s.columnInt(6);
        a.peakValue = s.columnDouble(7);
        a.lastValue = s.columnDouble(8);
        a.acknowledgedBy = s.columnText(9);
        a.acknowledgedAtMs = s.columnIsNull(10) ? 0 : s.columnInt(10);
        out.push_back(a);
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace

QJsonObject AlertRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("rule"), ruleId},
                     {QStringLiteral("kind"), alertKindName(rule.kind)},
                     {QStringLiteral("threshold"), rule.threshold},
                     {QStringLiteral("window_minutes"), rule.windowMinutes},
                     {QStringLiteral("description"), rule.describe()},
                     {QStringLiteral("started_at"), startedAtMs},
                     {QStringLiteral("peak_value"), peakValue},
                     {QStringLiteral("last_value"), lastValue}};
    if (!rule.code.isEmpty())
        json.insert(QStringLiteral("code"), rule.code);
    if (rule.eventId)
        json.insert(QStringLiteral("event"), rule.eventId);
    if (!rule.stock.isEmpty())
        json.insert(QStringLiteral("stock"), rule.stock);
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    if (endedAtMs)
        json.insert(QStringLiteral("ended_at"), endedAtMs);
    if (isAcknowledged()) {
        json.insert(QStringLiteral("acknowledged_by"), acknowledgedBy);
        json.insert(QStringLiteral("acknowledged_at"), acknowledgedAtMs);
    }
    return json;
}

AlertRecord AlertRecord::fromJson(const QJsonObject &json)
{
    AlertRecord a;
    a.id = json.value(QStringLiteral("id")).toInteger();
    a.ruleId = json.value(QStringLiteral("rule")).toInteger();
    a.rule.id = a.ruleId;
    a.rule.kind = alertKindFromName(json.value(QStringLiteral("kind")).toString())
                      .value_or(AlertKind::PaymentSuccessBelow);
    a.rule.threshold = json.value(QStringLiteral("threshold")).toDouble();
    a.rule.windowMinutes = json.value(QStringLiteral("window_minutes")).toInt(a.rule.windowMinutes);
    a.rule.code = json.value(QStringLiteral("code")).toString();
    a.rule.eventId = json.value(QStringLiteral("event")).toInteger();
    a.rule.stock = json.value(QStringLiteral("stock")).toString();
    a.detail = json.value(QStringLiteral("detail")).toString();
    a.startedAtMs = json.value(QStringLiteral("started_at")).toInteger();
    a.endedAtMs = json.value(QStringLiteral("ended_at")).toInteger();
    a.peakValue = json.value(QStringLiteral("peak_value")).toDouble();
    a.lastValue = json.value(QStringLiteral("last_value")).toDouble();
    a.acknowledgedBy = json.value(QStringLiteral("acknowledged_by")).toString();
    a.acknowledgedAtMs = json.value(QStringLiteral("acknowledged_at")).toInteger();
    return a;
}

Result<QList<AlertRule>> AlertStore::rules(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kRuleColumns) +
                           QStringLiteral(" FROM alert_rules r ORDER BY r.id"));
    if (!stmt)
        return stmt.error();
    QList<AlertRule> out;
    auto r = stmt->forEachRow([&](SqliteStatement &s) { out.push_back(ruleFrom(s, 0)); });
    if (!r)
        return r.error();
    return out;
}

Result<QList<AlertRecord>> AlertStore::log(SqliteDb &db, qint64 fromMs)
{
    return readLog(db, QStringLiteral("(a.started_at >= ? OR a.ended_at IS NULL)"), fromMs);
}

Result<QList<AlertRecord>> AlertStore::open(SqliteDb &db)
{
    return readLog(db, QStringLiteral("a.ended_at IS NULL"), 0);
}

} // namespace tessera
