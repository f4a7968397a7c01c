// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "alerts/alertrule.h"
#include "engine/command.h"

#include <QList>

namespace tessera {

// Adds a rule (id 0) or replaces one: an ops manager's decision, audited.
class SetAlertRuleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SetAlertRuleCommand)

public:
    explicit SetAlertRuleCommand(AlertRule rule)
        : m_rule(std::move(rule))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("set_alert_rule"); }
    QJsonObject toJson() const override { return m_rule.toJson(); }
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageAlerts;
    }
    QString auditAction() const override { return QStringLiteral("alert_rule_change"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    AlertRule m_rule;
};

// What one evaluation changed in the alert log (AlertEvaluator).
struct AlertChanges
{
    struct Start
    {
        qint64 ruleId = 0;
        double value = 0;
        QString detail;
    };
    struct Update
    {
        qint64 alertId = 0;
        double value = 0;
        QString detail;
    };
    QList<Start> starts;
    QList<Update> updates; // an open alert's latest value (its peak follows)
    QList<Update> ends;

    bool isEmpty() const { return starts.isEmpty() && updates.isEmpty() && ends.isEmpty(); }
    QJsonObject toJson() const;
    static Result<AlertChanges> fromJson(const QJsonObject &json);
};

// Writes AlertChanges into alerts_log at the writer's time. Anyone's
// evaluation may record what it saw; a start for a rule that already has an
// open alert, or an update or end of an alert no longer open, is skipped (two
// evaluations raced), so the log keeps one open alert per rule.
class RecordAlertsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RecordAlertsCommand)

public:
    explicit RecordAlertsCommand(AlertChanges changes)
        : m_changes(std::move(changes))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("record_alerts"); }
    QJsonObject toJson() const override { return m_changes.toJson(); }
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    AlertChanges m_changes;
};

// Acknowledges an alert under the name somebody typed; audited. An alert is
// acknowledged once: the first name stays.
class AcknowledgeAlertCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AcknowledgeAlertCommand)

public:
    AcknowledgeAlertCommand(qint64 alertId, QString name)
        : m_alertId(alertId)
        , m_name(std::move(name))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("acknowledge_alert"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ViewReports;
    }
    QString auditAction() const override { return QStringLiteral("alert_acknowledge"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_alertId;
    QString m_name;
};

} // namespace tessera
