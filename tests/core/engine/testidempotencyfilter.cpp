// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/idempotencyfilter.h"
#include "storage/sqlitedb.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;

class TestIdempotencyFilter : public QObject
{
    Q_OBJECT

private slots:
    void unloadedAnswersMaybeForEveryKey();
    void loadsEveryJournalledKey();
    void addedKeysAreNeverMissed();
    void fewFalseMaybes();
    void fewFalseMaybesWhenFull();
    void aFullFilterGrowsAndForgetsNothing();
    void failedLoadLeavesItUnloaded();
};

namespace {

SqliteDb journalDb(const QString &path, int keys)
{
    auto db = SqliteDb::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().toString()));
    if (!db->exec(QStringLiteral("CREATE TABLE journal(seq INTEGER PRIMARY KEY, "
                                 "idem_key TEXT NOT NULL UNIQUE)")))
        qFatal("schema");
    (void)db->exec(QStringLiteral("BEGIN"));
    for (int i = 0; i < keys; ++i)
        (void)db->exec(QStringLiteral("INSERT INTO journal(idem_key) VALUES('old-%1')").arg(i));
    (void)db->exec(QStringLiteral("COMMIT"));
    return std::move(*db);
}

// A filter loaded from a journal of `keys` keys "old-0", "old-1", …
IdempotencyFilter loadedFilter(int keys)
{
    QTemporaryDir dir;
    SqliteDb db = journalDb(dir.filePath(QStringLiteral("j.db")), keys);
    IdempotencyFilter filter;
    if (!filter.load(db, keys).ok())
        qFatal("load failed");
    return filter;
}

} // namespace

void TestIdempotencyFilter::unloadedAnswersMaybeForEveryKey()
{
    IdempotencyFilter filter;
    QVERIFY(!filter.isLoaded());
    QVERIFY(filter.mayContain(QStringLiteral("anything")));
    QVERIFY(!filter.add(QStringLiteral("anything"))); // nothing to add to: load first
}

void TestIdempotencyFilter::loadsEveryJournalledKey()
{
    QTemporaryDir dir;
    SqliteDb db = journalDb(dir.filePath(QStringLiteral("j.db")), 5000);
    IdempotencyFilter filter;
    QVERIFY(filter.load(db, 5000).ok());
    QVERIFY(filter.isLoaded());
    for (int i = 0; i < 5000; ++i)
        QVERIFY2(filter.mayContain(QStringLiteral("old-%1").arg(i)),
                 qPrintable(QString::number(i)));
}

void TestIdempotencyFilter::addedKeysAreNeverMissed()
{
    IdempotencyFilter filter = loadedFilter(0);
    QVERIFY(!filter.mayContain(QStringLiteral("sale-1")));
    QVERIFY(filter.add(QStringLiteral("sale-1")));
    QVERIFY(filter.mayContain(QStringLiteral("sale-1")));
    // Invalidated, it is back to "maybe" for every key.
    filter.invalidate();
    QVERIFY(!filter.isLoaded());
    QVERIFY(filter.mayContain(QStringLiteral("sale-2")));
}

void TestIdempotencyFilter::fewFalseMaybes()
{
    IdempotencyFilter filter = loadedFilter(20000);
    int maybes = 0;
    for (int i = 0; i < 100000; ++i)
        maybes += filter.mayContain(QStringLiteral("new-%1").arg(i)) ? 1 : 0;
    // A false "maybe" only costs a lookup, but the filter must spare most.
    QVERIFY2(maybes < 1000, qPrintable(QString::number(maybes)));
}

void TestIdempotencyFilter::fewFalseMaybesWhenFull()
{
    // A key's bits share one cache line (a split block filter): filled to
    // just under its capacity, one generation still spares 99 lookups in 100.
    IdempotencyFilter filter = loadedFilter(1000);
    for (int i = 0; i < 86000; ++i)
        QVERIFY(filter.add(QStringLiteral("k-%1").arg(i)));
    QCOMPARE(filter.generations(), 1);
    int maybes = 0;
    for (int i = 0; i < 100000; ++i)
        maybes += filter.mayContain(QStringLiteral("new-%1").arg(i)) ? 1 : 0;
    qInfo("false maybes when full: %d in 100000", maybes);
    QVERIFY2(maybes < 1000, qPrintable(QString::number(maybes)));
}

void TestIdempotencyFilter::aFullFilterGrowsAndForgetsNothing()
{
    // A million bits hold about 87 000 keys: 300 000 fill it and the next
    // generation (twice as big) and spill into a third.
    IdempotencyFilter filter = loadedFilter(1000);
    QCOMPARE(filter.generations(), 1);
    const int added = 300000;
    for (int i = 0; i < added; ++i)
        QVERIFY(filter.add(QStringLiteral("k-%1").arg(i)));
    QVERIFY(filter.isLoaded());
    QCOMPARE(filter.generations(), 3);
    // Every key, old or new, in whichever generation took it, is found.
    for (int i = 0; i < 1000; ++i)
        QVERIFY(filter.mayContain(QStringLiteral("old-%1").arg(i)));
    for (int i = 0; i < added; ++i)
        QVERIFY2(filter.mayContain(QStringLiteral("k-%1").arg(i)), qPrintable(QString::number(i)));
    // And keys never added are still mostly spared the lookup.
    int maybes = 0;
    for (int i = 0; i < 100000; ++i)
        maybes += filter.mayContain(QStringLiteral("new-%1").arg(i)) ? 1 : 0;
    QVERIFY2(maybes < 2000, qPrintable(QString::number(maybes)));
}

void TestIdempotencyFilter::failedLoadLeavesItUnloaded()
{
    QTemporaryDir dir;
    auto db = SqliteDb::open(dir.filePath(QStringLiteral("empty.db")));
    QVERIFY(db.ok());
    IdempotencyFilter filter;
    QVERIFY(!filter.load(*db, 0).ok()); // no journal table
    QVERIFY(!filter.isLoaded());
    QVERIFY(filter.mayContain(QStringLiteral("any")));
}

QTEST_GUILESS_MAIN(TestIdempotencyFilter)
#include "testidempotencyfilter.moc"
