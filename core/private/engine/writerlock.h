// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tessera {

// Who holds a database's writer lock, as its lock file says.
struct WriterLockHolder
{
    qint64 pid = 0;
    QString program;
    QString host;
    qint64 sinceMs = 0;
};

// Exactly one engine writes a database file at a time. The lock is an OS
// advisory lock (flock) on `<database>.lock`, held for the engine's lifetime:
// the kernel drops it when the holder exits or is killed, so a lock file left
// behind by a dead process never blocks. The file names the holder (pid,
// program, host) so a refused process can say who has the database.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(tessera::WriterLock)

public:
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    static QString lockPath(const QString &databasePath);
    // Takes the lock at once or refuses with database_in_use naming the holder.
    static Result<std::unique_ptr<WriterLock>> acquire(const QString &databasePath);
    // Who holds the lock now, if anybody (a read; takes nothing).
    static std::optional<WriterLockHolder> holder(const QString &databasePath);

private:
    explicit WriterLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace tessera
