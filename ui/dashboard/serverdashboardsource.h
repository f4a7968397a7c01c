// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfigures.h"
#include "dashboard/serveralertsource.h"
#include "livefeed.h"
#include "serverlink.h"

#include <QJsonArray>
#include <QObject>

namespace tessera {

// The dashboard's figures of every terminal, pushed by the central server
// (WebSocket /v1/live through LiveFeed, signed in as the member of staff at
// the console): the figures, the terminals' grid and the server's own
// request figures, the alerts firing on the server (alerts()), and whether
// they are live or as of when.
class ServerDashboardSource : public QObject
{
    Q_OBJECT

public:
    ServerDashboardSource(ServerLink link, const Clock &clock, QObject *parent = nullptr);

    // The server this console is enrolled with, if any.
    static std::optional<ServerLink> linkOf(const QString &databasePath);

    void start(const QString &user, const QString &pin, const QJsonObject &filter);
    void setFilter(const QJsonObject &filter);
    void stop();
    bool isRunning() const { return m_feed != nullptr; }
    QString serverName() const { return m_link.address.host(); }
    const ServerLink &link() const { return m_link; }
    LiveFeed *feed() const { return m_feed; }
    // The server's firing alerts, as pushed (none once stopped).
    ServerAlertSource &alerts() { return *m_alerts; }

signals:
    void figuresReady(const tessera::DashboardFigures &figures, const QJsonArray &terminals,
                      const QJsonObject &server);
    // Live, reconnecting (data as of lastDataAtMs) or refused (`message`).
    void stateChanged(tessera::LiveFeed::State state, qint64 lastDataAtMs, const QString &message);

private:
    ServerLink m_link;
    const Clock &m_clock;
    LiveFeed *m_feed = nullptr;
    ServerAlertSource *m_alerts = nullptr;
};

} // namespace tessera
