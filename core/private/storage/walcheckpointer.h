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
// this thread once the WAL has grown by `pagesPerCheckpoint`; if the WAL runs
// far ahead anyway (a long rush), the writer truncates it itself.
class WalCheckpointer
{
public:
    WalCheckpointer(QString path, sqlite3 *writer, int pagesPerCheckpoint = 2000);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    qint64 checkpoints() const { return m_checkpoints.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    QString m_path;
    sqlite3 *m_writer;
    int m_pagesPerCheckpoint;
    int m_lastSignalled = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stopping = false;
    std::atomic<qint64> m_checkpoints{0};
};

} // namespace tessera
