// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/datakey.h"
#include "resultassert.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tessera;

namespace {

// Cheap enough for tests; the default (2^15) is exercised once.
constexpr ScryptCost FastCost{1024, 8, 1};

QString passphrase()
{
    return QStringLiteral("long night at the box office");
}

QByteArray wrapFast(const DataKey &key)
{
    auto wrapped = key.wrapWithPassphrase(passphrase(), FastCost);
    if (!wrapped)
        qFatal("wrap failed: %s", qPrintable(wrapped.error().toString()));
    return *wrapped;
}

QByteArray withField(const QByteArray &wrapped, const QString &field, const QJsonValue &value)
{
    QJsonObject json = QJsonDocument::fromJson(wrapped).object();
    json.insert(field, value);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDataKey : public QObject
{
    Q_OBJECT
private slots:
    void encryptsAndDecryptsWithAdditionalData()
    {
        const DataKey key = DataKey::generate();
        const QByteArray sealed = key.encrypt("+86 138 0000 0000", "customers.phone:7");
        const auto opened = key.decrypt(sealed, "customers.phone:7");
        TESSERA_VERIFY_OK(opened);
        QCOMPARE(*opened, QByteArray("+86 138 0000 0000"));
        QCOMPARE(key.decrypt(sealed, "customers.phone:8").error().code,
                 ErrorCode::DecryptionFailed);
    }
    void samePlaintextEncryptsDifferentlyEachTime()
    {
        const DataKey key = DataKey::generate();
        QVERIFY(key.encrypt("4F2A-91C7") != key.encrypt("4F2A-91C7"));
    }
    void anotherKeyCannotDecrypt()
    {
        const DataKey key = DataKey::generate();
        const DataKey other = DataKey::generate();
        const auto opened = other.decrypt(key.encrypt("4F2A-91C7"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::DecryptionFailed);
    }
    void tamperedRecordIsRejected()
    {
        const DataKey key = DataKey::generate();
        const QByteArray sealed = key.encrypt("4F2A-91C7");
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray tampered = sealed;
            tampered[i] = char(tampered[i] ^ 0x01);
            QVERIFY(!key.decrypt(tampered).ok());
        }
    }
    void wrapsAndUnwrapsTheSameKey()
    {
        const DataKey key = DataKey::generate();
        const QByteArray sealed = key.encrypt("4F2A-91C7");
        const auto unwrapped = DataKey::unwrapWithPassphrase(wrapFast(key), passphrase());
        TESSERA_VERIFY_OK(unwrapped);
        const auto opened = unwrapped->decrypt(sealed);
        TESSERA_VERIFY_OK(opened);
        QCOMPARE(*opened, QByteArray("4F2A-91C7"));
        QCOMPARE(unwrapped->blindIndex("13800000000"), key.blindIndex("13800000000"));
    }
    // The one test that pays for the default scrypt cost, twice.
    void defaultWrapRecordsScryptCostAndUnwraps()
    {
        const DataKey key = DataKey::generate();
        const auto wrapped = key.wrapWithPassphrase(passphrase());
        TESSERA_VERIFY_OK(wrapped);
        const QJsonObject json = QJsonDocument::fromJson(*wrapped).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("tessera-data-key"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("kdf")).toString(), QStringLiteral("scrypt"));
        QCOMPARE(json.value(QStringLiteral("n")).toInteger(), 32768);
        QCOMPARE(json.value(QStringLiteral("r")).toInteger(), 8);
        QCOMPARE(json.value(QStringLiteral("p")).toInteger(), 1);
        const auto unwrapped = DataKey::unwrapWithPassphrase(*wrapped, passphrase());
        TESSERA_VERIFY_OK(unwrapped);
        QCOMPARE(unwrapped->blindIndex("x"), key.blindIndex("x"));
    }
    void wrappingTwiceGivesDifferentBlobs()
    {
        const DataKey key = DataKey::generate();
        QVERIFY(wrapFast(key) != wrapFast(key));
    }
    void wrongPassphraseSaysSo()
    {
        const QByteArray wrapped = wrapFast(DataKey::generate());
        for (const QString &wrong : {QStringLiteral("long night at the box offic"), QString(),
                                     QStringLiteral("LONG NIGHT AT THE BOX OFFICE")}) {
            const auto unwrapped = DataKey::unwrapWithPassphrase(wrapped, wrong);
            QVERIFY(!unwrapped.ok());
            QCOMPARE(unwrapped.error().code, ErrorCode::WrongPassphrase);
            QCOMPARE(unwrapped.error().message,
                     QStringLiteral("The passphrase is wrong; nothing was changed."));
        }
    }
    void passphraseIsNormalisedBeforeUse()
    {
        const DataKey key = DataKey::generate();
        const auto wrapped = key.wrapWithPassphrase(QStringLiteral("caf\u00e9 au lait"), FastCost);
        TESSERA_VERIFY_OK(wrapped);
        TESSERA_VERIFY_OK(
            DataKey::unwrapWithPassphrase(*wrapped, QStringLiteral("cafe\u0301 au lait")));
    }
    void emptyPassphraseIsRefusedForWrapping()
    {
        const auto wrapped = DataKey::generate().wrapWithPassphrase(QString(), FastCost);
        QVERIFY(!wrapped.ok());
        QCOMPARE(wrapped.error().code, ErrorCode::InvalidInput);
    }
    void costsUnwrapWouldRefuseAreRefusedForWrapping()
    {
        const DataKey key = DataKey::generate();
        for (const ScryptCost &cost :
             {ScryptCost{quint64(1) << 21, 1, 1}, ScryptCost{1024, 65, 1}, ScryptCost{1024, 8, 17},
              ScryptCost{1000, 8, 1}, ScryptCost{1024, 0, 1}}) {
            const auto wrapped = key.wrapWithPassphrase(passphrase(), cost);
            QVERIFY(!wrapped.ok());
            QCOMPARE(wrapped.error().code, ErrorCode::InvalidInput);
        }
    }
    void everyFlippedByteOfTheWrappedKeyIsCorrupt()
    {
        const QByteArray wrapped = wrapFast(DataKey::generate());
        for (qsizetype i = 0; i < wrapped.size(); ++i) {
            QByteArray damaged = wrapped;
            damaged[i] = char(damaged[i] ^ 0x01);
            const auto unwrapped = DataKey::unwrapWithPassphrase(damaged, passphrase());
            QVERIFY2(!unwrapped.ok(), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
            QVERIFY2(
                unwrapped.error().code == ErrorCode::CorruptKey,
                qPrintable(QStringLiteral("byte %1: %2").arg(i).arg(unwrapped.error().codeName())));
        }
    }
    void truncatedWrappedKeyIsCorrupt()
    {
        const QByteArray wrapped = wrapFast(DataKey::generate());
        for (qsizetype length = 0; length < wrapped.size(); ++length) {
            const auto unwrapped =
                DataKey::unwrapWithPassphrase(wrapped.left(length), passphrase());
            QVERIFY(!unwrapped.ok());
            QCOMPARE(unwrapped.error().code, ErrorCode::CorruptKey);
        }
    }
    void damagedFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("where");
        QTest::newRow("unknown version")
            << QStringLiteral("version") << QJsonValue(2) << QStringLiteral("version");
        QTest::newRow("other format") << QStringLiteral("format") << QJsonValue(QStringLiteral("x"))
                                      << QStringLiteral("format");
        QTest::newRow("other kdf")
            << QStringLiteral("kdf") << QJsonValue(QStringLiteral("argon2id"))
            << QStringLiteral("kdf");
        QTest::newRow("n not a power of two")
            << QStringLiteral("n") << QJsonValue(1000) << QStringLiteral("n, r, p");
        QTest::newRow("n too large")
            << QStringLiteral("n") << QJsonValue(qint64(1) << 30) << QStringLiteral("n, r, p");
        QTest::newRow("fractional r")
            << QStringLiteral("r") << QJsonValue(8.5) << QStringLiteral("n, r, p");
        QTest::newRow("p as text")
            << QStringLiteral("p") << QJsonValue(QStringLiteral("1")) << QStringLiteral("n, r, p");
        QTest::newRow("short salt") << QStringLiteral("salt") << QJsonValue(QStringLiteral("AAAA"))
                                    << QStringLiteral("salt");
        QTest::newRow("sealed cut short")
            << QStringLiteral("sealed")
            << QJsonValue(QString::fromLatin1(QByteArray(40, 'x').toBase64()))
            << QStringLiteral("sealed");
        QTest::newRow("checksum changed")
            << QStringLiteral("checksum") << QJsonValue(QString(64, QLatin1Char('0')))
            << QStringLiteral("checksum");
        QTest::newRow("cost lowered")
            << QStringLiteral("n") << QJsonValue(512) << QStringLiteral("checksum");
    }
    void damagedFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        const auto unwrapped = DataKey::unwrapWithPassphrase(
            withField(wrapFast(DataKey::generate()), field, value), passphrase());
        QVERIFY(!unwrapped.ok());
        QCOMPARE(unwrapped.error().code, ErrorCode::CorruptKey);
        QCOMPARE(unwrapped.error().where, where);
        QVERIFY(!unwrapped.error().message.isEmpty());
    }
    void notJsonIsCorrupt()
    {
        for (const QByteArray &blob :
             {QByteArray(), QByteArray("[]"), QByteArray("garbage"), QByteArray(61, '\x01')}) {
            const auto unwrapped = DataKey::unwrapWithPassphrase(blob, passphrase());
            QVERIFY(!unwrapped.ok());
            QCOMPARE(unwrapped.error().code, ErrorCode::CorruptKey);
        }
    }
    void blindIndexIsStablePerKeyAndDiffersAcrossKeysAndValues()
    {
        const DataKey key = DataKey::generate();
        const DataKey other = DataKey::generate();
        const QByteArray index = key.blindIndex("13800000000");
        QCOMPARE(index.size(), 32);
        QCOMPARE(key.blindIndex("13800000000"), index);
        QVERIFY(key.blindIndex("13800000001") != index);
        QVERIFY(other.blindIndex("13800000000") != index);
    }
    void movedFromKeyIsNull()
    {
        DataKey key = DataKey::generate();
        QVERIFY(!key.isNull());
        const DataKey taken = std::move(key);
        QVERIFY(!taken.isNull());
        // Using the moved-from key is the point of this test.
        // NOLINTNEXTLINE(bugprone-use-after-move,clang-analyzer-cplusplus.Move)
        QVERIFY(key.isNull());
    }
};

QTEST_GUILESS_MAIN(TestDataKey)
#include "testdatakey.moc"
