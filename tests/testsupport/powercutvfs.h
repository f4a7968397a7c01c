// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>
#include <memory>

namespace tessera::test {

class PowerCutDisk;

// A disk that can lose power, put under SQLite as the process's default VFS
// (as SQLite's own crash tests do). Writes since a file's last fsync stay in a
// per-path "page cache" that every handle of the path reads through; an fsync
// of any handle of the path writes them to the real file. powerCut() then
// loses that cache: unsynced writes are dropped, or torn (each 512-byte sector
// written, lost or garbled at random), and from then on no write, truncate,
// sync or delete reaches the real files. SIGKILL never loses the page cache,
// so only this shows that an acknowledged sale was really fsynced.
//
// The simulated disk does not promise powersafe overwrite (a torn sector may
// garble bytes around a write), and says so to SQLite, which then pads WAL
// commits to whole sectors. One instance at a time; create it before opening
// any database and destroy it after closing them all.
class PowerCutVfs
{
public:
    enum class CutMode {
        DropUnsynced, // the page cache is simply lost
        TearUnsynced, // a random subset of its sectors reaches the disk, some garbled
    };
    enum class SharedMemory {
        Supported,
        // Files without xShm* methods, as on filesystems where WAL cannot work:
        // SQLite then refuses journal_mode=WAL.
        Unsupported,
    };
    struct Stats
    {
        qint64 syncs = 0; // fsyncs that wrote a path's cache to its file
        qint64 unsyncedWritesAtCut = 0;
        qint64 sectorsWritten = 0; // torn cut: sectors that reached the disk intact
        qint64 sectorsGarbled = 0; // torn cut: sectors that reached it as noise
        qint64 sectorsLost = 0;    // torn cut: sectors that never reached it
        bool cutAtWrite = false;   // an armed cut happened at its write
    };

    // Wraps the current default VFS and registers itself as the default.
    explicit PowerCutVfs(SharedMemory shm = SharedMemory::Supported);
    // Unregisters itself and makes the wrapped VFS the default again.
    ~PowerCutVfs();
    PowerCutVfs(const PowerCutVfs &) = delete;
    PowerCutVfs &operator=(const PowerCutVfs &) = delete;

    // Thread-safe; the seed decides which sectors of a torn cut survive.
    void powerCut(quint32 seed, CutMode mode);
    // Arms a cut that happens as the `writes`-th next write to a database,
    // WAL or journal file is issued (that write is lost too), as SQLite's
    // crash tests crash at a chosen write: the cut lands inside a commit or
    // a checkpoint, with their writes in the page cache.
    void powerCutAtWrite(int writes, quint32 seed, CutMode mode);
    // Until the armed cut happened (true) or `patience` ran out (false).
    bool waitForCut(std::chrono::milliseconds patience);
    bool isCut() const;
    Stats stats() const;

private:
    std::unique_ptr<PowerCutDisk> m_disk;
};

} // namespace tessera::test
