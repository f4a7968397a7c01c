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

// Entries as a build before the keyed chain wrote them.
void writeLegacyChain(const AuditLogFixture &fixture, qint64 count)
{
    SqliteDb db = fixture.connect();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO audit_log VALUES (?1, ?2, 'alice', 'login', '', '{}', ?3, ?4)"));
    if (!insert)
        qFatal("%s", qPrintable(insert.error().toString()));
    AuditEntryHasher legacy;
    QByteArray prev = AuditEntryHasher::genesisHash();
    for (qint64 seq = 1; seq <= count; ++seq) {
        const qint64 at = AuditLogFixture::kStartMs + seq;
        auto hash = legacy.hash({seq, at, "alice", "login", "", "{}", prev});
        if (!hash)
            qFatal("%s", qPrintable(hash.error().toString()));
        insert->bind(1, seq).bind(2, at).bind(3, prev).bind(4, *hash);
        if (auto r = insert->run(); !r)
            qFatal("%s", qPrintable(r.error().toString()));
        prev = *hash;
    }
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void entriesAreNumberedFromOneWithoutGaps();
    void hashFollowsTheDocumentedEncoding();
    void legacyHashFollowsTheDocumentedEncoding();
    void intactLegacyChainIsSealedOnOpenWithAnEntrySayingSo();
    void brokenLegacyChainStaysUnsealedAndVisible();
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
    auto log = fixture.open(db);
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
    auto log = fixture.open(db);
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
    // HMAC-SHA256 under HMAC-SHA256(data key 00..1f, "tessera/audit-chain/v1").
    QCOMPARE(entries[0].hash.toHex(),
             QByteArray("97212c9fd7c63cc37c7fa5c132e1f8a4dd1b0d0da33b4814eccad97a17f6609e"));
    QCOMPARE(entries[1].hash.toHex(),
             QByteArray("ae9213a54295cacedadbe86779993358645de8d3d9913c755132d2cfd81f63a7"));
    // The sealed head: count, last hash and their MAC.
    auto head = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'audit_head'"));
    TESSERA_VERIFY_OK(head);
    QVERIFY(*head->step());
    QCOMPARE(head->columnText(0),
             QStringLiteral("2:ae9213a54295cacedadbe86779993358645de8d3d9913c755132d2cfd81f63a7:"
                            "8dd4643522f9af5ab4350c2d2cc7d216671a4417aa2a6ca1870bfe92c7ea38f8"));
}

// Files written before the chain was keyed hashed entries with plain SHA-256.
void TestAuditLog::legacyHashFollowsTheDocumentedEncoding()
{
    AuditEntryHasher legacy;
    auto hash = legacy.hash({1, 1'800'000'000'000, "alice", "refund", "order 42",
                             "{\"amount\":1500,\"reason\":\"duplicate\"}",
                             AuditEntryHasher::genesisHash()});
    TESSERA_VERIFY_OK(hash);
    QCOMPARE(hash->toHex(),
             QByteArray("6be1b1cbe3bc005ecd6776ca7bae7bd99aa771b7e40654040fa4b46c60a7c3ee"));
}

// An older file: entries chained with plain SHA-256 and no head record.
void TestAuditLog::intactLegacyChainIsSealedOnOpenWithAnEntrySayingSo()
{
    AuditLogFixture fixture;
    writeLegacyChain(fixture, 5);
    SqliteDb db = fixture.connect();
    const QByteArray legacyFirst = storedEntries(db).first().hash;
    auto log = fixture.open(db);
    TESSERA_VERIFY_OK(log);
    QVERIFY(log->isSealed());
    const QList<StoredEntry> entries = storedEntries(db);
    QCOMPARE(entries.size(), 6);
    QVERIFY(entries.first().hash != legacyFirst);
    QCOMPARE(entries.last().details,
             QStringLiteral("{\"audit_chain\":\"hmac-v1\",\"legacy_entries\":5}"));
    auto chain = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'audit_chain'"));
    TESSERA_VERIFY_OK(chain);
    QVERIFY(*chain->step());
    QCOMPARE(chain->columnText(0), QStringLiteral("hmac-v1"));
    chain->reset();
    const AuditReport report = fixture.verify();
    QVERIFY2(report.ok, qPrintable(report.problem));
    QCOMPARE(report.entries, 6);
    // The triggers are back after the rewrite.
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")));
}

void TestAuditLog::brokenLegacyChainStaysUnsealedAndVisible()
{
    AuditLogFixture fixture;
    writeLegacyChain(fixture, 5);
    fixture.tamper(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"));
    SqliteDb db = fixture.connect();
    auto log = fixture.open(db);
    TESSERA_VERIFY_OK(log);
    QVERIFY(!log->isSealed());
    TESSERA_VERIFY_OK(appendLogin(*log, AuditLogFixture::kStartMs));
    const AuditReport report = fixture.verify();
    QVERIFY(!report.ok);
    QCOMPARE(report.kind, AuditReport::Kind::Edited);
    QCOMPARE(report.firstBadSeq, 3);
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
    auto log = fixture.open(db);
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
        auto log = fixture.open(db);
        TESSERA_VERIFY_OK(log);
        QCOMPARE(log->head(), before);
        auto seq = appendLogin(*log, AuditLogFixture::kStartMs);
        TESSERA_VERIFY_OK(seq);
        QCOMPARE(*seq, 4);
    }
    SqliteDb db = fixture.connect();
    QCOMPARE(storedEntries(db).at(3).prevHash, before.hash());
    auto report = AuditVerifier::verify(db, &fixture.dataKey());
    TESSERA_VERIFY_OK(report);
    QVERIFY(report->ok);
    QCOMPARE(report->entries, 4);
}

void TestAuditLog::resetAfterRollbackReusesTheSeq()
{
    AuditLogFixture fixture;
    const AuditAnchor committed = fixture.append(3);
    SqliteDb db = fixture.connect();
    auto log = fixture.open(db);
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
    auto log = fixture.open(db);
    TESSERA_VERIFY_OK(log);
    {
        SqliteTransaction transaction(db);
        TESSERA_VERIFY_OK(appendLogin(*log, AuditLogFixture::kStartMs));
    } // rolled back, and the caller forgets reset()
    auto seq = appendLogin(*log, AuditLogFixture::kStartMs);
    TESSERA_VERIFY_OK(seq);
    QCOMPARE(*seq, 4);
    auto report = AuditVerifier::verify(db, &fixture.dataKey());
    TESSERA_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->entries, 4);
}

void TestAuditLog::twoAppendersCannotForkTheChain()
{
    AuditLogFixture fixture;
    SqliteDb first = fixture.connect();
    SqliteDb second = fixture.connect();
    auto firstLog = fixture.open(first);
    auto secondLog = fixture.open(second);
    TESSERA_VERIFY_OK(firstLog);
    TESSERA_VERIFY_OK(secondLog);
    for (int i = 0; i < 5; ++i) {
        TESSERA_VERIFY_OK(appendLogin(*firstLog, AuditLogFixture::kStartMs));
        TESSERA_VERIFY_OK(appendLogin(*secondLog, AuditLogFixture::kStartMs));
    }
    auto report = AuditVerifier::verify(first, &fixture.dataKey());
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
    auto log = fixture.open(db);
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
    AuditLogFixture fixture;
    auto log = fixture.open(*db);
    QVERIFY(!log);
    QCOMPARE(log.error().code, ErrorCode::StorageError);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "testauditlog.moc"
