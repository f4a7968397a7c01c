// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertevaluator.h"

#include "alerts/alertconditions.h"
#include "common/clock.h"
#include "dashboard/localsalefacts.h"
#include "engine/engine.h"

#include <QUuid>

namespace tessera {

AlertEvaluator::AlertEvaluator(Engine &engine, const Clock &clock)
    : m_engine(engine)
    , m_clock(clock)
{}

AlertChanges AlertEvaluator::decide(const QList<AlertRule> &rules, const QList<AlertRecord> &open,
                                    const AlertInputs &inputs, qint64 nowMs)
{
    AlertChanges changes;
    for (const AlertRule &rule : rules) {
        const AlertRecord *current = nullptr;
        for (const AlertRecord &a : open) {
            if (a.ruleId == rule.id && a.isOpen())
                current = &a;
        }
        if (!rule.enabled) {
            if (current)
                changes.ends.push_back({current->id, current->lastValue, {}});
            continue;
        }
        const AlertReading reading = AlertConditions::measure(rule, inputs, nowMs);
        if (!reading.known)
            continue;
        if (reading.breached) {
            if (!current)
                changes.starts.push_back({rule.id, reading.value, reading.detail});
            else if (reading.value != current->lastValue)
                changes.updates.push_back({current->id, reading.value, reading.detail});
        } else if (current) {
            changes.ends.push_back({current->id, reading.value, {}});
        }
    }
    return changes;
}

Result<DashboardFigures> AlertEvaluator::localFigures(SqliteDb &reader, const QString &terminalId,
                                                      const QList<AlertRule> &rules, qint64 nowMs)
{
    const qint64 from = nowMs - AlertConditions::figuresSpanMs(rules);
    auto facts = LocalSaleFacts::read(reader, terminalId, from, 0, nowMs);
    if (!facts)
        return facts.error();
    DashboardFilter filter;
    filter.fromMs = from;
    return DashboardFigures::compute(*facts, filter, nowMs);
}

Result<AlertChanges> AlertEvaluator::evaluate(SqliteDb &reader, const AlertInputs &inputs)
{
    auto rules = AlertStore::rules(reader);
    if (!rules)
        return rules.error();
    auto open = AlertStore::open(reader);
    if (!open)
        return open.error();
    return evaluate(*rules, *open, inputs);
}

Result<AlertChanges> AlertEvaluator::evaluate(const QList<AlertRule> &rules,
                                              const QList<AlertRecord> &open,
                                              const AlertInputs &inputs)
{
    AlertChanges changes = decide(rules, open, inputs, m_clock.nowMs());
    if (changes.isEmpty())
        return changes;
    // A key of its own per evaluation: the changes are a new observation.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CommandOutcome outcome = m_engine.execute(std::make_unique<RecordAlertsCommand>(changes), key);
    if (!outcome.result)
        return outcome.result.error();
    return changes;
}

Result<AlertChanges> AlertEvaluator::evaluateLocal(SqliteDb &reader, AlertInputs inputs)
{
    auto rules = AlertStore::rules(reader);
    if (!rules)
        return rules.error();
    auto figures = localFigures(reader, m_engine.terminalId(), *rules, m_clock.nowMs());
    if (!figures)
        return figures.error();
    inputs.figures = *figures;
    return evaluate(reader, inputs);
}

Result<void> AlertEvaluator::acknowledge(qint64 alertId, const QString &name, const QString &actor)
{
    auto command = AcknowledgeAlertCommand::fromJson(
        QJsonObject{{QStringLiteral("alert"), alertId}, {QStringLiteral("name"), name}});
    if (!command)
        return command.error();
    CommandOutcome outcome = m_engine.execute(CommandRequest(
        std::move(*command), QUuid::createUuid().toString(QUuid::WithoutBraces), actor));
    if (!outcome.result)
        return outcome.result.error();
    return {};
}

} // namespace tessera
