// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tessera {

// Copies the WAL back into the database file on its own thread and
// connection, so the writer never pays for a checkpoint inside a commit.
// The writer's connection gets wal_autocheckpoint=0 and a hook that wakes
// this thread once the WAL has grown by `pagesPerCheckpoint`. Once the WAL
// is large, the writer copies the rest itself and restarts the WAL, so a
// long rush keeps writing over the same blocks of the same file.
class WalCheckpointer
{
public:
    // From this size on (~32 MB of 4 KiB pages) the writer, after its
    // commit, copies what the checkpointer has not copied yet and restarts
    // the WAL from its first frame. SQLite restarts a WAL only when a write
    // begins with every frame copied, which a PASSIVE checkpoint running
    // beside a writer that never pauses does not achieve: the WAL would keep
    // growing, every frame written into newly allocated blocks (which the
    // file system zeroes first), and a crash recovery would read it all.
    static constexpr int kRestartPages = 8192;

    WalCheckpointer(QString path, sqlite3 *writer, int pagesPerCheckpoint = 2000);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    qint64 checkpoints() const { return m_checkpoints.load(); }
    qint64 restarts() const { return m_restarts.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    QString m_path;
    sqlite3 *m_writer;
    int m_pagesPerCheckpoint;
    int m_lastSignalled = 0;
    int m_lastPages = 0;
    int m_nextRestart = kRestartPages;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stopping = false;
    std::atomic<qint64> m_checkpoints{0};
    std::atomic<qint64> m_restarts{0};
};

} // namespace tessera
