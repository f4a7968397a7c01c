// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertstore.h"

#include <QObject>

#include <functional>

namespace tessera {

// Where an AlertBanner gets the alerts that are firing and how it
// acknowledges one: the console's own evaluation (AlertMonitor) or the
// central server's (ServerAlertSource, on the dashboard's server figures).
class AlertSource : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString &error)>;

    using QObject::QObject;

    // The alerts firing now, oldest first.
    const QList<AlertRecord> &firing() const { return m_firing; }
    // Acknowledges `alertId` under `name`; `done` gets the refusal's message
    // (empty when it went through), on this object's thread.
    virtual void acknowledge(qint64 alertId, const QString &name, Done done = {}) = 0;

signals:
    // The firing alerts (or their values, or acknowledgements) changed.
    void alertsChanged();

protected:
    // Keeps `firing` and says so when it differs from what was kept.
    void take(const QList<AlertRecord> &firing);

private:
    QList<AlertRecord> m_firing;
};

} // namespace tessera
