// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/hmac.h"

#include <QTest>

#include <thread>

using namespace tessera;

class TestHmac : public QObject
{
    Q_OBJECT
private slots:
    void matchesRfc4231Vectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e"
                                              "9376c2e32cff7");
        QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839de"
                                              "c58b964ec3843");
        QTest::newRow("case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                                << QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d96"
                                              "35514ced565fe");
        QTest::newRow("case 6 (key longer than a block)")
            << QByteArray(131, '\xaa')
            << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        // Python: hmac.new(b"", b"", "sha256")
        QTest::newRow("empty key and data")
            << QByteArray() << QByteArray()
            << QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    }
    void matchesRfc4231Vectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        const QByteArray mac = Hmac::sha256(key, data);
        QCOMPARE(mac.size(), Hmac::Sha256Size);
        QCOMPARE(mac.toHex(), expected);
    }
    void differentKeysGiveDifferentMacs()
    {
        QVERIFY(Hmac::sha256("key one", "13800000000") != Hmac::sha256("key two", "13800000000"));
    }
    // The context is reused per thread: an empty key must not fall back to
    // the key of the call before (EVP_MAC_init's null key means "keep it").
    void emptyKeyAfterAnotherKeyIsTheEmptyKey()
    {
        (void)Hmac::sha256("a previous key", "data");
        QCOMPARE(Hmac::sha256(QByteArray(), QByteArray()).toHex(),
                 QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }
    // The context keeps the last key and reuses it when the same key comes
    // again: every change of key, in any order and of any length (past the
    // 64 bytes it remembers too), still gives the RFC 4231 answers.
    void keysTakenInTurnKeepTheirOwnMacs()
    {
        const QByteArray jefe("Jefe");
        const QByteArray jefeData("what do ya want for nothing?");
        const QByteArray jefeMac(
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        const QByteArray longKey(131, '\xaa');
        const QByteArray longData("Test Using Larger Than Block-Size Key - Hash Key First");
        const QByteArray longMac(
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        const QByteArray shortKey(20, '\x0b');
        const QByteArray shortMac(
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(Hmac::sha256(jefe, jefeData).toHex(), jefeMac);
            QCOMPARE(Hmac::sha256(jefe, jefeData).toHex(), jefeMac); // same key again
            QCOMPARE(Hmac::sha256(longKey, longData).toHex(), longMac);
            QCOMPARE(Hmac::sha256(longKey, longData).toHex(), longMac);
            QCOMPARE(Hmac::sha256(shortKey, "Hi There").toHex(), shortMac);
            // A key that differs from the last one in its last byte only.
            QByteArray almost = shortKey;
            almost[almost.size() - 1] = '\x0c';
            QVERIFY(Hmac::sha256(almost, "Hi There").toHex() != shortMac);
            QCOMPARE(Hmac::sha256(shortKey, "Hi There").toHex(), shortMac);
            // A prefix of the last key is another key.
            QVERIFY(Hmac::sha256(shortKey.left(19), "Hi There").toHex() != shortMac);
        }
    }
    void everyThreadGivesTheSameMac()
    {
        const QByteArray expected = Hmac::sha256("key", "value");
        QByteArray fromThread;
        std::thread other([&] {
            (void)Hmac::sha256("other key", "other value");
            fromThread = Hmac::sha256("key", "value");
        });
        other.join();
        QCOMPARE(fromThread, expected);
        QCOMPARE(Hmac::sha256("key", "value"), expected);
    }
};

QTEST_GUILESS_MAIN(TestHmac)
#include "testhmac.moc"
