// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/serverdashboardsource.h"

namespace tessera {

ServerDashboardSource::ServerDashboardSource(ServerLink link, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_link(std::move(link))
    , m_clock(clock)
    , m_alerts(new ServerAlertSource(m_link, clock, this))
{}

std::optional<ServerLink> ServerDashboardSource::linkOf(const QString &databasePath)
{
    auto link = ServerLink::loadPublic(databasePath);
    if (!link || !*link)
        return std::nullopt;
    return **link;
}

void ServerDashboardSource::start(const QString &user, const QString &pin,
                                  const QJsonObject &filter)
{
    stop();
    LiveFeed::Options options;
    options.address = m_link.address;
    options.ca = m_link.ca;
    options.user = user;
    options.pin = pin;
    options.filter = filter;
    options.clock = &m_clock;
    m_alerts->setCredentials(user, pin);
    m_feed = new LiveFeed(std::move(options), this);
    connect(m_feed, &LiveFeed::figuresChanged, this, [this](const QJsonObject &json) {
        m_alerts->setAlerts(json[QLatin1String("alerts")].toArray());
        emit figuresReady(DashboardFigures::fromJson(json),
                          json[QLatin1String("terminals")].toArray(),
                          json[QLatin1String("server")].toObject());
    });
    connect(m_feed, &LiveFeed::stateChanged, this,
            [this](LiveFeed::State state, qint64 lastDataAtMs) {
                emit stateChanged(state, lastDataAtMs, m_feed->errorMessage());
            });
    m_feed->start();
}

void ServerDashboardSource::setFilter(const QJsonObject &filter)
{
    if (m_feed)
        m_feed->setFilter(filter);
}

void ServerDashboardSource::stop()
{
    if (!m_feed)
        return;
    m_feed->stop();
    m_feed->deleteLater();
    m_feed = nullptr;
    m_alerts->clear();
}

} // namespace tessera
