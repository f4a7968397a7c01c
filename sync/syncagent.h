// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace tessera {

class Clock;
class Engine;

// Where a console stands with its server, for the status bar.
struct SyncStatus
{
    enum class State { NotEnrolled, Online, Offline, Revoked, Failing };
    State state = State::NotEnrolled;
    qint64 local = 0;          // the local journal's end
    qint64 acked = 0;          // the server has it up to here (last known)
    qint64 lastSyncMs = 0;     // the last time the server had everything; 0: never
    qint64 catalogVersion = 0; // the server's catalog this terminal has applied
    QString message;           // why, when not online
    QString terminal;          // the name the server knows this counter by; empty: not enrolled

    qint64 backlog() const { return local > acked ? local - acked : 0; }
};

// Ships the console's journal by itself: every `intervalMs` (and on
// syncNow()) a worker thread loads the ServerLink beside the database and
// runs JournalShipper; nothing blocks the caller, and selling never waits for
// it. statusChanged() arrives on the thread that made the agent.
class SyncAgent : public QObject
{
    Q_OBJECT

public:
    // `engine` is the console's own: the link's credentials are opened
    // through it, and after each shipment the agent pulls what the server
    // changed in the catalog and applies it through it.
    SyncAgent(Engine &engine, const Clock &clock, int intervalMs = 5000, QObject *parent = nullptr);
    ~SyncAgent() override;

    void start();
    SyncStatus status() const { return m_status; }

public slots:
    // Ships now (a sale was just made: the dashboards see it in well under a
    // second); calls while one is queued add nothing.
    void syncNow();

signals:
    void statusChanged(const tessera::SyncStatus &status);

private:
    class Worker;
    void take(const tessera::SyncStatus &status);

    Engine &m_engine;
    const Clock &m_clock;
    int m_intervalMs;
    SyncStatus m_status;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::atomic_bool m_queued{false}; // a shipment asked for and not begun
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::SyncStatus)
