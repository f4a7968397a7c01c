// SPDX-License-Identifier: GPL-3.0-or-later
#include "powercutvfs.h"

#include <QRandomGenerator>

#include <sqlite3.h>

#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace tessera::test {

namespace {

constexpr qint64 kSectorSize = 512;

// One write or truncate that reached the page cache but not the disk.
struct PendingOp
{
    qint64 offset = 0; // a truncate's new size
    std::vector<char> bytes;
    bool truncate = false;
};

// The page cache of one path, shared by every handle open on it.
struct PathCache
{
    std::vector<PendingOp> ops;
};

struct CutFile
{
    sqlite3_file base;
    PowerCutDisk *disk;
    PathCache *cache; // nullptr: a temporary file, written straight through
    sqlite3_file *real;
};

// The real file lives in the same allocation, right after ours.
constexpr int kRealOffset = int((sizeof(CutFile) + 15) / 16 * 16);

CutFile *cutFile(sqlite3_file *file)
{
    return reinterpret_cast<CutFile *>(file);
}

} // namespace

class PowerCutDisk
{
public:
    sqlite3_vfs vfs{};
    sqlite3_vfs *real = nullptr;
    sqlite3_io_methods methods{};
    mutable std::mutex mutex;
    // Node-based: a file keeps a pointer to its path's cache for its lifetime.
    std::map<std::string, PathCache> caches;
    bool cut = false;
    std::condition_variable cutHappened;
    // An armed cut: it happens as this many more durable-file writes are issued.
    int writesUntilCut = -1;
    quint32 armedSeed = 0;
    PowerCutVfs::CutMode armedMode = PowerCutVfs::CutMode::DropUnsynced;
    PowerCutVfs::Stats stats;

    // The file's size and the bytes [offset, offset + amount) as the page cache shows them.
    int read(CutFile &f, char *buffer, int amount, qint64 offset)
    {
        std::lock_guard lock(mutex);
        int rc = f.real->pMethods->xRead(f.real, buffer, amount, offset);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        sqlite3_int64 size = 0;
        if (int sized = f.real->pMethods->xFileSize(f.real, &size); sized != SQLITE_OK)
            return sized;
        const qint64 end = offset + amount;
        for (const PendingOp &op : f.cache->ops) {
            if (op.truncate) {
                size = op.offset;
                if (op.offset < end) {
                    const qint64 from = qMax(op.offset, offset);
                    std::memset(buffer + (from - offset), 0, size_t(end - from));
                }
                continue;
            }
            const qint64 opEnd = op.offset + qint64(op.bytes.size());
            size = qMax<qint64>(size, opEnd);
            const qint64 from = qMax(op.offset, offset);
            const qint64 to = qMin(opEnd, end);
            if (from < to)
                std::memcpy(buffer + (from - offset), op.bytes.data() + (from - op.offset),
                            size_t(to - from));
        }
        if (end <= size)
            return SQLITE_OK;
        const qint64 from = qMax<qint64>(size, offset);
        std::memset(buffer + (from - offset), 0, size_t(end - from));
        return SQLITE_IOERR_SHORT_READ;
    }

    int fileSize(CutFile &f, sqlite3_int64 *size)
    {
        std::lock_guard lock(mutex);
        if (int rc = f.real->pMethods->xFileSize(f.real, size); rc != SQLITE_OK)
            return rc;
        for (const PendingOp &op : f.cache->ops)
            *size =
                op.truncate ? op.offset : qMax<qint64>(*size, op.offset + qint64(op.bytes.size()));
        return SQLITE_OK;
    }

    int write(CutFile &f, const void *data, int amount, qint64 offset)
    {
        std::lock_guard lock(mutex);
        if (f.cache && writesUntilCut > 0 && --writesUntilCut == 0) {
            cutLocked(armedSeed, armedMode);
            stats.cutAtWrite = true;
        }
        if (cut)
            return SQLITE_IOERR_WRITE;
        if (!f.cache)
            return f.real->pMethods->xWrite(f.real, data, amount, offset);
        const char *bytes = static_cast<const char *>(data);
        f.cache->ops.push_back(PendingOp{offset, std::vector<char>(bytes, bytes + amount), false});
        return SQLITE_OK;
    }

    int truncate(CutFile &f, qint64 size)
    {
        std::lock_guard lock(mutex);
        if (cut)
            return SQLITE_IOERR_TRUNCATE;
        if (!f.cache)
            return f.real->pMethods->xTruncate(f.real, size);
        f.cache->ops.push_back(PendingOp{size, {}, true});
        return SQLITE_OK;
    }

    // An fsync: the path's cache reaches its file. The test process's own
    // page cache is never lost, so a real fsync would only cost time.
    int sync(CutFile &f, int flags)
    {
        std::lock_guard lock(mutex);
        if (cut)
            return SQLITE_IOERR_FSYNC;
        if (!f.cache)
            return f.real->pMethods->xSync(f.real, flags);
        for (const PendingOp &op : f.cache->ops) {
            const int rc = op.truncate ? f.real->pMethods->xTruncate(f.real, op.offset)
                                       : f.real->pMethods->xWrite(f.real, op.bytes.data(),
                                                                  int(op.bytes.size()), op.offset);
            if (rc != SQLITE_OK)
                return rc;
        }
        f.cache->ops.clear();
        ++stats.syncs;
        return SQLITE_OK;
    }

    void powerCut(quint32 seed, PowerCutVfs::CutMode mode)
    {
        std::lock_guard lock(mutex);
        cutLocked(seed, mode);
    }

    void arm(int writes, quint32 seed, PowerCutVfs::CutMode mode)
    {
        std::lock_guard lock(mutex);
        writesUntilCut = qMax(1, writes);
        armedSeed = seed;
        armedMode = mode;
    }

    bool waitForCut(std::chrono::milliseconds patience)
    {
        std::unique_lock lock(mutex);
        return cutHappened.wait_for(lock, patience, [this] { return cut; });
    }

private:
    void cutLocked(quint32 seed, PowerCutVfs::CutMode mode)
    {
        if (cut)
            return;
        cut = true;
        writesUntilCut = -1;
        cutHappened.notify_all();
        QRandomGenerator rng(seed);
        for (auto &[path, cache] : caches) {
            stats.unsyncedWritesAtCut += qint64(cache.ops.size());
            if (mode == PowerCutVfs::CutMode::TearUnsynced && !cache.ops.empty())
                tear(path, cache, rng);
            cache.ops.clear();
        }
    }

    // As SQLite's crash VFS (src/test6.c): every sector an unsynced write
    // touched is written, lost, or overwritten with noise; a truncate happens or not.
    void tear(const std::string &path, const PathCache &cache, QRandomGenerator &rng)
    {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return; // deleted since: nothing of it survives
        std::vector<char> noise(static_cast<size_t>(kSectorSize));
        for (const PendingOp &op : cache.ops) {
            if (op.truncate) {
                if (rng.bounded(2) == 0)
                    (void)::ftruncate(fd, op.offset);
                continue;
            }
            const qint64 end = op.offset + qint64(op.bytes.size());
            for (qint64 sector = op.offset / kSectorSize; sector * kSectorSize < end; ++sector) {
                const qint64 sectorStart = sector * kSectorSize;
                switch (rng.bounded(3)) {
                case 0:
                    ++stats.sectorsLost;
                    break;
                case 1: {
                    const qint64 from = qMax(sectorStart, op.offset);
                    const qint64 to = qMin(sectorStart + kSectorSize, end);
                    (void)::pwrite(fd, op.bytes.data() + (from - op.offset), size_t(to - from),
                                   off_t(from));
                    ++stats.sectorsWritten;
                    break;
                }
                default:
                    for (char &c : noise)
                        c = char(rng.bounded(256));
                    (void)::pwrite(fd, noise.data(), noise.size(), off_t(sectorStart));
                    ++stats.sectorsGarbled;
                    break;
                }
            }
        }
        ::close(fd);
    }
};

namespace {

PowerCutDisk &diskOf(sqlite3_vfs *vfs)
{
    return *static_cast<PowerCutDisk *>(vfs->pAppData);
}

int cutClose(sqlite3_file *file)
{
    CutFile *f = cutFile(file);
    return f->real->pMethods->xClose(f->real);
}

int cutRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    CutFile *f = cutFile(file);
    if (!f->cache)
        return f->real->pMethods->xRead(f->real, buffer, amount, offset);
    return f->disk->read(*f, static_cast<char *>(buffer), amount, offset);
}

int cutWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    CutFile *f = cutFile(file);
    return f->disk->write(*f, data, amount, offset);
}

int cutTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    CutFile *f = cutFile(file);
    return f->disk->truncate(*f, size);
}

int cutSync(sqlite3_file *file, int flags)
{
    CutFile *f = cutFile(file);
    return f->disk->sync(*f, flags);
}

int cutFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    CutFile *f = cutFile(file);
    if (!f->cache)
        return f->real->pMethods->xFileSize(f->real, size);
    return f->disk->fileSize(*f, size);
}

int cutLock(sqlite3_file *file, int level)
{
    CutFile *f = cutFile(file);
    return f->real->pMethods->xLock(f->real, level);
}

int cutUnlock(sqlite3_file *file, int level)
{
    CutFile *f = cutFile(file);
    return f->real->pMethods->xUnlock(f->real, level);
}

int cutCheckReservedLock(sqlite3_file *file, int *reserved)
{
    CutFile *f = cutFile(file);
    return f->real->pMethods->xCheckReservedLock(f->real, reserved);
}

int cutFileControl(sqlite3_file *file, int op, void *arg)
{
    // Size hints would grow the real file behind the page cache's back.
    if (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE)
        return SQLITE_OK;
    CutFile *f = cutFile(file);
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int cutSectorSize(sqlite3_file *)
{
    return int(kSectorSize);
}

int cutDeviceCharacteristics(sqlite3_file *)
{
    return 0; // no atomic writes, no safe append, no powersafe overwrite
}

int cutShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    CutFile *f = cutFile(file);
    return f->real->pMethods->xShmMap(f->real, region, size, extend, out);
}

int cutShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    CutFile *f = cutFile(file);
    return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}

void cutShmBarrier(sqlite3_file *file)
{
    CutFile *f = cutFile(file);
    f->real->pMethods->xShmBarrier(f->real);
}

int cutShmUnmap(sqlite3_file *file, int deleteFlag)
{
    CutFile *f = cutFile(file);
    return f->real->pMethods->xShmUnmap(f->real, deleteFlag);
}

int vfsOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    PowerCutDisk &disk = diskOf(vfs);
    CutFile *f = cutFile(file);
    f->base.pMethods = nullptr;
    f->disk = &disk;
    f->cache = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + kRealOffset);
    f->real->pMethods = nullptr;
    const int rc = disk.real->xOpen(disk.real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        return rc;
    }
    // Only files that outlive a crash go through the page cache.
    constexpr int kDurable = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL;
    if (name && (flags & kDurable)) {
        std::lock_guard lock(disk.mutex);
        f->cache = &disk.caches[name];
    }
    f->base.pMethods = &disk.methods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    PowerCutDisk &disk = diskOf(vfs);
    std::lock_guard lock(disk.mutex);
    if (disk.cut)
        return SQLITE_IOERR_DELETE;
    if (auto it = disk.caches.find(name); it != disk.caches.end())
        it->second.ops.clear(); // the file is gone, and its cache with it
    return disk.real->xDelete(disk.real, name, syncDir);
}

int vfsAccess(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xAccess(real, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xFullPathname(real, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *vfs, const char *name)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xDlOpen(real, name);
}

void vfsDlError(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    real->xDlError(real, size, out);
}

void (*vfsDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xDlSym(real, handle, symbol);
}

void vfsDlClose(sqlite3_vfs *vfs, void *handle)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    real->xDlClose(real, handle);
}

int vfsRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xRandomness(real, size, out);
}

int vfsSleep(sqlite3_vfs *vfs, int micros)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xSleep(real, micros);
}

int vfsCurrentTime(sqlite3_vfs *vfs, double *now)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xCurrentTime(real, now);
}

int vfsGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xGetLastError ? real->xGetLastError(real, size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *now)
{
    sqlite3_vfs *real = diskOf(vfs).real;
    return real->xCurrentTimeInt64(real, now);
}

} // namespace

PowerCutVfs::PowerCutVfs(SharedMemory shm)
    : m_disk(std::make_unique<PowerCutDisk>())
{
    PowerCutDisk &disk = *m_disk;
    disk.real = sqlite3_vfs_find(nullptr);
    if (!disk.real || disk.real->iVersion < 2)
        qFatal("PowerCutVfs: no usable default SQLite VFS to wrap");

    sqlite3_io_methods &m = disk.methods;
    // Version 2: no xFetch, so SQLite never maps the file and bypasses the cache.
    m.iVersion = shm == SharedMemory::Supported ? 2 : 1;
    m.xClose = cutClose;
    m.xRead = cutRead;
    m.xWrite = cutWrite;
    m.xTruncate = cutTruncate;
    m.xSync = cutSync;
    m.xFileSize = cutFileSize;
    m.xLock = cutLock;
    m.xUnlock = cutUnlock;
    m.xCheckReservedLock = cutCheckReservedLock;
    m.xFileControl = cutFileControl;
    m.xSectorSize = cutSectorSize;
    m.xDeviceCharacteristics = cutDeviceCharacteristics;
    if (shm == SharedMemory::Supported) {
        m.xShmMap = cutShmMap;
        m.xShmLock = cutShmLock;
        m.xShmBarrier = cutShmBarrier;
        m.xShmUnmap = cutShmUnmap;
    }

    sqlite3_vfs &v = disk.vfs;
    v.iVersion = 2;
    v.szOsFile = kRealOffset + disk.real->szOsFile;
    v.mxPathname = disk.real->mxPathname;
    v.zName = "tessera-powercut";
    v.pAppData = &disk;
    v.xOpen = vfsOpen;
    v.xDelete = vfsDelete;
    v.xAccess = vfsAccess;
    v.xFullPathname = vfsFullPathname;
    v.xDlOpen = vfsDlOpen;
    v.xDlError = vfsDlError;
    v.xDlSym = vfsDlSym;
    v.xDlClose = vfsDlClose;
    v.xRandomness = vfsRandomness;
    v.xSleep = vfsSleep;
    v.xCurrentTime = vfsCurrentTime;
    v.xGetLastError = vfsGetLastError;
    v.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    if (sqlite3_vfs_register(&v, 1) != SQLITE_OK)
        qFatal("PowerCutVfs: cannot register the VFS");
}

PowerCutVfs::~PowerCutVfs()
{
    sqlite3_vfs_unregister(&m_disk->vfs);
    sqlite3_vfs_register(m_disk->real, 1);
}

void PowerCutVfs::powerCut(quint32 seed, CutMode mode)
{
    m_disk->powerCut(seed, mode);
}

void PowerCutVfs::powerCutAtWrite(int writes, quint32 seed, CutMode mode)
{
    m_disk->arm(writes, seed, mode);
}

bool PowerCutVfs::waitForCut(std::chrono::milliseconds patience)
{
    return m_disk->waitForCut(patience);
}

bool PowerCutVfs::isCut() const
{
    std::lock_guard lock(m_disk->mutex);
    return m_disk->cut;
}

PowerCutVfs::Stats PowerCutVfs::stats() const
{
    std::lock_guard lock(m_disk->mutex);
    return m_disk->stats;
}

} // namespace tessera::test
