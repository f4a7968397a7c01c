// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogfixture.h"
#include "resultassert.h"

#include "audit/auditchainhead.h"
#include "audit/auditentryhasher.h"
#include "audit/auditverifier.h"
#include "crypto/datakey.h"
#include "storage/sqlitedb.h"

#include <QProcess>
#include <QTest>

#include "sqliteshellattacker.h"

using namespace tessera;
using namespace tessera::test;

using Kind = AuditReport::Kind;

namespace {

constexpr qint64 kEntries = 10;

// The attacker: the sqlite3 shell on the file, with the append-only triggers
// dropped first, as anyone holding the file (but not the data key) can.
void attack(const AuditLogFixture &fixture, const QString &sql)
{
    QVERIFY(runAsAttacker(fixture.path(), sql));
}

QString hex(const QByteArray &bytes)
{
    return QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

struct Row
{
    qint64 seq = 0;
    qint64 at = 0;
    QByteArray actor, action, subject, details, hash;
};

QList<Row> rows(const AuditLogFixture &fixture)
{
    SqliteDb db = fixture.connect();
    auto stmt = db.prepare(QStringLiteral(
        "SELECT seq, at, actor, action, subject, details, hash FROM audit_log ORDER BY seq"));
    if (!stmt)
        qFatal("%s", qPrintable(stmt.error().toString()));
    QList<Row> out;
    (void)stmt->forEachRow([&](SqliteStatement &s) {
        out.append({s.columnInt(0), s.columnInt(1), s.columnBlob(2), s.columnBlob(3),
                    s.columnBlob(4), s.columnBlob(5), s.columnBlob(6)});
    });
    return out;
}

// INSERTs for `count` refunds after `last`, chained with `hasher` (unkeyed,
// or keyed with a key that is not the file's), and a head record to match.
QString forgedTail(AuditEntryHasher &hasher, const Row &last, qint64 count)
{
    QString sql;
    QByteArray prev = last.hash;
    qint64 seq = last.seq;
    for (qint64 i = 0; i < count; ++i) {
        ++seq;
        const QByteArray details = QByteArrayLiteral("{\"amount\":99900}");
        auto hash =
            hasher.hash({seq, last.at + i + 1, "mallory", "refund", "order 7", details, prev});
        if (!hash)
            qFatal("%s", qPrintable(hash.error().toString()));
        sql +=
            QStringLiteral("INSERT INTO audit_log VALUES (%1, %2, 'mallory', 'refund', 'order 7', "
                           "'%3', %4, %5);")
                .arg(seq)
                .arg(last.at + i + 1)
                .arg(QString::fromUtf8(details), hex(prev), hex(*hash));
        prev = *hash;
    }
    QByteArray mac = hasher.headMac(seq, prev);
    if (mac.isEmpty())
        mac = QByteArray(32, '\x5a');
    sql += QStringLiteral("UPDATE settings SET value = '%1:%2:%3' WHERE key = 'audit_head';")
               .arg(seq)
               .arg(QString::fromLatin1(prev.toHex()), QString::fromLatin1(mac.toHex()));
    return sql;
}

void expectBroken(const AuditLogFixture &fixture, Kind kind, qint64 firstBad)
{
    const AuditReport report = fixture.verify();
    QVERIFY(!report.ok);
    QCOMPARE(AuditReport::kindName(report.kind), AuditReport::kindName(kind));
    QCOMPARE(report.firstBadSeq, firstBad);
    QCOMPARE(report.entries, firstBad - 1);
    QVERIFY(!report.problem.isEmpty());
}

} // namespace

// Someone holding the database file but not the data key attacks the audit
// log; each attack must be reported at the first place it touched.
class TestAuditAttacks : public QObject
{
    Q_OBJECT

private slots:
    void untouchedLogVerifies()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        QVERIFY(fixture.verify().ok);
    }

    void editedFieldIsLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        attack(fixture,
               QStringLiteral("UPDATE audit_log SET details = '{\"amount\":1}' WHERE seq = 4;"));
        expectBroken(fixture, Kind::Edited, 4);
    }

    void insertedEntryIsLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        const Row fourth = rows(fixture).at(3);
        // The attacker hashes it the old, unkeyed way and links it properly.
        AuditEntryHasher unkeyed;
        auto hash = unkeyed.hash({5, fourth.at, "mallory", "refund", "order 7", "{}", fourth.hash});
        TESSERA_VERIFY_OK(hash);
        attack(fixture, QStringLiteral(
                            "UPDATE audit_log SET seq = seq + 1000 WHERE seq > 4;"
                            "UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000;"
                            "INSERT INTO audit_log VALUES (5, %1, 'mallory', 'refund', 'order 7', "
                            "'{}', %2, %3);")
                            .arg(fourth.at)
                            .arg(hex(fourth.hash), hex(*hash)));
        expectBroken(fixture, Kind::Edited, 5);
    }

    void deletedEntryIsLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        attack(fixture, QStringLiteral("DELETE FROM audit_log WHERE seq = 4;"));
        expectBroken(fixture, Kind::Deleted, 4);
    }

    void deletedAndRenumberedEntryIsLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        attack(fixture, QStringLiteral("DELETE FROM audit_log WHERE seq = 4;"
                                       "UPDATE audit_log SET seq = seq + 1000 WHERE seq > 4;"
                                       "UPDATE audit_log SET seq = seq - 1001 WHERE seq > 1000;"));
        expectBroken(fixture, Kind::Deleted, 4);
    }

    void swappedEntriesAreLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        attack(fixture, QStringLiteral("UPDATE audit_log SET seq = 1000 WHERE seq = 4;"
                                       "UPDATE audit_log SET seq = 4 WHERE seq = 5;"
                                       "UPDATE audit_log SET seq = 5 WHERE seq = 1000;"));
        expectBroken(fixture, Kind::Reordered, 4);
    }

    void cutTailIsLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        attack(fixture, QStringLiteral("DELETE FROM audit_log WHERE seq > 7;"));
        expectBroken(fixture, Kind::Truncated, 8);
    }

    void cutTailWithTheHeadDeletedIsLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        attack(fixture, QStringLiteral("DELETE FROM audit_log WHERE seq > 7;"
                                       "DELETE FROM settings WHERE key = 'audit_head';"));
        expectBroken(fixture, Kind::HeadMismatch, 8);
    }

    void forgedUnkeyedEntriesAppendedAreLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        AuditEntryHasher unkeyed;
        attack(fixture, forgedTail(unkeyed, rows(fixture).last(), 2));
        expectBroken(fixture, Kind::Edited, kEntries + 1);
    }

    void forgedEntriesKeyedWithAWrongKeyAreLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        AuditEntryHasher wrongKey(
            std::make_shared<const AuditChainKey>(AuditChainKey::derive(DataKey::generate())));
        attack(fixture, forgedTail(wrongKey, rows(fixture).last(), 2));
        expectBroken(fixture, Kind::Edited, kEntries + 1);
    }

    void chainRecomputedWithTheOldUnkeyedEncodingIsLocated()
    {
        AuditLogFixture fixture;
        fixture.append(kEntries);
        QList<Row> chain = rows(fixture);
        chain[3].details = QByteArrayLiteral("{\"amount\":1}");
        AuditEntryHasher unkeyed;
        QByteArray prev = AuditEntryHasher::genesisHash();
        QString sql =
            QStringLiteral("UPDATE audit_log SET details = '{\"amount\":1}' WHERE seq = 4;");
        for (const Row &row : std::as_const(chain)) {
            auto hash = unkeyed.hash(
                {row.seq, row.at, row.actor, row.action, row.subject, row.details, prev});
            TESSERA_VERIFY_OK(hash);
            sql += QStringLiteral("UPDATE audit_log SET prev_hash = %2, hash = %3 WHERE seq = %1;")
                       .arg(row.seq)
                       .arg(hex(prev), hex(*hash));
            prev = *hash;
        }
        attack(fixture, sql);
        // Every MAC is now wrong; the first is entry 1.
        expectBroken(fixture, Kind::Edited, 1);

        // Stripping the seal as well makes it read as an older file: not
        // verified either, and never sealed by the verification itself.
        attack(fixture, QStringLiteral("DELETE FROM settings WHERE key IN ('audit_chain', "
                                       "'audit_head');"));
        const AuditReport stripped = fixture.verify();
        QVERIFY(!stripped.ok);
        QCOMPARE(stripped.kind, Kind::Unsealed);
    }
};

QTEST_GUILESS_MAIN(TestAuditAttacks)
#include "testauditattacks.moc"
