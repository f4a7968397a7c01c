// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultassert.h"
#include "storage/sqlitedb.h"
#include "storage/walcheckpointer.h"
#include "threadpolicies.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <sched.h>
#include <sqlite3.h>

using namespace tessera;

namespace {

// One commit's worth of WAL: a 256 KiB row, 64 pages and some.
constexpr int kRowBytes = 256 * 1024;
constexpr qint64 kPage = 4096;
constexpr qint64 kFrame = kPage + 24;

// A writer that never pauses: one row per commit, as a rush's group commits.
void writeRows(SqliteDb &db, int rows, int firstId)
{
    auto insert = db.prepare(QStringLiteral("INSERT INTO blob_rows(id, body) VALUES(?, ?)"));
    TESSERA_VERIFY_OK(insert);
    const QByteArray body(kRowBytes, 'x');
    for (int i = 0; i < rows; ++i) {
        TESSERA_VERIFY_OK(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
        insert->bind(1, qint64(firstId + i)).bind(2, body);
        TESSERA_VERIFY_OK(insert->run());
        TESSERA_VERIFY_OK(db.exec(QStringLiteral("COMMIT")));
    }
}

qint64 walBytes(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

qint64 count(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM blob_rows"));
    if (!stmt)
        return -1;
    auto row = stmt->step();
    const qint64 n = row && *row ? stmt->columnInt(0) : -1;
    stmt->reset();
    return n;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writerThatNeverPausesKeepsTheWalSmall_data();
    void writerThatNeverPausesKeepsTheWalSmall();
    void readerHoldingTheWalDelaysTheRestartOnly();
    void theCheckpointerDoesNotPreemptTheWriter();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

void TestWalCheckpointer::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("wal%1.db").arg(++m_n));
}

// Without restarts the WAL of a writer that never pauses grows by every
// commit: 300 commits of 64 pages would be ~80 MB. With them it wraps at
// kRestartPages. Beside the checkpointer's PASSIVE copies a slow writer may
// let SQLite restart the WAL by itself (every frame copied before a write),
// so only the run without the checkpointer's copies must see the writer's
// own restart.
void TestWalCheckpointer::writerThatNeverPausesKeepsTheWalSmall_data()
{
    QTest::addColumn<int>("pagesPerCheckpoint");
    QTest::addColumn<bool>("writerMustRestart");
    QTest::newRow("checkpointer beside") << 2000 << false;
    QTest::newRow("no passive copies") << std::numeric_limits<int>::max() << true;
}

void TestWalCheckpointer::writerThatNeverPausesKeepsTheWalSmall()
{
    QFETCH(int, pagesPerCheckpoint);
    QFETCH(bool, writerMustRestart);
    auto db = SqliteDb::open(m_path);
    TESSERA_VERIFY_OK(db);
    // Beside the checkpointer the writer commits as the engine does (FULL);
    // without passive copies synchronous=OFF is for speed only.
    if (writerMustRestart)
        TESSERA_VERIFY_OK(db->exec(QStringLiteral("PRAGMA synchronous=OFF")));
    TESSERA_VERIFY_OK(db->exec(
        QStringLiteral("CREATE TABLE blob_rows(id INTEGER PRIMARY KEY, body BLOB NOT NULL)")));
    constexpr int kRows = 300;
    {
        WalCheckpointer checkpointer(m_path, db->handle(), pagesPerCheckpoint);
        writeRows(*db, kRows, 1);
        if (writerMustRestart)
            QVERIFY(checkpointer.restarts() >= 1);
        const qint64 limit = (WalCheckpointer::kRestartPages + 2 * 2000 + 100) * kFrame;
        QVERIFY2(
            walBytes(m_path) <= limit,
            qPrintable(QStringLiteral("WAL %1 bytes, limit %2").arg(walBytes(m_path)).arg(limit)));
        QVERIFY(walBytes(m_path) < qint64(kRows) * kRowBytes);
    }
    QCOMPARE(count(*db), qint64(kRows));
    auto check = db->prepare(QStringLiteral("PRAGMA integrity_check"));
    TESSERA_VERIFY_OK(check);
    auto row = check->step();
    QVERIFY(row && *row);
    QCOMPARE(check->columnText(0), QStringLiteral("ok"));
}

// A reader in the middle of a read transaction needs the WAL: the writer
// neither waits for it nor fails, the WAL grows past the restart size, and
// it restarts once the reader is done.
void TestWalCheckpointer::readerHoldingTheWalDelaysTheRestartOnly()
{
    auto db = SqliteDb::open(m_path);
    TESSERA_VERIFY_OK(db);
    TESSERA_VERIFY_OK(db->exec(QStringLiteral("PRAGMA synchronous=OFF")));
    TESSERA_VERIFY_OK(db->exec(
        QStringLiteral("CREATE TABLE blob_rows(id INTEGER PRIMARY KEY, body BLOB NOT NULL)")));
    auto reader = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
    TESSERA_VERIFY_OK(reader);

    WalCheckpointer checkpointer(m_path, db->handle());
    writeRows(*db, 10, 1);
    // The reader's snapshot: 10 rows, kept while the writer goes on.
    TESSERA_VERIFY_OK(reader->exec(QStringLiteral("BEGIN")));
    QCOMPARE(count(*reader), qint64(10));
    writeRows(*db, 200, 11);
    QCOMPARE(checkpointer.restarts(), qint64(0));
    QVERIFY(walBytes(m_path) > WalCheckpointer::kRestartPages * kFrame);
    QCOMPARE(count(*reader), qint64(10));
    TESSERA_VERIFY_OK(reader->exec(QStringLiteral("COMMIT")));

    // Retried once the WAL has grown by another checkpoint's worth.
    int next = 211;
    while (checkpointer.restarts() == 0 && next < 300)
        writeRows(*db, 1, next++);
    QVERIFY(checkpointer.restarts() >= 1);
    // Restarted, the WAL is written over from its start: the file does not grow.
    const qint64 grown = walBytes(m_path);
    writeRows(*db, 40, next);
    QCOMPARE(walBytes(m_path), grown);
    QCOMPARE(count(*reader), qint64(next - 1 + 40));
}

// Woken while the writer is busy, the checkpointer must not take its CPU: it
// runs as SCHED_BATCH, which the kernel never lets preempt on wake-up.
void TestWalCheckpointer::theCheckpointerDoesNotPreemptTheWriter()
{
    auto db = SqliteDb::open(m_path);
    TESSERA_VERIFY_OK(db);
    QVERIFY(!test::threadPolicies().contains(QStringLiteral("tessera-ckpt")));
    WalCheckpointer checkpointer(m_path, db->handle());
    // The thread names itself and sets its policy as it starts.
    QTRY_COMPARE(test::threadPolicies().value(QStringLiteral("tessera-ckpt"), -1),
                 int(SCHED_BATCH));
    QCOMPARE(sched_getscheduler(0), int(SCHED_OTHER)); // this thread, the writer, unchanged
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "testwalcheckpointer.moc"
