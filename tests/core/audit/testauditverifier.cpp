// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogfixture.h"
#include "resultassert.h"

#include "audit/auditchainhead.h"
#include "audit/auditentryhasher.h"
#include "audit/auditverifier.h"
#include "storage/sqlitedb.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

using Kind = AuditReport::Kind;

namespace {

AuditReport verify(const AuditLogFixture &fixture,
                   const std::optional<AuditAnchor> &anchor = std::nullopt)
{
    return fixture.verify(anchor);
}

// Moves entry `seq` to `to` (both as stored; `to` must be free).
QString move(qint64 seq, qint64 to)
{
    return QStringLiteral("UPDATE audit_log SET seq = %2 WHERE seq = %1;").arg(seq).arg(to);
}

QString swap(qint64 a, qint64 b)
{
    return move(a, 1'000'000) + move(b, a) + move(1'000'000, b);
}

// What an insider holding the data key can do: sets entry `from`'s details
// and recomputes the MACs of it and of every entry up to `through`, and the
// sealed head when `through` is the last entry. Only an anchor kept
// elsewhere catches it (testauditattacks.cpp shows the same without the key).
void rewrite(const AuditLogFixture &fixture, qint64 from, qint64 through, const QString &details)
{
    fixture.tamper(QStringLiteral("UPDATE audit_log SET details = '%2' WHERE seq = %1")
                       .arg(from)
                       .arg(details));
    SqliteDb db = fixture.connect();
    auto rows = db.prepare(QStringLiteral("SELECT seq, at, actor, action, subject, details, "
                                          "prev_hash FROM audit_log WHERE seq >= ?1 AND seq <= "
                                          "?2 ORDER BY seq"));
    auto update =
        db.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?2, hash = ?3 WHERE seq = ?1"));
    QVERIFY(rows && update);
    rows->bind(1, from).bind(2, through);
    AuditEntryHasher hasher(
        std::make_shared<const AuditChainKey>(AuditChainKey::derive(fixture.dataKey())));
    QByteArray prevHash;
    struct Forged
    {
        qint64 seq;
        QByteArray prevHash;
        QByteArray hash;
    };
    QList<Forged> forged;
    for (;;) {
        auto row = rows->step();
        QVERIFY(row);
        if (!*row)
            break;
        if (prevHash.isEmpty())
            prevHash = rows->columnBlob(6);
        const qint64 seq = rows->columnInt(0);
        const QByteArray actor = rows->columnBlob(2);
        const QByteArray action = rows->columnBlob(3);
        const QByteArray subject = rows->columnBlob(4);
        const QByteArray detailsText = rows->columnBlob(5);
        auto hash =
            hasher.hash({seq, rows->columnInt(1), actor, action, subject, detailsText, prevHash});
        QVERIFY(hash);
        forged.append({seq, prevHash, *hash});
        prevHash = *hash;
    }
    for (const Forged &entry : forged) {
        update->bind(1, entry.seq).bind(2, entry.prevHash).bind(3, entry.hash);
        QVERIFY(update->run());
    }
    auto head = AuditChainHead::read(db);
    QVERIFY(head && *head);
    if ((*head)->head.seq() == forged.last().seq)
        QVERIFY(
            AuditChainHead::write(db, hasher, AuditAnchor(forged.last().seq, forged.last().hash)));
}

QByteArray storedHash(const AuditLogFixture &fixture, qint64 seq)
{
    SqliteDb db = fixture.connect();
    auto row = db.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?1"));
    if (!row)
        return {};
    row->bind(1, seq);
    auto found = row->step();
    return found && *found ? row->columnBlob(0) : QByteArray();
}

} // namespace

class TestAuditVerifier : public QObject
{
    Q_OBJECT

private slots:
    void emptyLogVerifies();
    void intactLogVerifies();
    void editedEntryIsLocated_data();
    void editedEntryIsLocated();
    void entryReplacedWithRecomputedHashIsLocated();
    void deletedEntriesAreLocated_data();
    void deletedEntriesAreLocated();
    void deletedEntryWithRenumberingIsLocated();
    void deletedLastEntryIsCaughtByTheSealedHead();
    void missingOrForgedHeadIsReported();
    void sealedLogCannotBeVerifiedWithoutTheKey();
    void intactLegacyChainIsReportedAsUnsealed();
    void deletedLastEntryIsCaughtByAnchor();
    void swappedEntriesAreLocatedAsReordered_data();
    void swappedEntriesAreLocatedAsReordered();
    void tailRewrittenWithTheKeyPassesWithoutAnchorButNotWithOne();
    void truncatedAndRegrownLogIsCaughtByAnchor();
    void earlierAnchorStillMatchesGrownLog();
    void anchorRoundTripsAsText();
    void malformedAnchorIsRejected_data();
    void malformedAnchorIsRejected();
    void logWithoutTableIsAnError();
    void kindsHaveStableNames();
};

void TestAuditVerifier::emptyLogVerifies()
{
    AuditLogFixture fixture;
    fixture.append(0); // opening the log seals it, empty
    const AuditReport report = verify(fixture);
    QVERIFY(report.ok);
    QCOMPARE(report.entries, 0);
    QCOMPARE(report.kind, Kind::None);
    QCOMPARE(report.head, AuditAnchor(0, AuditEntryHasher::genesisHash()));
    QVERIFY(verify(fixture, report.head).ok);
}

void TestAuditVerifier::intactLogVerifies()
{
    AuditLogFixture fixture;
    const AuditAnchor head = fixture.append(100);
    const AuditReport report = verify(fixture, head);
    QVERIFY2(report.ok, qPrintable(report.problem));
    QCOMPARE(report.entries, 100);
    QCOMPARE(report.firstBadSeq, 0);
    QVERIFY(report.problem.isEmpty());
    QCOMPARE(report.head, head);
}

void TestAuditVerifier::editedEntryIsLocated_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("seq");
    QTest::newRow("details")
        << QStringLiteral(
               "UPDATE audit_log SET details = '{\"amount\":1,\"reason\":\"customer request\"}' "
               "WHERE seq = 17")
        << qint64(17);
    QTest::newRow("actor") << QStringLiteral(
                                  "UPDATE audit_log SET actor = 'mallory' WHERE seq = 42")
                           << qint64(42);
    QTest::newRow("at") << QStringLiteral("UPDATE audit_log SET at = at - 3600000 WHERE seq = 1")
                        << qint64(1);
    QTest::newRow("at as a fraction")
        << QStringLiteral("PRAGMA ignore_check_constraints = ON;"
                          "UPDATE audit_log SET at = at + 0.5 WHERE seq = 60")
        << qint64(60);
    QTest::newRow("action") << QStringLiteral(
                                   "UPDATE audit_log SET action = 'login' WHERE seq = 99")
                            << qint64(99);
    QTest::newRow("subject") << QStringLiteral(
                                    "UPDATE audit_log SET subject = 'order 7' WHERE seq = 100")
                             << qint64(100);
    QTest::newRow("hash") << QStringLiteral(
                                 "UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 30")
                          << qint64(30);
    QTest::newRow("prev_hash")
        << QStringLiteral("UPDATE audit_log SET prev_hash = zeroblob(32) WHERE seq = 31")
        << qint64(31);
    QTest::newRow("contents swapped, hashes kept")
        << QStringLiteral("UPDATE audit_log SET subject = CASE seq WHEN 10 THEN 'order 11' "
                          "ELSE 'order 10' END WHERE seq IN (10, 11)")
        << qint64(10);
}

void TestAuditVerifier::editedEntryIsLocated()
{
    QFETCH(QString, sql);
    QFETCH(qint64, seq);
    AuditLogFixture fixture;
    fixture.append(100);
    fixture.tamper(sql);
    const AuditReport report = verify(fixture);
    QVERIFY(!report.ok);
    QCOMPARE(report.kind, Kind::Edited);
    QCOMPARE(report.firstBadSeq, seq);
    QCOMPARE(report.entries, seq - 1);
    QCOMPARE(report.problem, QStringLiteral("entry %1 was changed after it was written").arg(seq));
}

void TestAuditVerifier::entryReplacedWithRecomputedHashIsLocated()
{
    AuditLogFixture fixture;
    fixture.append(100);
    rewrite(fixture, 40, 40, QStringLiteral("{\"amount\":1}"));
    const AuditReport report = verify(fixture);
    QCOMPARE(report.kind, Kind::Edited);
    QCOMPARE(report.firstBadSeq, 40);
    QCOMPARE(report.problem,
             QStringLiteral("entry 40 was replaced after it was written (entry 41 no longer "
                            "follows it)"));
}

void TestAuditVerifier::deletedEntriesAreLocated_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<QString>("problem");
    QTest::newRow("one in the middle")
        << QStringLiteral("seq = 50") << qint64(50)
        << QStringLiteral("entry 50 is missing (49 is followed by 51)");
    QTest::newRow("a run") << QStringLiteral("seq BETWEEN 50 AND 52") << qint64(50)
                           << QStringLiteral("entries 50 to 52 are missing (49 is followed by 53)");
    QTest::newRow("the first") << QStringLiteral("seq = 1") << qint64(1)
                               << QStringLiteral("entry 1 is missing (the log starts at entry 2)");
    QTest::newRow("the first few")
        << QStringLiteral("seq <= 3") << qint64(1)
        << QStringLiteral("entries 1 to 3 are missing (the log starts at entry 4)");
}

void TestAuditVerifier::deletedEntriesAreLocated()
{
    QFETCH(QString, where);
    QFETCH(qint64, seq);
    QFETCH(QString, problem);
    AuditLogFixture fixture;
    fixture.append(100);
    fixture.tamper(QStringLiteral("DELETE FROM audit_log WHERE ") + where);
    const AuditReport report = verify(fixture);
    QVERIFY(!report.ok);
    QCOMPARE(report.kind, Kind::Deleted);
    QCOMPARE(report.firstBadSeq, seq);
    QCOMPARE(report.entries, seq - 1);
    QCOMPARE(report.problem, problem);
}

void TestAuditVerifier::deletedEntryWithRenumberingIsLocated()
{
    AuditLogFixture fixture;
    fixture.append(100);
    fixture.tamper(QStringLiteral("DELETE FROM audit_log WHERE seq IN (50, 51);"
                                  "UPDATE audit_log SET seq = seq + 1000 WHERE seq > 51;"
                                  "UPDATE audit_log SET seq = seq - 1002 WHERE seq > 1000;"));
    const AuditReport report = verify(fixture);
    QCOMPARE(report.kind, Kind::Deleted);
    QCOMPARE(report.firstBadSeq, 50);
    QCOMPARE(
        report.problem,
        QStringLiteral("entries 50 to 51 are missing (49 is followed by 52, renumbered as 50)"));
}

void TestAuditVerifier::deletedLastEntryIsCaughtByTheSealedHead()
{
    AuditLogFixture fixture;
    fixture.append(100);
    fixture.tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 100"));
    const AuditReport report = verify(fixture);
    QVERIFY(!report.ok);
    QCOMPARE(report.kind, Kind::Truncated);
    QCOMPARE(report.firstBadSeq, 100);
    QCOMPARE(report.entries, 99);
    QCOMPARE(report.problem, QStringLiteral("the log was cut short: it ends at entry 99 but its "
                                            "sealed head records entry 100"));
}

void TestAuditVerifier::missingOrForgedHeadIsReported()
{
    AuditLogFixture fixture;
    const AuditAnchor head = fixture.append(10);
    // A head for the same entry, MACed under another key.
    AuditEntryHasher wrongKey(
        std::make_shared<const AuditChainKey>(AuditChainKey::derive(DataKey::generate())));
    fixture.tamper(QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'audit_head'")
                       .arg(AuditChainHead::encode(wrongKey, head)));
    AuditReport report = verify(fixture);
    QCOMPARE(report.kind, Kind::HeadMismatch);
    QCOMPARE(report.firstBadSeq, 11);
    QCOMPARE(report.entries, 10);

    fixture.tamper(QStringLiteral("DELETE FROM settings WHERE key = 'audit_head'"));
    report = verify(fixture);
    QCOMPARE(report.kind, Kind::HeadMismatch);
    // The chain setting alone still says the log is sealed.
    fixture.tamper(QStringLiteral("DELETE FROM settings WHERE key = 'audit_chain'"));
    SqliteDb db = fixture.connect();
    auto unkeyed = AuditVerifier::verify(db, nullptr);
    TESSERA_VERIFY_OK(unkeyed);
    QVERIFY(!unkeyed->ok);
    QCOMPARE(unkeyed->kind, Kind::Edited);
    QCOMPARE(unkeyed->firstBadSeq, 1);
}

void TestAuditVerifier::sealedLogCannotBeVerifiedWithoutTheKey()
{
    AuditLogFixture fixture;
    fixture.append(3);
    SqliteDb db = fixture.connect();
    auto report = AuditVerifier::verify(db, nullptr);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::InvalidInput);
    const DataKey other = DataKey::generate();
    auto wrong = AuditVerifier::verify(db, &other);
    TESSERA_VERIFY_OK(wrong);
    QCOMPARE(wrong->kind, Kind::Edited);
    QCOMPARE(wrong->firstBadSeq, 1);
}

void TestAuditVerifier::intactLegacyChainIsReportedAsUnsealed()
{
    AuditLogFixture fixture;
    SqliteDb db = fixture.connect();
    AuditEntryHasher legacy;
    auto hash = legacy.hash({1, AuditLogFixture::kStartMs, "alice", "login", "", "{}",
                             AuditEntryHasher::genesisHash()});
    TESSERA_VERIFY_OK(hash);
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO audit_log VALUES (1, ?1, 'alice', 'login', '', '{}', ?2, ?3)"));
    TESSERA_VERIFY_OK(insert);
    insert->bind(1, AuditLogFixture::kStartMs)
        .bind(2, AuditEntryHasher::genesisHash())
        .bind(3, *hash);
    TESSERA_VERIFY_OK(insert->run());
    auto report = AuditVerifier::verify(db, nullptr);
    TESSERA_VERIFY_OK(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->kind, Kind::Unsealed);
    QCOMPARE(report->entries, 1);
}

void TestAuditVerifier::deletedLastEntryIsCaughtByAnchor()
{
    AuditLogFixture fixture;
    const AuditAnchor anchor = fixture.append(100);
    fixture.tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 100"));
    const AuditReport report = verify(fixture, anchor);
    QVERIFY(!report.ok);
    QCOMPARE(report.kind, Kind::Truncated);
    QCOMPARE(report.firstBadSeq, 100);
    QCOMPARE(report.entries, 99);
    QCOMPARE(report.problem,
             QStringLiteral("the log was truncated: it ends at entry 99 but the anchor records "
                            "entry 100"));
}

void TestAuditVerifier::swappedEntriesAreLocatedAsReordered_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("second");
    QTest::newRow("neighbours") << qint64(30) << qint64(31);
    QTest::newRow("far apart") << qint64(20) << qint64(70);
    QTest::newRow("first and last") << qint64(1) << qint64(100);
}

void TestAuditVerifier::swappedEntriesAreLocatedAsReordered()
{
    QFETCH(qint64, first);
    QFETCH(qint64, second);
    AuditLogFixture fixture;
    const AuditAnchor anchor = fixture.append(100);
    fixture.tamper(swap(first, second));
    for (const auto &withAnchor : {std::optional<AuditAnchor>(), std::optional(anchor)}) {
        const AuditReport report = verify(fixture, withAnchor);
        QVERIFY(!report.ok);
        QCOMPARE(report.kind, Kind::Reordered);
        QCOMPARE(report.firstBadSeq, first);
        QCOMPARE(report.problem,
                 QStringLiteral("entry %1 is out of order: its place holds entry %2")
                     .arg(first)
                     .arg(second));
    }
}

void TestAuditVerifier::tailRewrittenWithTheKeyPassesWithoutAnchorButNotWithOne()
{
    AuditLogFixture fixture;
    const AuditAnchor at50 = fixture.append(50);
    fixture.append(20);
    const AuditAnchor at70(70, storedHash(fixture, 70));
    const AuditAnchor at100 = fixture.append(30);
    rewrite(fixture, 60, 100, QStringLiteral("{\"amount\":1}"));

    const AuditReport unanchored = verify(fixture);
    QVERIFY(unanchored.ok);
    QCOMPARE(unanchored.entries, 100);

    QVERIFY(verify(fixture, at50).ok); // the rewrite came after it
    for (const AuditAnchor &anchor : {at70, at100}) {
        const AuditReport report = verify(fixture, anchor);
        QVERIFY(!report.ok);
        QCOMPARE(report.kind, Kind::AnchorMismatch);
        QCOMPARE(report.firstBadSeq, anchor.seq());
        QCOMPARE(report.problem, QStringLiteral("the log was rewritten at or before entry %1 (it "
                                                "no longer matches the anchor)")
                                     .arg(anchor.seq()));
    }
}

void TestAuditVerifier::truncatedAndRegrownLogIsCaughtByAnchor()
{
    AuditLogFixture fixture;
    const AuditAnchor anchor = fixture.append(100);
    fixture.tamper(QStringLiteral("DELETE FROM audit_log WHERE seq > 90"));
    fixture.append(15, QStringLiteral("mallory"));
    QVERIFY(verify(fixture).ok);
    const AuditReport report = verify(fixture, anchor);
    QCOMPARE(report.kind, Kind::AnchorMismatch);
    QCOMPARE(report.firstBadSeq, 100);
}

void TestAuditVerifier::earlierAnchorStillMatchesGrownLog()
{
    AuditLogFixture fixture;
    const AuditAnchor anchor = fixture.append(50);
    const AuditAnchor head = fixture.append(50);
    const AuditReport report = verify(fixture, anchor);
    QVERIFY2(report.ok, qPrintable(report.problem));
    QCOMPARE(report.head, head);
}

void TestAuditVerifier::anchorRoundTripsAsText()
{
    AuditLogFixture fixture;
    const AuditAnchor anchor = fixture.append(7);
    const QString text = anchor.toString();
    QVERIFY(text.startsWith(QStringLiteral("7:")));
    QCOMPARE(text.size(), 2 + 64);
    auto parsed =
        AuditAnchor::fromString(QStringLiteral("  ") + text.toUpper() + QStringLiteral("\n"));
    TESSERA_VERIFY_OK(parsed);
    QCOMPARE(*parsed, anchor);
}

void TestAuditVerifier::malformedAnchorIsRejected_data()
{
    const QString hex(64, QLatin1Char('a'));
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no seq") << QStringLiteral(":") + hex;
    QTest::newRow("negative seq") << QStringLiteral("-1:") + hex;
    QTest::newRow("short hash") << QStringLiteral("5:abcd");
    QTest::newRow("not hex") << QStringLiteral("5:") + QString(64, QLatin1Char('g'));
    QTest::newRow("seq 0 with a hash") << QStringLiteral("0:") + hex;
}

void TestAuditVerifier::malformedAnchorIsRejected()
{
    QFETCH(QString, text);
    auto anchor = AuditAnchor::fromString(text);
    QVERIFY(!anchor);
    QCOMPARE(anchor.error().code, ErrorCode::InvalidInput);
}

void TestAuditVerifier::logWithoutTableIsAnError()
{
    QTemporaryDir dir;
    auto db = SqliteDb::open(dir.filePath(QStringLiteral("empty.db")));
    TESSERA_VERIFY_OK(db);
    auto report = AuditVerifier::verify(*db, &AuditLogFixture::fixedDataKey().operator*());
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::StorageError);
}

void TestAuditVerifier::kindsHaveStableNames()
{
    QCOMPARE(AuditReport::kindName(Kind::None), QStringLiteral("none"));
    QCOMPARE(AuditReport::kindName(Kind::Edited), QStringLiteral("edited"));
    QCOMPARE(AuditReport::kindName(Kind::Deleted), QStringLiteral("deleted"));
    QCOMPARE(AuditReport::kindName(Kind::Reordered), QStringLiteral("reordered"));
    QCOMPARE(AuditReport::kindName(Kind::AnchorMismatch), QStringLiteral("anchor_mismatch"));
    QCOMPARE(AuditReport::kindName(Kind::Truncated), QStringLiteral("truncated"));
    QCOMPARE(AuditReport::kindName(Kind::HeadMismatch), QStringLiteral("head_mismatch"));
    QCOMPARE(AuditReport::kindName(Kind::Unsealed), QStringLiteral("unsealed"));
}

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "testauditverifier.moc"
