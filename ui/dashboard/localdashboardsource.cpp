// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/localdashboardsource.h"

#include "common/clock.h"
#include "console/consolecontext.h"
#include "dashboard/localsalefacts.h"

#include <QTimer>

namespace tessera {

LocalDashboardSource::LocalDashboardSource(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LocalDashboardSource::refresh);
    connect(&m_context, &ConsoleContext::changed, this, &LocalDashboardSource::refresh);
}

void LocalDashboardSource::setFilter(FilterMaker filter)
{
    m_filter = std::move(filter);
    refresh();
}

void LocalDashboardSource::start()
{
    m_timer->start();
    refresh();
}

void LocalDashboardSource::stop()
{
    m_timer->stop();
}

void LocalDashboardSource::refresh()
{
    if (!m_timer->isActive())
        return; // nobody is looking
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    const QString terminal = m_context.terminalId();
    const qint64 now = m_context.clock().nowMs();
    const DashboardFilter filter = m_filter ? m_filter(now) : DashboardFilter{};
    m_context.read<Result<DashboardFigures>>(
        this,
        [filter, terminal, now](SqliteDb &db) -> Result<DashboardFigures> {
            auto facts = LocalSaleFacts::read(db, terminal, filter.fromMs, filter.toMs, now);
            if (!facts)
                return facts.error();
            return DashboardFigures::compute(*facts, filter, now);
        },
        [this](Result<DashboardFigures> figures) {
            m_reading = false;
            if (figures)
                emit figuresReady(*figures);
            else
                emit failed(figures.error().message);
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

} // namespace tessera
