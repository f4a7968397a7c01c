// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfigures.h"

#include <QObject>

#include <functional>

class QTimer;

namespace tessera {

class ConsoleContext;

// The dashboard's figures from this console's own database (no server, or
// before one answers): read on a worker thread every few seconds while
// running, and soon after this console changes something.
class LocalDashboardSource : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 2000;

    explicit LocalDashboardSource(ConsoleContext &context, QObject *parent = nullptr);

    // What to read, made afresh at each read from the clock's time (a "last
    // hour" range moves with it).
    using FilterMaker = std::function<DashboardFilter(qint64 nowMs)>;
    void setFilter(FilterMaker filter);
    void start();
    void stop();
    // Reads now (or right after the read in flight), when started.
    void refresh();

signals:
    void figuresReady(const tessera::DashboardFigures &figures);
    void failed(const QString &message);

private:
    ConsoleContext &m_context;
    FilterMaker m_filter;
    QTimer *m_timer = nullptr;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace tessera
