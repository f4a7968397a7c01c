// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sha256.h"

#include <QCryptographicHash>
#include <QTest>

#include <thread>
#include <vector>

using namespace tessera;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void matchesKnownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        // FIPS 180-2 examples.
        QTest::newRow("empty")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void matchesKnownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::digest({input}).toHex(), hex);
    }

    void partsAreConcatenated()
    {
        const QByteArray whole("sell\n{\"lines\":[]}");
        QCOMPARE(Sha256::digest({"sell", "\n", "{\"lines\":[]}"}),
                 QCryptographicHash::hash(whole, QCryptographicHash::Sha256));
        QCOMPARE(Sha256::digest({"", "sell\n{\"lines\":[]}", ""}), Sha256::digest({whole}));
    }

    void threadsGetTheSameDigests()
    {
        // Each thread reuses its own context; results must not mix.
        const QByteArray expected = QCryptographicHash::hash("payload", QCryptographicHash::Sha256);
        std::vector<int> wrong(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 2000; ++i) {
                    if (Sha256::digest({"pay", "load"}) != expected)
                        ++wrong[size_t(t)];
                    (void)Sha256::digest({QByteArray::number(i)});
                }
            });
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong, std::vector<int>(4, 0));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "testsha256.moc"
