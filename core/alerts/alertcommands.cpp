// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertcommands.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "storage/sqlitedb.h"

#include <QJsonArray>

#include <cmath>

namespace tessera {

namespace {

// Whether alert `id` exists, and is open; ok=false when it does not exist.
Result<bool> alertIsOpen(WriteContext &ctx, qint64 id, bool &exists)
{
    auto stmt = ctx.statement("SELECT ended_at IS NULL FROM alerts_log WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    exists = *row;
    const bool open = exists && (*stmt)->columnInt(0) != 0;
    (*stmt)->reset();
    return open;
}

Result<QList<AlertChanges::Update>> updatesFrom(const JsonFields &f, const QString &name)
{
    auto array = f.optionalArray(name);
    if (!array)
        return array.error();
    QList<AlertChanges::Update> out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const JsonFields item(array->at(i).toObject(), jsonIndexPath({}, name, i));
        if (auto r = item.only({"alert", "value", "detail"}); !r)
            return r.error();
        auto id = item.positive(QStringLiteral("alert"));
        if (!id)
            return id.error();
        auto detail = item.optionalString(QStringLiteral("detail"));
        if (!detail)
            return detail.error();
        const QJsonValue value = item.object().value(QStringLiteral("value"));
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return fail(ErrorCode::InvalidInput, RecordAlertsCommand::tr("The value is a number."),
                        item.path(QStringLiteral("value")));
        out.push_back({*id, value.toDouble(), *detail});
    }
    return out;
}

QJsonArray updatesJson(const QList<AlertChanges::Update> &updates)
{
    QJsonArray out;
    for (const AlertChanges::Update &u : updates) {
        QJsonObject o{{QStringLiteral("alert"), u.alertId}, {QStringLiteral("value"), u.value}};
        if (!u.detail.isEmpty())
            o.insert(QStringLiteral("detail"), u.detail);
        out.push_back(o);
    }
    return out;
}

} // namespace

Result<std::unique_ptr<Command>> SetAlertRuleCommand::fromJson(const QJsonObject &json)
{
    auto rule = AlertRule::fromJson(json);
    if (!rule)
        return rule.error();
    return std::unique_ptr<Command>(new SetAlertRuleCommand(*rule));
}

Result<CommandResult> SetAlertRuleCommand::apply(WriteContext &ctx)
{
    const AlertRule &r = m_rule;
    const QString kind = alertKindName(r.kind);
    const auto bind = [&](SqliteStatement &s) {
        s.bind(1, kind).bind(2, r.threshold).bind(3, r.windowMinutes).bindOptional(4, r.code);
        s.bind(5, r.eventId).bindOptional(6, r.stock).bind(7, r.enabled ? 1 : 0);
        s.bind(8, ctx.now()).bindOptional(9, ctx.actor());
    };
    qint64 id = r.id;
    if (id == 0) {
        auto inserted = ctx.insert("INSERT INTO alert_rules(kind, threshold, window_minutes, code, "
                                   "event_id, stock, enabled, updated_at, updated_by) "
                                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   bind);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else {
        auto updated =
            ctx.run("UPDATE alert_rules SET kind = ?, threshold = ?, window_minutes = ?, "
                    "code = ?, event_id = ?, stock = ?, enabled = ?, updated_at = ?, "
                    "updated_by = ? WHERE id = ?",
                    [&](SqliteStatement &s) {
                        bind(s);
                        s.bind(10, id);
                    });
        if (!updated)
            return updated.error();
        if (ctx.db().changes() == 0)
            return fail(ErrorCode::NotFound, tr("There is no alert rule %1.").arg(id),
                        QStringLiteral("id"));
    }
    AlertRule stored = r;
    stored.id = id;
    return stored.toJson();
}

QJsonObject AlertChanges::toJson() const
{
    QJsonArray started;
    for (const Start &s : starts) {
        QJsonObject o{{QStringLiteral("rule"), s.ruleId}, {QStringLiteral("value"), s.value}};
        if (!s.detail.isEmpty())
            o.insert(QStringLiteral("detail"), s.detail);
        started.push_back(o);
    }
    QJsonObject json;
    if (!started.isEmpty())
        json.insert(QStringLiteral("start"), started);
    if (!updates.isEmpty())
        json.insert(QStringLiteral("update"), updatesJson(updates));
    if (!ends.isEmpty())
        json.insert(QStringLiteral("end"), updatesJson(ends));
    return json;
}

Result<AlertChanges> AlertChanges::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"start", "update", "end"}); !r)
        return r.error();
    AlertChanges changes;
    auto started = f.optionalArray(QStringLiteral("start"));
    if (!started)
        return started.error();
    for (qsizetype i = 0; i < started->size(); ++i) {
        const JsonFields item(started->at(i).toObject(),
                              jsonIndexPath({}, QStringLiteral("start"), i));
        if (auto r = item.only({"rule", "value", "detail"}); !r)
            return r.error();
        auto rule = item.positive(QStringLiteral("rule"));
        if (!rule)
            return rule.error();
        auto detail = item.optionalString(QStringLiteral("detail"));
        if (!detail)
            return detail.error();
        const QJsonValue value = item.object().value(QStringLiteral("value"));
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return fail(ErrorCode::InvalidInput, RecordAlertsCommand::tr("The value is a number."),
                        item.path(QStringLiteral("value")));
        changes.starts.push_back({*rule, value.toDouble(), *detail});
    }
    auto updates = updatesFrom(f, QStringLiteral("update"));
    if (!updates)
        return updates.error();
    changes.updates = *updates;
    auto ends = updatesFrom(f, QStringLiteral("end"));
    if (!ends)
        return ends.error();
    changes.ends = *ends;
    return changes;
}

Result<std::unique_ptr<Command>> RecordAlertsCommand::fromJson(const QJsonObject &json)
{
    auto changes = AlertChanges::fromJson(json);
    if (!changes)
        return changes.error();
    return std::unique_ptr<Command>(new RecordAlertsCommand(*changes));
}

Result<CommandResult> RecordAlertsCommand::apply(WriteContext &ctx)
{
    const qint64 now = ctx.now();
    QJsonArray started;
    for (const AlertChanges::Start &s : m_changes.starts) {
        auto stmt = ctx.statement("SELECT r.kind, r.threshold, (SELECT COUNT(*) FROM alerts_log a "
                                  "WHERE a.rule_id = r.id AND a.ended_at IS NULL) "
                                  "FROM alert_rules r WHERE r.id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, s.ruleId);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return fail(ErrorCode::UnknownReference, tr("There is no alert rule %1.").arg(s.ruleId),
                        QStringLiteral("start"));
        const QString kind = (*stmt)->columnText(0);
        const double threshold = (*stmt)->columnDouble(1);
        const bool alreadyOpen = (*stmt)->columnInt(2) > 0;
        (*stmt)->reset();
        if (alreadyOpen)
            continue;
        auto id = ctx.insert("INSERT INTO alerts_log(rule_id, kind, threshold, detail, started_at, "
                             "peak_value, last_value) VALUES(?, ?, ?, ?, ?, ?, ?)",
                             [&](SqliteStatement &q) {
                                 q.bind(1, s.ruleId).bind(2, kind).bind(3, threshold);
                                 q.bindOptional(4, s.detail).bind(5, now);
                                 q.bind(6, s.value).bind(7, s.value);
                             });
        if (!id)
            return id.error();
        started.push_back(
            QJsonObject{{QStringLiteral("alert"), *id}, {QStringLiteral("rule"), s.ruleId}});
    }
    // The peak is the lowest value of a "below" alert, the highest otherwise.
    const char *const kUpdate =
        "UPDATE alerts_log SET last_value = ?1, "
        "detail = CASE WHEN (kind IN ('payment_success_below', 'stock_below') AND ?1 < peak_value) "
        "OR (kind NOT IN ('payment_success_below', 'stock_below') AND ?1 > peak_value) "
        "THEN COALESCE(?2, detail) ELSE detail END, "
        "peak_value = CASE WHEN kind IN ('payment_success_below', 'stock_below') "
        "THEN MIN(peak_value, ?1) ELSE MAX(peak_value, ?1) END "
        "WHERE id = ?3 AND ended_at IS NULL";
    for (const AlertChanges::Update &u : m_changes.updates) {
        auto r = ctx.run(kUpdate, [&](SqliteStatement &q) {
            q.bind(1, u.value).bindOptional(2, u.detail).bind(3, u.alertId);
        });
        if (!r)
            return r.error();
    }
    QJsonArray ended;
    for (const AlertChanges::Update &u : m_changes.ends) {
        bool exists = false;
        auto open = alertIsOpen(ctx, u.alertId, exists);
        if (!open)
            return open.error();
        if (!exists)
            return fail(ErrorCode::UnknownReference, tr("There is no alert %1.").arg(u.alertId),
                        QStringLiteral("end"));
        if (!*open)
            continue;
        auto r = ctx.run(
            "UPDATE alerts_log SET ended_at = ?, last_value = ? WHERE id = ?",
            [&](SqliteStatement &q) { q.bind(1, now).bind(2, u.value).bind(3, u.alertId); });
        if (!r)
            return r.error();
        ended.push_back(u.alertId);
    }
    return QJsonObject{{QStringLiteral("started"), started},
                       {QStringLiteral("ended"), ended},
                       {QStringLiteral("at"), now}};
}

Result<std::unique_ptr<Command>> AcknowledgeAlertCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"alert", "name"}); !r)
        return r.error();
    auto id = f.positive(QStringLiteral("alert"));
    if (!id)
        return id.error();
    auto name = f.string(QStringLiteral("name"));
    if (!name)
        return name.error();
    if (name->trimmed().isEmpty())
        return fail(ErrorCode::MissingField, tr("Type the name of who acknowledges the alert."),
                    QStringLiteral("name"));
    return std::unique_ptr<Command>(new AcknowledgeAlertCommand(*id, name->trimmed()));
}

QJsonObject AcknowledgeAlertCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("alert"), m_alertId}, {QStringLiteral("name"), m_name}};
}

Result<CommandResult> AcknowledgeAlertCommand::apply(WriteContext &ctx)
{
    if (m_name.trimmed().isEmpty())
        return fail(ErrorCode::MissingField, tr("Type the name of who acknowledges the alert."),
                    QStringLiteral("name"));
    bool exists = false;
    auto open = alertIsOpen(ctx, m_alertId, exists);
    if (!open)
        return open.error();
    if (!exists)
        return fail(ErrorCode::NotFound, tr("There is no alert %1.").arg(m_alertId),
                    QStringLiteral("alert"));
    const qint64 now = ctx.now();
    auto r =
        ctx.run("UPDATE alerts_log SET acknowledged_by = ?, acknowledged_at = ? "
                "WHERE id = ? AND acknowledged_at IS NULL",
                [&](SqliteStatement &q) { q.bind(1, m_name).bind(2, now).bind(3, m_alertId); });
    if (!r)
        return r.error();
    const bool fresh = ctx.db().changes() > 0;
    return QJsonObject{{QStringLiteral("alert"), m_alertId},
                       {QStringLiteral("acknowledged_by"), m_name},
                       {QStringLiteral("acknowledged"), fresh}};
}

} // namespace tessera
