// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/walcheckpointer.h"

#include "storage/sqlitedb.h"

#include <QtGlobal>

#include <pthread.h>
#include <sched.h>
#include <sqlite3.h>

namespace tessera {

namespace {

// Beyond this (readers kept the WAL from restarting, see kRestartPages in
// walcheckpointer.h) the writer waits for them and truncates the WAL itself
// (~400 MB).
constexpr int kHardLimitPages = 100000;

// How long an overdue restart waits for the checkpointer's copy to end.
constexpr int kOverdueWaitMs = 50;

} // namespace

WalCheckpointer::WalCheckpointer(QString path, sqlite3 *writer, int pagesPerCheckpoint)
    : m_path(std::move(path))
    , m_writer(writer)
    , m_pagesPerCheckpoint(pagesPerCheckpoint)
{
    sqlite3_wal_autocheckpoint(m_writer, 0);
    sqlite3_wal_hook(m_writer, &WalCheckpointer::onCommit, this);
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_hook(m_writer, nullptr, nullptr);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *me = static_cast<WalCheckpointer *>(self);
    if (pages < me->m_lastPages) { // the WAL was restarted (by SQLite or below)
        me->m_lastSignalled = 0;
        me->m_nextRestart = kRestartPages;
    }
    me->m_lastPages = pages;
    if (pages >= kHardLimitPages) {
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        return SQLITE_OK;
    }
    if (pages >= me->m_nextRestart) {
        // Without waiting. Busy at once, before copying anything (no log
        // size reported), while the checkpointer is copying: tried again at
        // the next commit, and the checkpointer is not woken meanwhile (a
        // fast writer would otherwise keep it copying for ever). Busy after copying what it could,
        // while a reader still needs the WAL: tried again once the WAL has grown by another
        // checkpoint's worth, not at every commit.
        // Put off by a whole checkpoint's worth, it waits a moment for the copy.
        int logFrames = -1;
        const bool overdue = pages >= me->m_nextRestart + me->m_pagesPerCheckpoint;
        sqlite3_busy_timeout(db, overdue ? kOverdueWaitMs : 0);
        const int rc =
            sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_RESTART, &logFrames, nullptr);
        sqlite3_busy_timeout(db, SqliteDb::kBusyTimeoutMs);
        if (rc == SQLITE_OK) {
            me->m_restarts.fetch_add(1); // the next commit starts at frame 1
            return SQLITE_OK;
        }
        if (logFrames < 0)
            return SQLITE_OK; // the checkpointer is copying: not woken again, it lets the next
                              // commit in
        me->m_nextRestart = pages + me->m_pagesPerCheckpoint;
    }
    if (pages - me->m_lastSignalled >= me->m_pagesPerCheckpoint) {
        me->m_lastSignalled = pages;
        {
            std::lock_guard lock(me->m_mutex);
            me->m_due = true;
        }
        me->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    pthread_setname_np(pthread_self(), "tessera-ckpt");
    // Woken every few thousand pages while the writer is busy: like the
    // engine's answer thread it waits for a free core or the writer's next
    // sleep instead of preempting the one thread every sale waits for.
    sched_param batch{};
    pthread_setschedparam(pthread_self(), SCHED_BATCH, &batch);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        qWarning("WAL checkpointer cannot open %s: %s", qPrintable(m_path), sqlite3_errmsg(db));
        sqlite3_close(db);
        return;
    }
    sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_due || m_stopping; });
            if (m_stopping)
                break;
            m_due = false;
        }
        // PASSIVE never blocks the writer or readers; what it cannot copy
        // now is copied next time.
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        m_checkpoints.fetch_add(1);
    }
    sqlite3_close(db);
}

} // namespace tessera
