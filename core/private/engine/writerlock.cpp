// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/writerlock.h"

#include <QByteArray>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace tessera {

namespace {

QString programName()
{
    if (QCoreApplication::instance() && !QCoreApplication::applicationName().isEmpty())
        return QCoreApplication::applicationName();
    return QStringLiteral("a Tessera program");
}

std::optional<WriterLockHolder> readHolder(int fd)
{
    QByteArray bytes;
    char buffer[1024];
    for (off_t offset = 0;;) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, offset);
        if (n <= 0)
            break;
        bytes.append(buffer, n);
        offset += n;
        if (bytes.size() > 64 * 1024)
            break;
    }
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.isEmpty())
        return std::nullopt;
    return WriterLockHolder{
        o.value(QStringLiteral("pid")).toInteger(), o.value(QStringLiteral("program")).toString(),
        o.value(QStringLiteral("host")).toString(), o.value(QStringLiteral("since")).toInteger()};
}

Error inUse(const QString &databasePath, const std::optional<WriterLockHolder> &holder)
{
    const QString file = QFileInfo(databasePath).fileName();
    if (!holder)
        return fail(ErrorCode::DatabaseInUse,
                    WriterLock::tr("%1 is open for selling in another Tessera program on this "
                                   "PC. Only one program may write a database at a time: close "
                                   "it there, or use a read-only command.")
                        .arg(file),
                    databasePath);
    const bool here = holder->host.isEmpty() || holder->host == QSysInfo::machineHostName();
    const QString where =
        here ? WriterLock::tr("on this PC") : WriterLock::tr("on %1").arg(holder->host);
    return fail(ErrorCode::DatabaseInUse,
                WriterLock::tr("%1 is open for selling in %2 %3, pid %4. Only one program may "
                               "write a database at a time: close it there, or use a read-only "
                               "command.")
                    .arg(file, holder->program, where)
                    .arg(holder->pid),
                databasePath);
}

} // namespace

QString WriterLock::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

WriterLock::~WriterLock()
{
    if (m_fd >= 0) {
        // Empty the file so a reader never names a holder that has gone.
        (void)::ftruncate(m_fd, 0);
        ::close(m_fd);
    }
}

Result<std::unique_ptr<WriterLock>> WriterLock::acquire(const QString &databasePath)
{
    const QByteArray path = QFile::encodeName(lockPath(databasePath));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::StorageError,
                    tr("Cannot open the lock file %1: %2")
                        .arg(lockPath(databasePath), QString::fromLocal8Bit(std::strerror(errno))),
                    lockPath(databasePath));
    // flock, not fcntl: fcntl locks belong to the process and vanish when any
    // descriptor of the file closes (SQLite uses them on the database itself),
    // while flock belongs to this descriptor, and a second open in the same
    // process is refused as another process would be.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        const auto holder = readHolder(fd);
        ::close(fd);
        if (error == EWOULDBLOCK)
            return inUse(databasePath, holder);
        return fail(ErrorCode::StorageError,
                    tr("Cannot lock %1: %2")
                        .arg(lockPath(databasePath), QString::fromLocal8Bit(std::strerror(error))),
                    lockPath(databasePath));
    }
    const QByteArray who =
        QJsonDocument(QJsonObject{{QStringLiteral("pid"), qint64(::getpid())},
                                  {QStringLiteral("program"), programName()},
                                  {QStringLiteral("host"), QSysInfo::machineHostName()},
                                  {QStringLiteral("since"), QDateTime::currentMSecsSinceEpoch()}})
            .toJson(QJsonDocument::Compact);
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, who.constData(), size_t(who.size()), 0) < 0) {
        // The lock holds all the same; only the holder's name is missing.
    }
    return std::unique_ptr<WriterLock>(new WriterLock(fd));
}

std::optional<WriterLockHolder> WriterLock::holder(const QString &databasePath)
{
    const QByteArray path = QFile::encodeName(lockPath(databasePath));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<WriterLockHolder> found;
    // A lock we can take is held by nobody, whatever the file says.
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0)
        found = readHolder(fd);
    else
        ::flock(fd, LOCK_UN);
    ::close(fd);
    return found;
}

} // namespace tessera
