// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sealedbox.h"
#include "resultassert.h"

#include <QTest>

using namespace tessera;

class TestSealedBox : public QObject
{
    Q_OBJECT
private slots:
    void onlyTheRecipientOpensIt()
    {
        const auto terminal = SealedBox::generate();
        TESSERA_VERIFY_OK(terminal);
        const auto other = SealedBox::generate();
        TESSERA_VERIFY_OK(other);
        QCOMPARE(terminal->privateKey.size(), SealedBox::KeySize);
        QCOMPARE(terminal->publicKey.size(), SealedBox::KeySize);
        QVERIFY(terminal->publicKey != other->publicKey);
        auto derived = SealedBox::publicKeyOf(terminal->privateKey);
        TESSERA_VERIFY_OK(derived);
        QCOMPARE(*derived, terminal->publicKey);

        const QByteArray code("GIFT-4F2A-91C7");
        auto sealed = SealedBox::seal(terminal->publicKey, code, "tessera/card-key/7/1");
        TESSERA_VERIFY_OK(sealed);
        QVERIFY(!sealed->contains(code));
        auto opened = SealedBox::open(terminal->privateKey, *sealed, "tessera/card-key/7/1");
        TESSERA_VERIFY_OK(opened);
        QCOMPARE(*opened, code);

        // Each record has its own ephemeral key: the same code seals differently.
        auto again = SealedBox::seal(terminal->publicKey, code, "tessera/card-key/7/1");
        TESSERA_VERIFY_OK(again);
        QVERIFY(*again != *sealed);

        // Another terminal's private key does not open it.
        auto stolen = SealedBox::open(other->privateKey, *sealed, "tessera/card-key/7/1");
        QVERIFY(!stolen);
        QCOMPARE(stolen.error().code, ErrorCode::DecryptionFailed);
    }

    void refusesAlteredMovedOrTruncatedRecords()
    {
        const auto terminal = SealedBox::generate();
        TESSERA_VERIFY_OK(terminal);
        auto sealed = SealedBox::seal(terminal->publicKey, "CODE-1", "tessera/card-key/1/1");
        TESSERA_VERIFY_OK(sealed);
        // Presented as another code's record: the additional data differs.
        auto moved = SealedBox::open(terminal->privateKey, *sealed, "tessera/card-key/2/1");
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::DecryptionFailed);
        // A bit flipped in the ephemeral key, then in the ciphertext.
        for (qsizetype at : {qsizetype(3), sealed->size() - 20}) {
            QByteArray altered = *sealed;
            altered[at] = char(altered[at] ^ 0x01);
            auto r = SealedBox::open(terminal->privateKey, altered, "tessera/card-key/1/1");
            QVERIFY(!r);
        }
        auto truncated =
            SealedBox::open(terminal->privateKey, sealed->left(40), "tessera/card-key/1/1");
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().code, ErrorCode::TruncatedCiphertext);
    }

    void refusesKeysOfTheWrongSize()
    {
        auto seal = SealedBox::seal(QByteArray(31, 'k'), "x");
        QVERIFY(!seal);
        QCOMPARE(seal.error().code, ErrorCode::InvalidInput);
        auto open = SealedBox::open(QByteArray(33, 'k'), QByteArray(100, 'x'));
        QVERIFY(!open);
        QCOMPARE(open.error().code, ErrorCode::InvalidInput);
        QVERIFY(!SealedBox::publicKeyOf(QByteArray(5, 'k')));
    }
};

QTEST_GUILESS_MAIN(TestSealedBox)
#include "testsealedbox.moc"
