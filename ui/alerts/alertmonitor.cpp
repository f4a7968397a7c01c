// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmonitor.h"

#include "alerts/alertevaluator.h"
#include "common/clock.h"
#include "console/consolecontext.h"

#include <QTimer>

namespace tessera {

namespace {

// What the reader thread hands back: the changes to record and the alerts
// open before them.
struct Evaluation
{
    Error error;
    bool ok = false;
    AlertChanges changes;
    QList<AlertRecord> open;
};

} // namespace

AlertMonitor::AlertMonitor(ConsoleContext &context, QObject *parent)
    : AlertSource(parent)
    , m_context(context)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
}

void AlertMonitor::start(int intervalMs)
{
    m_timer->start(intervalMs);
    evaluateNow();
}

void AlertMonitor::stop()
{
    m_timer->stop();
}

bool AlertMonitor::isRunning() const
{
    return m_timer->isActive();
}

void AlertMonitor::evaluateNow()
{
    if (m_busy)
        return;
    m_busy = true;
    const AlertInputs inputs = m_inputs;
    const QString terminal = m_context.terminalId();
    const Clock *clock = &m_context.clock();
    m_context.read<Evaluation>(
        this,
        [inputs, terminal, clock](SqliteDb &db) {
            Evaluation e;
            const qint64 now = clock->nowMs();
            auto rules = AlertStore::rules(db);
            auto open = rules ? AlertStore::open(db) : Result<QList<AlertRecord>>(rules.error());
            if (!open) {
                e.error = open.error();
                return e;
            }
            auto figures = AlertEvaluator::localFigures(db, terminal, *rules, now);
            if (!figures) {
                e.error = figures.error();
                return e;
            }
            AlertInputs all = inputs;
            all.figures = *figures;
            e.changes = AlertEvaluator::decide(*rules, *open, all, now);
            e.open = *open;
            e.ok = true;
            return e;
        },
        [this](Evaluation e) {
            if (!e.ok) {
                m_busy = false;
                emit failed(e.error.message);
                emit evaluated();
                return;
            }
            if (e.changes.isEmpty()) {
                m_busy = false;
                take(e.open);
                emit evaluated();
                return;
            }
            m_context.run(std::make_unique<RecordAlertsCommand>(e.changes), this,
                          [this](const CommandOutcome &outcome) {
                              if (!outcome.result)
                                  emit failed(outcome.result.error().message);
                              recorded();
                          });
        });
}

void AlertMonitor::recorded()
{
    m_context.read<Result<QList<AlertRecord>>>(
        this, [](SqliteDb &db) { return AlertStore::open(db); },
        [this](Result<QList<AlertRecord>> open) {
            m_busy = false;
            if (open)
                take(*open);
            else
                emit failed(open.error().message);
            emit evaluated();
        });
}

void AlertMonitor::refresh()
{
    m_context.read<Result<QList<AlertRecord>>>(
        this, [](SqliteDb &db) { return AlertStore::open(db); },
        [this](Result<QList<AlertRecord>> open) {
            if (open)
                take(*open);
        });
}

void AlertMonitor::acknowledge(qint64 alertId, const QString &name, Done done)
{
    auto command = AcknowledgeAlertCommand::fromJson(
        QJsonObject{{QStringLiteral("alert"), alertId}, {QStringLiteral("name"), name}});
    if (!command) {
        if (done)
            done(command.error().message);
        return;
    }
    m_context.run(std::move(*command), this, [this, done](const CommandOutcome &outcome) {
        if (done)
            done(outcome.result ? QString() : outcome.result.error().message);
        if (outcome.result)
            refresh();
    });
}

} // namespace tessera
