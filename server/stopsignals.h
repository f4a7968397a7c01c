// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace tessera {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (the handler
// only writes a byte to a socket pair; Qt reads it), so the server stops
// cleanly: the listener closes, the engine's last batch is committed, the
// lock is released. One per process.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    bool isWatching() const { return m_notifier != nullptr; }

signals:
    // The name of the signal received ("SIGTERM").
    void stopRequested(const QString &signalName);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tessera
