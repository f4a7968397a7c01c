// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ed25519.h"
#include "resultassert.h"

#include <QTest>

using namespace tessera;

namespace {

// RFC 8032, section 7.1, TEST 1 (the empty message).
const QByteArray kSeed =
    QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const QByteArray kPublic =
    QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray kSignature = QByteArray::fromHex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b4"
    "6bd25bf5f0595bbe24655141438e7a100b");

// A PKCS#8 PEM around a raw 32-byte private key of the given algorithm
// (OID 1.3.101.112 Ed25519, 1.3.101.110 X25519).
QByteArray pkcs8Pem(const QByteArray &seed, quint8 oidLastByte = 112)
{
    QByteArray der = QByteArray::fromHex("302e020100300506032b65");
    der.append(char(oidLastByte));
    der.append(QByteArray::fromHex("04220420"));
    der.append(seed);
    QByteArray pem = "-----BEGIN PRIVATE KEY-----\n" + der.toBase64() + "\n";
    return pem + "-----END PRIVATE KEY-----\n";
}

} // namespace

class TestEd25519 : public QObject
{
    Q_OBJECT
private slots:
    void rfc8032Vector1GivesTheKnownKeyAndSignature()
    {
        auto key = Ed25519KeyPair::fromPrivatePem(pkcs8Pem(kSeed));
        TESSERA_VERIFY_OK(key);
        QCOMPARE(key->publicKeyRaw().toHex(), kPublic.toHex());
        QCOMPARE(key->sign(QByteArray()).toHex(), kSignature.toHex());

        auto pub = Ed25519PublicKey::fromRaw(kPublic);
        TESSERA_VERIFY_OK(pub);
        QVERIFY(pub->verify(QByteArray(), kSignature));
        QVERIFY(!pub->verify(QByteArrayLiteral("x"), kSignature));
    }

    void signThenVerifyRoundTrips()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        const QByteArray message = QByteArrayLiteral("ticket 42 for event 7");
        const QByteArray signature = key.sign(message);
        QCOMPARE(signature.size(), Ed25519KeyPair::kSignatureSize);
        QCOMPARE(key.publicKeyRaw().size(), Ed25519KeyPair::kPublicKeySize);
        QVERIFY(key.publicKey().verify(message, signature));
        // Ed25519 is deterministic.
        QCOMPARE(key.sign(message), signature);
    }

    void anotherKeyDoesNotVerify()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        const Ed25519KeyPair other = Ed25519KeyPair::generate();
        const QByteArray message = QByteArrayLiteral("ticket 42");
        QVERIFY(other.publicKeyRaw() != key.publicKeyRaw());
        QVERIFY(!other.publicKey().verify(message, key.sign(message)));
    }

    void alteredMessageOrSignatureDoesNotVerify()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        const Ed25519PublicKey pub = key.publicKey();
        const QByteArray message = QByteArrayLiteral("ticket 42");
        const QByteArray signature = key.sign(message);
        for (int i = 0; i < signature.size(); ++i) {
            QByteArray bad = signature;
            bad[i] = char(bad[i] ^ 0x01);
            QVERIFY2(!pub.verify(message, bad), qPrintable(QString::number(i)));
        }
        QVERIFY(!pub.verify(QByteArrayLiteral("ticket 43"), signature));
        QVERIFY(!pub.verify(message, signature.left(63)));
        QVERIFY(!pub.verify(message, signature + '\0'));
        QVERIFY(!pub.verify(message, QByteArray()));
    }

    void privatePemRoundTrips()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        const QByteArray pem = key.privatePem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        auto again = Ed25519KeyPair::fromPrivatePem(pem);
        TESSERA_VERIFY_OK(again);
        QCOMPARE(again->publicKeyRaw(), key.publicKeyRaw());
        QCOMPARE(again->sign(QByteArrayLiteral("m")), key.sign(QByteArrayLiteral("m")));
        QCOMPARE(again->privatePem(), pem);
    }

    void publicPemRoundTrips()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        const QByteArray pem = key.publicPem();
        QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        auto pub = Ed25519PublicKey::fromPem(pem);
        TESSERA_VERIFY_OK(pub);
        QCOMPARE(pub->raw(), key.publicKeyRaw());
        QCOMPARE(pub->pem(), pem);
        QCOMPARE(key.publicKey().pem(), pem);
        QVERIFY(pub->verify(QByteArrayLiteral("m"), key.sign(QByteArrayLiteral("m"))));
    }

    void unreadableKeysAreRefused()
    {
        auto garbage = Ed25519KeyPair::fromPrivatePem(QByteArrayLiteral("not a key"));
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().code, ErrorCode::InvalidInput);

        // A public key is not a private key.
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        QVERIFY(!Ed25519KeyPair::fromPrivatePem(key.publicPem()).ok());
        QVERIFY(!Ed25519PublicKey::fromPem(QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n"
                                                             "AAAA\n-----END PUBLIC KEY-----\n"))
                     .ok());

        auto wrongLength = Ed25519PublicKey::fromRaw(kPublic.left(31));
        QVERIFY(!wrongLength.ok());
        QVERIFY(wrongLength.error().message.contains(QStringLiteral("32 bytes")));
    }

    void otherKeyTypesAreRefused()
    {
        auto x25519 = Ed25519KeyPair::fromPrivatePem(pkcs8Pem(kSeed, 110));
        QVERIFY(!x25519.ok());
        QVERIFY2(x25519.error().message.contains(QStringLiteral("X25519, not Ed25519")),
                 qPrintable(x25519.error().message));
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "tested25519.moc"
