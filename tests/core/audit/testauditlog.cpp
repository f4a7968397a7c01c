// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogfixture.h"
#include "resultassert.h"

#include "audit/auditentryhasher.h"
#include "audit/auditlog.h"
#include "audit/auditverifier.h"
#include "storage/sqlitedb.h"

#include <QJsonObject>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

struct StoredEntry
{
    qint64 seq = 0;
    QString details;
    QByteArray prevHash;
    QByteArray hash;
};

QList<StoredEntry> storedEntries(SqliteDb &db)
{
    QList<StoredEntry> entries;
    auto rows = db.prepare(
        QStringLiteral("SELECT seq, details, prev_hash, hash FROM audit_log ORDER BY seq"));
    if (!rows)
        qFatal("%s", qPrintable(rows.error().toString()));
    for (;;) {
        auto row = rows->step();
        if (!row || !*row)
            break;
        entries.append(
            {rows->columnInt(0), rows->columnText(1), rows->columnBlob(2), rows->columnBlob(3)});
    }
    return entries;
}

Result<qint64> appendLogin(AuditLog &log, qint64 atMs)
{
    return log.append(atMs, QStringLiteral("alice"), QStringLiteral("login"), QString(), {});
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void entriesAreNumberedFromOneWithoutGaps();
    void hashFollowsTheDocumentedEncoding();
    void eachEntryLinksToThePreviousOne();
    void detailsAreStoredAsCompactJson();
    void appendAfterReopenContinuesTheChain();
    void resetAfterRollbackReusesTheSeq();
    void appendAfterRollbackWithoutResetStillChains();
    void twoAppendersCannotForkTheChain();
    void actionMustBeSnakeCase_data();
    void actionMustBeSnakeCase();
    void tableRejectsUpdatesAndDeletes();
    void openWithoutTheTableFails();
};

void TestAuditLog::entriesAreNumberedFromOneWithoutGaps()
{
    AuditLogFixture fixture;
    SqliteDb db = fixture.connect();
    auto log = AuditLog::open(db);
    TESSERA_VERIFY_OK(log);
    QCOMPARE(log->head().seq(), 0);
    for (qint64 expected = 1; expected <= 5; ++expected) {
        auto seq = appendLogin(*log, AuditLogFixture::kStartMs);
        TESSERA_VERIFY_OK(seq);
        QCOMPARE(*seq, expected);
    }
    const QList<StoredEntry> entries = storedEntries(db);
    QCOMPARE(entries.size(), 5);
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries[i].seq, qint64(i + 1));
    QCOMPARE(log->head(), AuditAnchor(5, entries.last().hash));
}

// The values were computed outside Tessera with the Python recipe in
// auditentryhasher.h, so a change to the encoding cannot go unnoticed.
void TestAuditLog::hashFollowsTheDocumentedEncoding()
{
    AuditLogFixture fixture;
    SqliteDb db = fixture.connect();
    auto log = AuditLog::open(db);
    TESSERA_VERIFY_OK(log);
    TESSERA_VERIFY_OK(log->append(1'800'000'000'000, QStringLiteral("alice"),
                                  QStringLiteral("refund"), QStringLiteral("order 42"),
                                  {{QStringLiteral("reason"), QStringLiteral("duplicate")},
                                   {QStringLiteral("amount"), 1500}}));
    TESSERA_VERIFY_OK(log->append(1'800'000'000'001, QStringLiteral("zo\u00eb"),
                                  QStringLiteral("login"), QString(), {}));

    const QList<StoredEntry> entries = storedEntries(db);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].prevHash, QByteArray(32, '\0'));
    QCOMPARE(entries[0].hash.toHex(),
             QByteArray("6be1b1cbe3bc005ecd6776ca7bae7bd99aa771b7e40654040fa4b46c60a7c3ee"));
    QCOMPARE(entries[1].hash.toHex(),
             QByteArray("abd7dda43859d3e1f95e6d8f07152190a0270e5499b81d0940cf23ab6071e217"));
}

void TestAuditLog::eachEntryLinksToThePreviousOne()
{
    AuditLogFixture fixture;
    fixture.append(20);
    SqliteDb db = fixture.connect();
    const QList<StoredEntry> entries = storedEntries(db);
    QCOMPARE(entries.size(), 20);
    QCOMPARE(entries.first().prevHash, AuditEntryHasher::genesisHash());
    for (qsizetype i = 1; i < entries.size(); ++i) {
        QCOMPARE(entries[i].prevHash, entries[i - 1].hash);
        QCOMPARE(entries[i].hash.size(), 32);
    }
}

void TestAuditLog::detailsAreStoredAsCompactJson()
{
    AuditLogFixture fixture;
    SqliteDb db = fixture.connect();
    auto log = AuditLog::open(db);
    TESSERA_VERIFY_OK(log);
    TESSERA_VERIFY_OK(log->append(AuditLogFixture::kStartMs, QStringLiteral("bob"),
                                  QStringLiteral("price_change"), QStringLiteral("product 3"),
                                  {{QStringLiteral("to"), 2500},
                                   {QStringLiteral("from"), 2000},
                                   {QStringLiteral("note"), QStringLiteral("\u4e0a\u8c03")}}));
    QCOMPARE(storedEntries(db).first().details,
             QStringLiteral("{\"from\":2000,\"note\":\"\u4e0a\u8c03\",\"to\":2500}"));
}

void TestAuditLog::appendAfterReopenContinuesTheChain()
{
    AuditLogFixture fixture;
    const AuditAnchor before = fixture.append(3);
    {
        SqliteDb db = fixture.connect();
        auto log = AuditLog::open(db);
        TESSERA_VERIFY_OK(log);
        QCOMPARE(log->head(), before);
        auto seq = appendLogin(*log, AuditLogFixture::kStartMs);
        TESSERA_VERIFY_OK(seq);
        QCOMPARE(*seq, 4);
    }
    SqliteDb db = fixture.connect();
    QCOMPARE(storedEntries(db).at(3).prevHash, before.hash());
    auto report = AuditVerifier::verify(db);
    TESSERA_VERIFY_OK(report);
    QVERIFY(report->ok);
    QCOMPARE(report->entries, 4);
}

void TestAuditLog::resetAfterRollbackReusesTheSeq()
{
    AuditLogFixture fixture;
    const AuditAnchor committed = fixture.append(3);
    SqliteDb db = fixture.connect();
    auto log = AuditLog::open(db);
    TESSERA_VERIFY_OK(log);
    {
        SqliteTransaction transaction(db);
        TESSERA_VERIFY_OK(appendLogin(*log, AuditLogFixture::kStartMs));
        TESSERA_VERIFY_OK(appendLogin(*log, AuditLogFixture::kStartMs));
        QCOMPARE(log->head().seq(), 5);
    } // rolled back
    log->reset();
    QCOMPARE(log->head(), committed);
    auto seq = appendLogin(*log, AuditLogFixture::kStartMs);
    TESSERA_VERIFY_OK(seq);
    QCOMPARE(*seq, 4);
    QCOMPARE(storedEntries(db).last().prevHash, committed.hash());
}

void TestAuditLog::appendAfterRollbackWithoutResetStillChains()
{
    AuditLogFixture fixture;
    fixture.append(3);
    SqliteDb db = fixture.connect();
    auto log = AuditLog::open(db);
    TESSERA_VERIFY_OK(log);
    {
        SqliteTransaction transaction(db);
        TESSERA_VERIFY_OK(appendLogin(*log, AuditLogFixture::kStartMs));
    } // rolled back, and the caller forgets reset()
    auto seq = appendLogin(*log, AuditLogFixture::kStartMs);
    TESSERA_VERIFY_OK(seq);
    QCOMPARE(*seq, 4);
    auto report = AuditVerifier::verify(db);
    TESSERA_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->entries, 4);
}

void TestAuditLog::twoAppendersCannotForkTheChain()
{
    AuditLogFixture fixture;
    SqliteDb first = fixture.connect();
    SqliteDb second = fixture.connect();
    auto firstLog = AuditLog::open(first);
    auto secondLog = AuditLog::open(second);
    TESSERA_VERIFY_OK(firstLog);
    TESSERA_VERIFY_OK(secondLog);
    for (int i = 0; i < 5; ++i) {
        TESSERA_VERIFY_OK(appendLogin(*firstLog, AuditLogFixture::kStartMs));
        TESSERA_VERIFY_OK(appendLogin(*secondLog, AuditLogFixture::kStartMs));
    }
    auto report = AuditVerifier::verify(first);
    TESSERA_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->entries, 10);
}

void TestAuditLog::actionMustBeSnakeCase_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitals") << QStringLiteral("Refund");
    QTest::newRow("space") << QStringLiteral("price change");
    QTest::newRow("leading digit") << QStringLiteral("1refund");
    QTest::newRow("dash") << QStringLiteral("card-key-reveal");
}

void TestAuditLog::actionMustBeSnakeCase()
{
    QFETCH(QString, action);
    AuditLogFixture fixture;
    SqliteDb db = fixture.connect();
    auto log = AuditLog::open(db);
    TESSERA_VERIFY_OK(log);
    auto seq = log->append(AuditLogFixture::kStartMs, QStringLiteral("alice"), action, {}, {});
    QVERIFY(!seq);
    QCOMPARE(seq.error().code, ErrorCode::InvalidInput);
    QVERIFY(storedEntries(db).isEmpty());
    TESSERA_VERIFY_OK(log->append(AuditLogFixture::kStartMs, QStringLiteral("alice"),
                                  QStringLiteral("card_key_reveal2"), {}, {}));
}

void TestAuditLog::tableRejectsUpdatesAndDeletes()
{
    AuditLogFixture fixture;
    fixture.append(3);
    SqliteDb db = fixture.connect();
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")));
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    QCOMPARE(storedEntries(db).size(), 3);
}

void TestAuditLog::openWithoutTheTableFails()
{
    QTemporaryDir dir;
    auto db = SqliteDb::open(dir.filePath(QStringLiteral("empty.db")));
    TESSERA_VERIFY_OK(db);
    auto log = AuditLog::open(*db);
    QVERIFY(!log);
    QCOMPARE(log.error().code, ErrorCode::StorageError);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "testauditlog.moc"
