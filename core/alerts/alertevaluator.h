// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "alerts/alertcommands.h"
#include "alerts/alertinputs.h"
#include "alerts/alertstore.h"

namespace tessera {

class Clock;
class Engine;
class SqliteDb;

// Decides which alerts start and which end, and records it in the alert log
// through the engine (record_alerts), so the log survives a restart and the
// run report can list it.
//
// Not flapping: a rule fires at the first evaluation that finds its
// condition true and clears at the first one that finds it false; the
// conditions are taken over a window (payment success and error rates over
// the rule's N minutes), so one odd minute does not flip them. A rule with
// nothing to judge (no payment attempt in its window, no terminal, no
// backlog known) changes nothing: an open alert stays open, none starts. A
// disabled rule's open alert ends. While an alert is open its latest value is
// recorded when it changes, and its peak (the worst value) follows.
class AlertEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AlertEvaluator)

public:
    // `engine` and `clock` must outlive the evaluator.
    AlertEvaluator(Engine &engine, const Clock &clock);

    // The decision alone, for any caller (a console, the server).
    static AlertChanges decide(const QList<AlertRule> &rules, const QList<AlertRecord> &open,
                               const AlertInputs &inputs, qint64 nowMs);
    // The dashboard figures `rules` need, from a console's own database.
    static Result<DashboardFigures> localFigures(SqliteDb &reader, const QString &terminalId,
                                                 const QList<AlertRule> &rules, qint64 nowMs);

    // Reads the rules and the open alerts on `reader`, decides with
    // `inputs` at the clock's time and records the changes (blocking until
    // they are durable). Returns what changed.
    Result<AlertChanges> evaluate(SqliteDb &reader, const AlertInputs &inputs);
    // As evaluate(), with the rules and the open alerts the caller read.
    Result<AlertChanges> evaluate(const QList<AlertRule> &rules, const QList<AlertRecord> &open,
                                  const AlertInputs &inputs);
    // As evaluate(), with the figures read from the console's own database.
    Result<AlertChanges> evaluateLocal(SqliteDb &reader, AlertInputs inputs = {});
    // Acknowledges alert `alertId` under `name`, run by `actor`.
    Result<void> acknowledge(qint64 alertId, const QString &name, const QString &actor = {});

private:
    Engine &m_engine;
    const Clock &m_clock;
};

} // namespace tessera
