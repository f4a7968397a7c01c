// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertsource.h"
#include "serverlink.h"

#include <QJsonArray>

namespace tessera {

class Clock;

// The alerts firing on the central server (judged there over every
// terminal), as its live push brings them to the dashboard; an
// acknowledgement goes to the server (POST /v1/alerts/ack) signed in as the
// member of staff watching, off the GUI thread.
class ServerAlertSource : public AlertSource
{
    Q_OBJECT

public:
    ServerAlertSource(ServerLink link, const Clock &clock, QObject *parent = nullptr);

    void setCredentials(const QString &user, const QString &pin);
    // The "alerts" of a pushed frame (AlertRecord::toJson each).
    void setAlerts(const QJsonArray &alerts);
    // None shown (the dashboard went back to this terminal's own figures).
    void clear();

    void acknowledge(qint64 alertId, const QString &name, Done done = {}) override;

private:
    ServerLink m_link;
    const Clock &m_clock;
    QString m_user;
    QString m_pin;
};

} // namespace tessera
