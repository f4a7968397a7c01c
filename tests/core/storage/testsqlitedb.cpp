// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "powercutvfs.h"
#include "resultassert.h"
#include "storage/sqlitedb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tessera;
using namespace tessera::test;

namespace {

QString pragma(SqliteDb &db, const QString &name)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA ") + name);
    if (!stmt)
        return stmt.error().toString();
    auto row = stmt->step();
    if (!row || !*row)
        return QStringLiteral("(no row)");
    const QString value = stmt->columnText(0);
    stmt->reset();
    return value;
}

// Permission bits of a file, or -1 when it is not there.
int modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// Sets the process umask for the life of the guard.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_old(::umask(mask))
    {}
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestSqliteDb : public QObject
{
    Q_OBJECT
private slots:
    void readWriteOpenIsWalWithFullSync()
    {
        QTemporaryDir dir;
        auto db = SqliteDb::open(dir.filePath(QStringLiteral("t.db")));
        TESSERA_VERIFY_OK(db);
        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("synchronous")), QStringLiteral("2"));
    }

    // A VFS without shared memory is what a filesystem where WAL cannot work
    // looks like to SQLite: journal_mode=WAL is silently ignored.
    void fileWhereWalCannotWorkIsRefusedAsUnsafe()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nowal.db"));
        PowerCutVfs noSharedMemory(PowerCutVfs::SharedMemory::Unsupported);
        auto db = SqliteDb::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::UnsafeDurability);
        QCOMPARE(db.error().where, path);
        QVERIFY2(db.error().message.contains(QLatin1String("\"delete\"")) &&
                     db.error().message.contains(QLatin1String("synchronous=2")),
                 qPrintable(db.error().message));

        // So the engine does not open, and nothing is sold on that file.
        EngineOptions options;
        options.shiftRule = ShiftRule::None; // sells cash without opening a shift
        options.path = path;
        auto engine = Engine::open(options);
        QVERIFY(!engine.ok());
        QCOMPARE(engine.error().code, ErrorCode::UnsafeDurability);
        QVERIFY(!QFile::exists(path + QStringLiteral(".key")));
    }

    void inMemoryDatabaseIsRefusedAsUnsafe()
    {
        auto db = SqliteDb::open(QStringLiteral(":memory:"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::UnsafeDurability);
        QVERIFY2(db.error().message.contains(QLatin1String("\"memory\"")),
                 qPrintable(db.error().message));
    }

    void readOnlyOpenOfAWalFileWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        auto writer = SqliteDb::open(path);
        TESSERA_VERIFY_OK(writer);
        TESSERA_VERIFY_OK(
            writer->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(7)")));
        auto reader = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
        TESSERA_VERIFY_OK(reader);
        QCOMPARE(pragma(*reader, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    }

    void newDatabaseFilesAreOwnerOnlyWhateverTheUmask()
    {
        UmaskGuard umask022(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.db"));
        auto db = SqliteDb::open(path);
        TESSERA_VERIFY_OK(db);
        TESSERA_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE customers(name TEXT);"
                                                  "INSERT INTO customers VALUES('Li Wei')")));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
    }

    void openingAnExistingDatabaseKeepsItsContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        {
            auto db = SqliteDb::open(path);
            TESSERA_VERIFY_OK(db);
            TESSERA_VERIFY_OK(
                db->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(7)")));
        }
        auto again = SqliteDb::open(path);
        TESSERA_VERIFY_OK(again);
        auto stmt = again->prepare(QStringLiteral("SELECT x FROM t"));
        TESSERA_VERIFY_OK(stmt);
        auto row = stmt->step();
        TESSERA_VERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(stmt->columnInt(0), 7);
    }

    // A statement run again sees only what was bound since its last run:
    // a parameter left out is NULL, never the previous run's value, nor a
    // pointer to bytes bound without a copy and gone since.
    void aRunSeesOnlyWhatWasBoundSinceTheLastRun()
    {
        QTemporaryDir dir;
        auto db = SqliteDb::open(dir.filePath(QStringLiteral("t.db")));
        TESSERA_VERIFY_OK(db);
        TESSERA_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t(n, a, b, c)")));
        auto insert = db->prepare(QStringLiteral("INSERT INTO t VALUES(?, ?, ?, ?)"));
        TESSERA_VERIFY_OK(insert);
        {
            QByteArray gone("bytes bound in place");
            insert->bind(1, 1).bind(2, QStringLiteral("text")).bind(3, 2.5);
            insert->bindTextNoCopy(4, gone);
            TESSERA_VERIFY_OK(insert->run());
            gone.fill('x'); // the caller reuses its buffer after the run
        }
        insert->bind(1, 2);
        TESSERA_VERIFY_OK(insert->run());
        insert->bind(1, 3).bindBlobNoCopy(3, QByteArrayView("blob"));
        TESSERA_VERIFY_OK(insert->run());
        // Bound, then reset by hand before running: nothing of it stays.
        insert->bind(1, 99).bind(2, QStringLiteral("dropped"));
        insert->reset();
        insert->bind(1, 4);
        TESSERA_VERIFY_OK(insert->run());

        auto rows =
            db->prepare(QStringLiteral("SELECT n, quote(a), quote(b), quote(c) FROM t ORDER BY n"));
        TESSERA_VERIFY_OK(rows);
        QStringList seen;
        TESSERA_VERIFY_OK(rows->forEachRow([&](SqliteStatement &r) {
            seen << QStringLiteral("%1 %2 %3 %4")
                        .arg(r.columnInt(0))
                        .arg(r.columnText(1), r.columnText(2), r.columnText(3));
        }));
        QCOMPARE(seen, (QStringList{QStringLiteral("1 'text' 2.5 'bytes bound in place'"),
                                    QStringLiteral("2 NULL NULL NULL"),
                                    QStringLiteral("3 NULL X'626C6F62' NULL"),
                                    QStringLiteral("4 NULL NULL NULL")}));
    }

    void aStatementOfManyParametersIsClearedToo()
    {
        QTemporaryDir dir;
        auto db = SqliteDb::open(dir.filePath(QStringLiteral("t.db")));
        TESSERA_VERIFY_OK(db);
        // 70 parameters: more than the 64 tracked one by one.
        QStringList params;
        for (int i = 0; i < 70; ++i)
            params << QStringLiteral("?");
        auto select = db->prepare(QStringLiteral("SELECT quote(?1), quote(?70), ") +
                                  params.join(QLatin1Char('+')));
        TESSERA_VERIFY_OK(select);
        for (int i = 1; i <= 70; ++i)
            select->bind(i, i);
        auto row = select->step();
        TESSERA_VERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(select->columnText(1), QStringLiteral("70"));
        select->reset();
        select->bind(1, 5);
        row = select->step();
        TESSERA_VERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(select->columnText(0), QStringLiteral("5"));
        QCOMPARE(select->columnText(1), QStringLiteral("NULL"));
        select->reset();
    }
};

QTEST_GUILESS_MAIN(TestSqliteDb)
#include "testsqlitedb.moc"
