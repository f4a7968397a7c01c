// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/passwordhash.h"

#include <QStringList>
#include <QTest>

using namespace tessera;

namespace {

// Small enough to keep tests in milliseconds; production uses DefaultIterations.
constexpr int FastIterations = 1000;

} // namespace

class TestPasswordHash : public QObject
{
    Q_OBJECT
private slots:
    // The one test that pays for the default cost (~0.5 s).
    void defaultHashUsesAtLeast600000IterationsAndFullSizes()
    {
        const QString encoded = PasswordHash::hash(QStringLiteral("4721"));
        const QStringList parts = encoded.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
        bool ok = false;
        QVERIFY(parts[1].toInt(&ok) >= 600000);
        QVERIFY(ok);
        QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
        QVERIFY(!PasswordHash::needsRehash(encoded));
    }
    void verifiesTheRightSecretOnly()
    {
        const QString encoded =
            PasswordHash::hashWithIterations(QStringLiteral("correct horse"), FastIterations);
        QVERIFY(PasswordHash::verify(QStringLiteral("correct horse"), encoded));
        QVERIFY(!PasswordHash::verify(QStringLiteral("correct horsf"), encoded));
        QVERIFY(!PasswordHash::verify(QStringLiteral("Correct horse"), encoded));
        QVERIFY(!PasswordHash::verify(QString(), encoded));
    }
    void emptySecretHashesAndVerifies()
    {
        const QString encoded = PasswordHash::hashWithIterations(QString(), FastIterations);
        QVERIFY(PasswordHash::verify(QString(), encoded));
        QVERIFY(!PasswordHash::verify(QStringLiteral("0"), encoded));
    }
    void sameSecretHashesDifferentlyEachTime()
    {
        const QString first =
            PasswordHash::hashWithIterations(QStringLiteral("4721"), FastIterations);
        const QString second =
            PasswordHash::hashWithIterations(QStringLiteral("4721"), FastIterations);
        QVERIFY(first != second);
        QVERIFY(PasswordHash::verify(QStringLiteral("4721"), first));
        QVERIFY(PasswordHash::verify(QStringLiteral("4721"), second));
    }
    void composedAndDecomposedAccentsMatch()
    {
        const QString composed = QStringLiteral("caf\u00e9");
        const QString decomposed = QStringLiteral("cafe\u0301");
        const QString encoded = PasswordHash::hashWithIterations(composed, FastIterations);
        QVERIFY(PasswordHash::verify(decomposed, encoded));
    }
    // Python: hashlib.pbkdf2_hmac("sha256", b"4721", b"0123456789abcdef", 1000) in base64
    void verifiesAnEncodingMadeElsewhere()
    {
        const QString encoded = QStringLiteral("pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$"
                                               "esC3NRPCQJWW8wPQg5fXhuh/9IKz+CPh9+723RJPjmY=");
        QVERIFY(PasswordHash::verify(QStringLiteral("4721"), encoded));
    }
    void malformedEncodingsAreRejectedWithoutCrashing_data()
    {
        const QString salt = QStringLiteral("MDEyMzQ1Njc4OWFiY2RlZg==");
        const QString hash = QString::fromLatin1(QByteArray(32, 'h').toBase64());
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("separators only") << QStringLiteral("$$$");
        QTest::newRow("scheme only") << QStringLiteral("pbkdf2-sha256");
        QTest::newRow("scheme and count") << QStringLiteral("pbkdf2-sha256$1000");
        QTest::newRow("no salt or hash") << QStringLiteral("pbkdf2-sha256$1000$$");
        QTest::newRow("other scheme") << QStringLiteral("bcrypt$1000$%1$%2").arg(salt, hash);
        QTest::newRow("upper-case scheme")
            << QStringLiteral("PBKDF2-SHA256$1000$%1$%2").arg(salt, hash);
        QTest::newRow("extra field")
            << QStringLiteral("pbkdf2-sha256$1000$%1$%2$x").arg(salt, hash);
        QTest::newRow("zero iterations") << QStringLiteral("pbkdf2-sha256$0$%1$%2").arg(salt, hash);
        QTest::newRow("negative iterations")
            << QStringLiteral("pbkdf2-sha256$-1000$%1$%2").arg(salt, hash);
        QTest::newRow("plus sign") << QStringLiteral("pbkdf2-sha256$+1000$%1$%2").arg(salt, hash);
        QTest::newRow("leading zero")
            << QStringLiteral("pbkdf2-sha256$01000$%1$%2").arg(salt, hash);
        QTest::newRow("space") << QStringLiteral("pbkdf2-sha256$ 1000$%1$%2").arg(salt, hash);
        QTest::newRow("hex iterations")
            << QStringLiteral("pbkdf2-sha256$0x3e8$%1$%2").arg(salt, hash);
        QTest::newRow("too many iterations")
            << QStringLiteral("pbkdf2-sha256$999999999$%1$%2").arg(salt, hash);
        QTest::newRow("overflowing iterations")
            << QStringLiteral("pbkdf2-sha256$99999999999999999999$%1$%2").arg(salt, hash);
        QTest::newRow("salt not base64") << QStringLiteral("pbkdf2-sha256$1000$!!!!$%1").arg(hash);
        QTest::newRow("short salt") << QStringLiteral("pbkdf2-sha256$1000$MDEy$%1").arg(hash);
        QTest::newRow("salt without padding")
            << QStringLiteral("pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg$%1").arg(hash);
        QTest::newRow("short hash") << QStringLiteral("pbkdf2-sha256$1000$%1$aGFzaA==").arg(salt);
        QTest::newRow("hash not base64")
            << QStringLiteral("pbkdf2-sha256$1000$%1$\u00e9\u00e9\u00e9\u00e9").arg(salt);
        QTest::newRow("nul inside")
            << QStringLiteral("pbkdf2-sha256$1000\u0000$%1$%2").arg(salt, hash);
    }
    void malformedEncodingsAreRejectedWithoutCrashing()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHash::verify(QStringLiteral("4721"), encoded));
        QVERIFY(PasswordHash::needsRehash(encoded));
    }
    void needsRehashBelowTheCurrentIterations()
    {
        QVERIFY(PasswordHash::needsRehash(
            PasswordHash::hashWithIterations(QStringLiteral("4721"), FastIterations)));
        const QString hash = QString::fromLatin1(QByteArray(32, 'h').toBase64());
        QVERIFY(PasswordHash::needsRehash(
            QStringLiteral("pbkdf2-sha256$599999$MDEyMzQ1Njc4OWFiY2RlZg==$%1").arg(hash)));
        QVERIFY(!PasswordHash::needsRehash(
            QStringLiteral("pbkdf2-sha256$600000$MDEyMzQ1Njc4OWFiY2RlZg==$%1").arg(hash)));
        QVERIFY(!PasswordHash::needsRehash(
            QStringLiteral("pbkdf2-sha256$1200000$MDEyMzQ1Njc4OWFiY2RlZg==$%1").arg(hash)));
    }
    void iterationCountsBelowOneCountAsOne()
    {
        const QString encoded = PasswordHash::hashWithIterations(QStringLiteral("4721"), 0);
        QVERIFY(encoded.startsWith(QStringLiteral("pbkdf2-sha256$1$")));
        QVERIFY(PasswordHash::verify(QStringLiteral("4721"), encoded));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "testpasswordhash.moc"
