// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/serveralertsource.h"

#include "common/clock.h"
#include "serverclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace tessera {

ServerAlertSource::ServerAlertSource(ServerLink link, const Clock &clock, QObject *parent)
    : AlertSource(parent)
    , m_link(std::move(link))
    , m_clock(clock)
{}

void ServerAlertSource::setCredentials(const QString &user, const QString &pin)
{
    m_user = user;
    m_pin = pin;
}

void ServerAlertSource::setAlerts(const QJsonArray &alerts)
{
    QList<AlertRecord> firing;
    for (const QJsonValue &a : alerts)
        firing.push_back(AlertRecord::fromJson(a.toObject()));
    take(firing);
}

void ServerAlertSource::clear()
{
    take({});
}

void ServerAlertSource::acknowledge(qint64 alertId, const QString &name, Done done)
{
    const QPointer<ServerAlertSource> self(this);
    const ServerLink link = m_link;
    const QString user = m_user;
    const QString pin = m_pin;
    const QJsonObject body{{QStringLiteral("alert"), alertId}, {QStringLiteral("name"), name}};
    QThreadPool::globalInstance()->start([self, link, user, pin, body, alertId, name, done] {
        ServerClient client(link.address, link.ca);
        client.useStaffCredentials(user, pin);
        const Result<QJsonObject> answer = client.post(QStringLiteral("/v1/alerts/ack"), body);
        const QString error = answer ? QString() : answer.error().message;
        QMetaObject::invokeMethod(
            qApp,
            [self, error, alertId, name, done] {
                if (!self)
                    return;
                if (error.isEmpty()) {
                    // Shown at once; the server's next push says the same.
                    QList<AlertRecord> firing = self->firing();
                    for (AlertRecord &a : firing) {
                        if (a.id == alertId && !a.isAcknowledged()) {
                            a.acknowledgedBy = name;
                            a.acknowledgedAtMs = self->m_clock.nowMs();
                        }
                    }
                    self->take(firing);
                }
                if (done)
                    done(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tessera
