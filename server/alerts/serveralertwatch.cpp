// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/serveralertwatch.h"

#include "alerts/alertconditions.h"
#include "alerts/alertevaluator.h"
#include "common/clock.h"
#include "dashboard/dashboardfigures.h"
#include "live/serversalefacts.h"
#include "metrics/requestmetrics.h"
#include "sync/journalservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

namespace tessera {

namespace {

constexpr qint64 kP99WindowMs = 60'000;

const AlertRule *ruleOf(const QList<AlertRule> &rules, qint64 id)
{
    for (const AlertRule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString withDetail(const QString &value, const QString &detail)
{
    return detail.isEmpty() ? value : value + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace

ServerAlertWatch::ServerAlertWatch(const Parts &parts, Log log, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_log(std::move(log))
{}

Result<AlertInputs> ServerAlertWatch::inputs(const Parts &parts, const QList<AlertRule> &rules,
                                             qint64 nowMs)
{
    AlertInputs in;
    DashboardFilter filter;
    filter.fromMs = nowMs - AlertConditions::figuresSpanMs(rules);
    filter.toMs = nowMs + 1;
    auto facts = ServerSaleFacts::read(*parts.reader, filter.fromMs, filter.toMs, nowMs);
    if (!facts)
        return facts.error();
    in.figures = DashboardFigures::compute(*facts, filter, nowMs);

    auto terminals = parts.journal->terminals();
    if (!terminals)
        return terminals.error();
    for (const QJsonValue &v : *terminals) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("state")).toString() != QLatin1String("enrolled"))
            continue;
        if (t.contains(QStringLiteral("backlog"))) {
            const qint64 backlog = t.value(QStringLiteral("backlog")).toInteger();
            in.backlog = std::max(in.backlog.value_or(0), backlog);
        }
        const QDateTime seen =
            QDateTime::fromString(t.value(QStringLiteral("last_seen")).toString(), Qt::ISODate);
        if (seen.isValid())
            in.terminals.push_back(
                {t.value(QStringLiteral("terminal")).toString(), seen.toMSecsSinceEpoch()});
    }
    if (parts.metrics) {
        const RequestMetrics::Recent recent = parts.metrics->recent(kP99WindowMs);
        if (recent.requests > 0)
            in.serverP99Ms = recent.p99Ms;
    }
    return in;
}

void ServerAlertWatch::start(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (auto r = evaluateNow(); !r && m_log)
                m_log(tr("alerts could not be evaluated: %1").arg(r.error().message));
        });
    }
    m_timer->start(intervalMs);
    QTimer::singleShot(0, this, [this] { (void)evaluateNow(); });
}

Result<AlertChanges> ServerAlertWatch::evaluateNow()
{
    SqliteDb &reader = *m_parts.reader;
    auto rules = AlertStore::rules(reader);
    if (!rules)
        return rules.error();
    auto open = AlertStore::open(reader);
    if (!open)
        return open.error();
    bool anyToJudge = !open->isEmpty();
    for (const AlertRule &r : *rules)
        anyToJudge = anyToJudge || r.enabled;
    if (!anyToJudge)
        return AlertChanges{};
    auto in = inputs(m_parts, *rules, m_parts.clock->nowMs());
    if (!in)
        return in.error();
    auto changes = AlertEvaluator(*m_parts.engine, *m_parts.clock).evaluate(*rules, *open, *in);
    if (!changes)
        return changes.error();
    if (!changes->isEmpty()) {
        logChanges(*changes, *rules, *open);
        emit alertsChanged();
    }
    return changes;
}

void ServerAlertWatch::logChanges(const AlertChanges &changes, const QList<AlertRule> &rules,
                                  const QList<AlertRecord> &open) const
{
    if (!m_log)
        return;
    for (const AlertChanges::Start &s : changes.starts) {
        if (const AlertRule *rule = ruleOf(rules, s.ruleId))
            m_log(tr("alert started: %1 — now %2")
                      .arg(rule->describe(), withDetail(rule->formatValue(s.value), s.detail)));
    }
    for (const AlertChanges::Update &e : changes.ends) {
        for (const AlertRecord &a : open) {
            if (a.id == e.alertId)
                m_log(tr("alert ended: %1 — now %2, worst %3")
                          .arg(a.rule.describe(), a.rule.formatValue(e.value),
                               a.rule.formatValue(a.peakValue)));
        }
    }
}

} // namespace tessera
