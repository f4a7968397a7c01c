// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncagent.h"

#include "catalogpuller.h"
#include "common/clock.h"
#include "engine/engine.h"
#include "journalshipper.h"
#include "storage/sqlitedb.h"
#include "syncincidentrecorder.h"
#include "syncmark.h"

#include <QThread>
#include <QTimer>

namespace tessera {

namespace {

qint64 localEnd(const QString &path)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return 0;
    auto stmt = db->prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal"));
    qint64 end = 0;
    if (stmt)
        (void)stmt->forEachRow([&](SqliteStatement &s) { end = s.columnInt(0); });
    return end;
}

} // namespace

// Lives on the agent's thread: one shipment at a time.
class SyncAgent::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(Engine &engine, const Clock &clock, int intervalMs, std::atomic_bool &queued)
        : m_queued(queued)
        , m_path(engine.path())
        , m_clock(clock)
        , m_engine(engine)
        , m_timer(new QTimer(this))
        , m_incidents(m_path, engine)
    {
        m_timer->setInterval(intervalMs);
        connect(m_timer, &QTimer::timeout, this, &Worker::ship);
        // Started while the server is away: what it had last time, not "never".
        auto link = ServerLink::loadPublic(m_path);
        if (link && link->has_value()) {
            m_mark = SyncMark::load(m_path, (*link)->terminalId);
            m_last.acked = m_mark.acked;
            m_last.lastSyncMs = m_mark.lastSyncMs;
        }
    }

    void begin()
    {
        m_timer->start();
        ship();
    }

    void ship()
    {
        m_queued = false; // a change from now on asks for another shipment
        SyncStatus s = m_last;
        auto link = ServerLink::load(m_engine);
        if (!link || !link->has_value()) {
            s.local = localEnd(m_path);
            s.terminal.clear();
            s.state = link ? SyncStatus::State::NotEnrolled : SyncStatus::State::Failing;
            s.message = link ? QString() : link.error().message;
            publish(s);
            return;
        }
        s.terminal = (*link)->terminal;
        JournalShipper shipper(m_path, **link);
        auto report = shipper.shipOnce();
        if (report) {
            s.state = SyncStatus::State::Online;
            s.acked = report->acked;
            s.local = report->local; // the shipper read it: no second look
            if (report->backlog() == 0)
                s.lastSyncMs = m_clock.nowMs();
            s.message.clear();
            keep(SyncMark{(*link)->terminalId, s.acked, s.lastSyncMs});
            // Catalog down after journal up: what was sold here is on the
            // server before a take-back is answered.
            auto pulled = CatalogPuller(m_path, **link).pullOnce(m_engine);
            if (pulled) {
                s.catalogVersion = pulled->version;
            } else {
                s.state = pulled.error().code == ErrorCode::ServerUnreachable
                              ? SyncStatus::State::Offline
                              : SyncStatus::State::Failing;
                s.message = pulled.error().message;
            }
        } else {
            s.local = localEnd(m_path);
            const ErrorCode code = report.error().code;
            s.state = code == ErrorCode::ServerUnreachable ? SyncStatus::State::Offline
                      : code == ErrorCode::TerminalRevoked ? SyncStatus::State::Revoked
                                                           : SyncStatus::State::Failing;
            s.message = report.error().message;
        }
        publish(s);
    }

signals:
    void shipped(const tessera::SyncStatus &status);

private:
    void keep(const SyncMark &mark)
    {
        if (mark == m_mark)
            return;
        auto saved = mark.save(m_path);
        if (saved)
            m_mark = mark;
        else
            qWarning("%s", qUtf8Printable(saved.error().message));
    }

    void publish(const SyncStatus &s)
    {
        m_incidents.observe(m_last, s);
        m_last = s;
        emit shipped(s);
    }

    std::atomic_bool &m_queued;
    QString m_path;
    const Clock &m_clock;
    Engine &m_engine;
    QTimer *m_timer;
    SyncStatus m_last;
    SyncMark m_mark;
    SyncIncidentRecorder m_incidents;
};

SyncAgent::SyncAgent(Engine &engine, const Clock &clock, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_intervalMs(intervalMs)
{
    qRegisterMetaType<tessera::SyncStatus>();
}

SyncAgent::~SyncAgent()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void SyncAgent::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("tessera-sync"));
    m_worker = new Worker(m_engine, m_clock, m_intervalMs, m_queued);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::shipped, this, &SyncAgent::take);
    connect(m_thread, &QThread::started, m_worker, &Worker::begin);
    m_thread->start();
}

void SyncAgent::syncNow()
{
    // Many changes while one shipment runs make one more shipment, not many.
    if (m_worker && !m_queued.exchange(true))
        QMetaObject::invokeMethod(m_worker, &Worker::ship, Qt::QueuedConnection);
}

void SyncAgent::take(const SyncStatus &status)
{
    m_status = status;
    emit statusChanged(status);
}

} // namespace tessera

#include "syncagent.moc"
