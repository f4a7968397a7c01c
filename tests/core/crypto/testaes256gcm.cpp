// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/aead.h"
#include "resultassert.h"

#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace tessera;

namespace {

QByteArray key(char fill)
{
    return QByteArray(Aes256Gcm::KeySize, fill);
}

} // namespace

class TestAes256Gcm : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsWithAndWithoutAad()
    {
        const QByteArray plaintext("card key 4F2A-91C7");
        const auto sealed = Aes256Gcm::seal(key('k'), plaintext, "card_keys:42");
        TESSERA_VERIFY_OK(sealed);
        const auto opened = Aes256Gcm::open(key('k'), *sealed, "card_keys:42");
        TESSERA_VERIFY_OK(opened);
        QCOMPARE(*opened, plaintext);

        const auto noAad = Aes256Gcm::seal(key('k'), plaintext);
        TESSERA_VERIFY_OK(noAad);
        QCOMPARE(Aes256Gcm::open(key('k'), *noAad).value(), plaintext);
    }
    void emptyPlaintextRoundTrips()
    {
        const auto sealed = Aes256Gcm::seal(key('k'), {});
        TESSERA_VERIFY_OK(sealed);
        QCOMPARE(sealed->size(), Aes256Gcm::Overhead);
        const auto opened = Aes256Gcm::open(key('k'), *sealed);
        TESSERA_VERIFY_OK(opened);
        QVERIFY(opened->isEmpty());
    }
    void sealedLayoutIsVersionNonceCiphertextTag()
    {
        const auto sealed = Aes256Gcm::seal(key('k'), QByteArray(32, 'x'));
        TESSERA_VERIFY_OK(sealed);
        QCOMPARE(sealed->size(), 1 + 12 + 32 + 16);
        QCOMPARE(sealed->at(0), '\x01');
    }
    // Made with Python's `cryptography` AESGCM: key 00..1f, nonce a0..ab,
    // additional data 0x01 || "card_keys:42"; proves the documented layout.
    void opensAnIndependentlyMadeRecord()
    {
        QByteArray key32;
        for (int i = 0; i < 32; ++i)
            key32.append(char(i));
        const QByteArray sealed = QByteArray::fromHex(
            "01a0a1a2a3a4a5a6a7a8a9aaab85790e4965a067c64251c1e14657f9ef339bfe1163e0af5e9bf1b470"
            "08839a6a8f00");
        const auto opened = Aes256Gcm::open(key32, sealed, "card_keys:42");
        TESSERA_VERIFY_OK(opened);
        QCOMPARE(*opened, QByteArray("card key 4F2A-91C7"));
    }
    void sealingTheSameRecordTwiceGivesDifferentBytes()
    {
        const QByteArray plaintext("same plaintext");
        const auto first = Aes256Gcm::seal(key('k'), plaintext);
        const auto second = Aes256Gcm::seal(key('k'), plaintext);
        TESSERA_VERIFY_OK(first);
        TESSERA_VERIFY_OK(second);
        QVERIFY(*first != *second);
        QVERIFY(first->mid(1, Aes256Gcm::NonceSize) != second->mid(1, Aes256Gcm::NonceSize));
    }
    // Nonces come from a buffered random source per thread: across threads
    // sealing at once, and across the buffer's refills, none repeats.
    void noNonceRepeatsAcrossThreadsAndRefills()
    {
        constexpr int kThreads = 4;
        constexpr int kSeals = 3000; // 36 000 nonce bytes a thread: several 4 KiB refills
        std::vector<std::vector<QByteArray>> nonces(kThreads);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&nonces, t] {
                for (int i = 0; i < kSeals; ++i) {
                    const auto sealed = Aes256Gcm::seal(key('k'), "record");
                    if (sealed)
                        nonces[size_t(t)].push_back(sealed->mid(1, Aes256Gcm::NonceSize));
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QSet<QByteArray> seen;
        for (const auto &fromThread : nonces) {
            QCOMPARE(qsizetype(fromThread.size()), qsizetype(kSeals));
            for (const QByteArray &nonce : fromThread)
                seen.insert(nonce);
        }
        QCOMPARE(seen.size(), qsizetype(kThreads * kSeals));
        QVERIFY(!seen.contains(QByteArray(Aes256Gcm::NonceSize, '\0')));
    }
    void everyFlippedByteIsRejected()
    {
        const auto sealed = Aes256Gcm::seal(key('k'), "phone +86 138 0000 0000", "customers:7");
        TESSERA_VERIFY_OK(sealed);
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            for (const char bit : {char(0x01), char(0x80)}) {
                QByteArray tampered = *sealed;
                tampered[i] = char(tampered[i] ^ bit);
                const auto opened = Aes256Gcm::open(key('k'), tampered, "customers:7");
                QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
                QCOMPARE(opened.error().code,
                         i == 0 ? ErrorCode::UnknownCipherVersion : ErrorCode::DecryptionFailed);
            }
        }
    }
    void wrongKeyIsRejected()
    {
        const auto sealed = Aes256Gcm::seal(key('k'), "secret");
        TESSERA_VERIFY_OK(sealed);
        const auto opened = Aes256Gcm::open(key('j'), *sealed);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::DecryptionFailed);
    }
    void wrongAdditionalDataIsRejected()
    {
        const auto sealed = Aes256Gcm::seal(key('k'), "secret", "customers:7");
        TESSERA_VERIFY_OK(sealed);
        const auto opened = Aes256Gcm::open(key('k'), *sealed, "customers:8");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::DecryptionFailed);
        QCOMPARE(Aes256Gcm::open(key('k'), *sealed).error().code, ErrorCode::DecryptionFailed);
    }
    void truncatedInputIsRejected()
    {
        const auto sealed = Aes256Gcm::seal(key('k'), "a short secret");
        TESSERA_VERIFY_OK(sealed);
        for (qsizetype length = 0; length < sealed->size(); ++length) {
            const auto opened = Aes256Gcm::open(key('k'), sealed->left(length));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, length < Aes256Gcm::Overhead
                                              ? ErrorCode::TruncatedCiphertext
                                              : ErrorCode::DecryptionFailed);
        }
    }
    void appendedBytesAreRejected()
    {
        const auto sealed = Aes256Gcm::seal(key('k'), "secret");
        TESSERA_VERIFY_OK(sealed);
        QCOMPARE(Aes256Gcm::open(key('k'), *sealed + '\0').error().code,
                 ErrorCode::DecryptionFailed);
    }
    void unknownVersionIsRejected()
    {
        auto sealed = Aes256Gcm::seal(key('k'), "secret");
        TESSERA_VERIFY_OK(sealed);
        sealed->data()[0] = '\x02';
        const auto opened = Aes256Gcm::open(key('k'), *sealed);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::UnknownCipherVersion);
        QVERIFY(opened.error().message.contains(QLatin1Char('2')));
    }
    void keysThatAreNot32BytesAreRefused()
    {
        for (const int size : {0, 16, 31, 33, 64}) {
            const auto sealed = Aes256Gcm::seal(QByteArray(size, 'k'), "secret");
            QVERIFY(!sealed.ok());
            QCOMPARE(sealed.error().code, ErrorCode::InvalidInput);
            const auto opened = Aes256Gcm::open(QByteArray(size, 'k'), QByteArray(40, '\x01'));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
        }
    }
};

QTEST_GUILESS_MAIN(TestAes256Gcm)
#include "testaes256gcm.moc"
