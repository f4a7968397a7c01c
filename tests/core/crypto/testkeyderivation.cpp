// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keyderivation.h"
#include "resultassert.h"

#include <QTest>

using namespace tessera;

class TestKeyDerivation : public QObject
{
    Q_OBJECT
private slots:
    void scryptMatchesRfc7914Vectors_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QString() << QByteArray() << quint64(16) << quint32(1)
                               << quint32(1)
                               << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdf"
                                             "fa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb"
                                             "2e0d3628cf35e20c38d18906");
        QTest::newRow("password/NaCl")
            << QStringLiteral("password") << QByteArray("NaCl") << quint64(1024) << quint32(8)
            << quint32(16)
            << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30"
                          "d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
        QTest::newRow("pleaseletmein/SodiumChloride")
            << QStringLiteral("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384)
            << quint32(8) << quint32(1)
            << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d54329"
                          "55613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
    }
    void scryptMatchesRfc7914Vectors()
    {
        QFETCH(QString, passphrase);
        QFETCH(QByteArray, salt);
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(QByteArray, expected);
        const auto key = KeyDerivation::scrypt(passphrase, salt, n, r, p, 64);
        TESSERA_VERIFY_OK(key);
        QCOMPARE(key->toHex(), expected);
    }
    // Python: hashlib.scrypt("pässwörd".encode(), salt=b"NaCl", n=16, r=1, p=1, dklen=32)
    void scryptTakesThePassphraseAsUtf8()
    {
        const auto key =
            KeyDerivation::scrypt(QStringLiteral("p\u00e4ssw\u00f6rd"), "NaCl", 16, 1, 1, 32);
        TESSERA_VERIFY_OK(key);
        QCOMPARE(key->toHex(),
                 QByteArray("e958eae47e5394664bb18abfbf07167ec3b780ebe14686a51a4f3a70f1b83c5b"));
    }
    void scryptRefusesInvalidCosts_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<int>("length");
        QTest::newRow("n not a power of two") << quint64(1000) << quint32(8) << quint32(1) << 32;
        QTest::newRow("n of 1") << quint64(1) << quint32(8) << quint32(1) << 32;
        QTest::newRow("n of 0") << quint64(0) << quint32(8) << quint32(1) << 32;
        QTest::newRow("r of 0") << quint64(1024) << quint32(0) << quint32(1) << 32;
        QTest::newRow("p of 0") << quint64(1024) << quint32(8) << quint32(0) << 32;
        QTest::newRow("length 0") << quint64(1024) << quint32(8) << quint32(1) << 0;
        QTest::newRow("length too long") << quint64(1024) << quint32(8) << quint32(1) << 4096;
        QTest::newRow("1 GiB of memory") << (quint64(1) << 20) << quint32(8) << quint32(1) << 32;
        QTest::newRow("overflowing n") << (quint64(1) << 63) << quint32(8) << quint32(1) << 32;
        QTest::newRow("huge r") << quint64(2) << quint32(0xffffffff) << quint32(1) << 32;
        QTest::newRow("huge p") << quint64(2) << quint32(8) << quint32(0xffffffff) << 32;
    }
    void scryptRefusesInvalidCosts()
    {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(int, length);
        const auto key = KeyDerivation::scrypt(QStringLiteral("pw"), "salt", n, r, p, length);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::InvalidInput);
    }
    void defaultScryptCostIsTwoToTheFifteenth()
    {
        QCOMPARE(KeyDerivation::DefaultScryptCost.n, quint64(32768));
        QCOMPARE(KeyDerivation::DefaultScryptCost.r, quint32(8));
        QCOMPARE(KeyDerivation::DefaultScryptCost.p, quint32(1));
    }

    // RFC 7914 section 11 gives the first two; the rest are the widely
    // published PBKDF2-HMAC-SHA256 counterparts of RFC 6070's inputs.
    void pbkdf2Sha256MatchesKnownVectors_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("rfc7914 passwd")
            << QStringLiteral("passwd") << QByteArray("salt") << 1
            << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9c"
                          "ccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        QTest::newRow("rfc7914 Password")
            << QStringLiteral("Password") << QByteArray("NaCl") << 80000
            << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425"
                          "a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
        QTest::newRow("rfc6070 inputs, c=1")
            << QStringLiteral("password") << QByteArray("salt") << 1
            << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        QTest::newRow("rfc6070 inputs, c=2")
            << QStringLiteral("password") << QByteArray("salt") << 2
            << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
        QTest::newRow("rfc6070 inputs, c=4096")
            << QStringLiteral("password") << QByteArray("salt") << 4096
            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
        // Python: hashlib.pbkdf2_hmac("sha256", "pässwörd".encode(), b"salt", 1, 32)
        QTest::newRow("utf-8 password")
            << QStringLiteral("p\u00e4ssw\u00f6rd") << QByteArray("salt") << 1
            << QByteArray("4f407a7b53b3a8237cd6e51e69d0c00380bab3b5fee42bc3c1efc31138e7e9ac");
    }
    void pbkdf2Sha256MatchesKnownVectors()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expected);
        const auto key =
            KeyDerivation::pbkdf2Sha256(password, salt, iterations, int(expected.size() / 2));
        TESSERA_VERIFY_OK(key);
        QCOMPARE(key->toHex(), expected);
    }
    void pbkdf2RefusesInvalidParameters()
    {
        for (const auto &[iterations, length] :
             {std::pair{0, 32}, std::pair{-5, 32}, std::pair{1, 0}, std::pair{1, 4096}}) {
            const auto key =
                KeyDerivation::pbkdf2Sha256(QStringLiteral("pw"), "salt", iterations, length);
            QVERIFY(!key.ok());
            QCOMPARE(key.error().code, ErrorCode::InvalidInput);
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyDerivation)
#include "testkeyderivation.moc"
