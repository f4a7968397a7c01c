// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertinputs.h"
#include "alertsource.h"

#include <QObject>

#include <optional>

class QTimer;

namespace tessera {

class ConsoleContext;

// Evaluates the alert rules on a timer from the console's own database
// (AlertEvaluator::decide on a reader thread, the changes recorded through
// the engine as the signed-in user) and keeps the alerts that are firing.
// The inputs a console does not have by itself are handed in: the sync
// backlog (SyncAgent::statusChanged), terminals' last-seen times and the
// server's p99 when a server provides them.
//
// Wiring (the main window owns one per console):
//   auto *monitor = new AlertMonitor(context, window);
//   monitor->start();
//   connect(syncAgent, &SyncAgent::statusChanged, monitor,
//           [monitor](const SyncStatus &s) { monitor->setBacklog(s.backlog()); });
//   dashboardLayout->addWidget(new AlertBanner(*monitor, context, dashboard));
class AlertMonitor : public AlertSource
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 15'000;

    explicit AlertMonitor(ConsoleContext &context, QObject *parent = nullptr);

    // Evaluates now, then every `intervalMs`.
    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    bool isEvaluating() const { return m_busy; }
    // Started and not stopped since.
    bool isRunning() const;

    void setBacklog(std::optional<qint64> entries) { m_inputs.backlog = entries; }
    void setTerminals(const QList<TerminalSeen> &terminals) { m_inputs.terminals = terminals; }
    void setServerP99(std::optional<double> ms) { m_inputs.serverP99Ms = ms; }

    // firing(): the alerts firing as of the last evaluation, oldest first.
    // Acknowledges through the engine; alertsChanged() follows a success.
    void acknowledge(qint64 alertId, const QString &name, Done done = {}) override;

    ConsoleContext &context() const { return m_context; }

public slots:
    // One evaluation (skipped while one is running); evaluated() follows.
    void evaluateNow();
    // Reads the firing alerts again without evaluating (after a rule changed).
    void refresh();

signals:
    // An evaluation finished (whether or not anything changed).
    void evaluated();
    // An evaluation or an acknowledgement could not be done.
    void failed(const QString &message);

private:
    void recorded();

    ConsoleContext &m_context;
    QTimer *m_timer = nullptr;
    AlertInputs m_inputs;
    bool m_busy = false;
};

} // namespace tessera
