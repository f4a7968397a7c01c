// SPDX-License-Identifier: GPL-3.0-or-later
// JournalBatchText (journal up's fast path) reads a batch exactly as
// JournalBatch::parse reads the same body through QJsonDocument, and takes
// nothing the general path would refuse: checked on batches as the console
// sends them, on hand-made edge cases, and on thousands of damaged copies.
#include "sync/journalbatch.h"
#include "sync/journalbatchtext.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace tessera;

namespace {

std::vector<ShippedEntry> entries(int count)
{
    std::vector<ShippedEntry> out;
    for (int i = 0; i < count; ++i) {
        ShippedEntry e;
        e.seq = 41 + i;
        e.kind = i % 3 ? QStringLiteral("sell") : QStringLiteral("hold");
        e.idemKey = QStringLiteral("key-%1").arg(i);
        e.requestHash = QByteArray(32, char(i));
        e.payload =
            QByteArrayLiteral("{\"customer\":{\"name\":\"\xe6\x9d\x8e\xe5\xa8\x9c \\\"Na\\\"\","
                              "\"note\":\"line\\nbreak \\u00e9 \\ud83c\\udfab\"},\"event\":1}");
        e.result = QByteArrayLiteral("{\"order\":") + QByteArray::number(i + 1) +
                   QByteArrayLiteral(",\"tickets\":[{\"line\":3,\"seat\":\"S-A-12\"}]}");
        e.actor = i % 2 ? QStringLiteral("cashier") : QString();
        e.createdAt = 1'764'000'000'000 + i;
        out.push_back(e);
    }
    return out;
}

QByteArray compact(const std::vector<ShippedEntry> &batch)
{
    return QJsonDocument(JournalBatch::toJson(batch)).toJson(QJsonDocument::Compact);
}

// What the general path makes of `body`: its entries, or nothing.
std::optional<std::vector<ShippedEntry>> general(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    auto parsed = JournalBatch::parse(doc.object());
    if (!parsed)
        return std::nullopt;
    return std::move(*parsed);
}

bool same(const std::vector<ShippedEntry> &a, const std::vector<ShippedEntry> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].digest() != b[i].digest())
            return false;
    }
    return true;
}

} // namespace

class TestJournalBatchText : public QObject
{
    Q_OBJECT

private slots:
    void readsABatchAsTheGeneralPathDoes()
    {
        const std::vector<ShippedEntry> batch = entries(50);
        for (const QByteArray &body :
             {compact(batch), QJsonDocument(JournalBatch::toJson(batch)).toJson()}) {
            auto fast = JournalBatchText::parse(body);
            QVERIFY(fast);
            QVERIFY(same(*fast, batch));
            auto slow = general(body);
            QVERIFY(slow);
            QVERIFY(same(*fast, *slow));
        }
    }

    void leavesWhatItIsNotSureOfToTheGeneralPath_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("generalTakesIt");
        const char *entry = "\"seq\":41";
        QTest::newRow("a number written 41.0")
            << QByteArray(entry) << QByteArray("\"seq\":41.0") << true;
        QTest::newRow("a number written 4.1e1")
            << QByteArray(entry) << QByteArray("\"seq\":4.1e1") << true;
        QTest::newRow("seq 0") << QByteArray(entry) << QByteArray("\"seq\":0") << false;
        QTest::newRow("seq as text") << QByteArray(entry) << QByteArray("\"seq\":\"41\"") << false;
        QTest::newRow("a field twice")
            << QByteArray(entry) << QByteArray("\"seq\":41,\"seq\":41") << true;
        QTest::newRow("an unknown field")
            << QByteArray(entry) << QByteArray("\"seq\":41,\"extra\":1") << false;
        QTest::newRow("a lone surrogate")
            << QByteArray("\"key-0\"") << QByteArray("\"key-\\ud800\"") << true;
        QTest::newRow("a blank kind") << QByteArray("\"hold\"") << QByteArray("\" \"") << false;
        QTest::newRow("a control character")
            << QByteArray("\"key-0\"") << QByteArray("\"key\x01-0\"") << true;
        QTest::newRow("invalid UTF-8")
            << QByteArray("\"key-0\"") << QByteArray("\"key\xc0\xaf\"") << false;
        QTest::newRow("a hole in the sequence")
            << QByteArray("\"seq\":42") << QByteArray("\"seq\":43") << false;
        QTest::newRow("trailing text") << QByteArray("]}") << QByteArray("]}x") << false;
    }

    void leavesWhatItIsNotSureOfToTheGeneralPath()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, generalTakesIt);
        QByteArray body = compact(entries(3));
        const qsizetype at = body.indexOf(from);
        QVERIFY(at >= 0);
        body.replace(at, from.size(), to);
        QVERIFY(!JournalBatchText::parse(body));
        // Whatever the general path says about it is what the server answers.
        QCOMPARE(bool(general(body)), generalTakesIt);
    }

    void uppercaseHexAndAbsentActorsReadTheSame()
    {
        QByteArray body = compact(entries(2));
        const QByteArray hash = QByteArray(32, char(0xAB)).toHex();
        body.replace(QByteArray(32, char(0)).toHex(), hash.toUpper());
        auto fast = JournalBatchText::parse(body);
        auto slow = general(body);
        QVERIFY(fast && slow);
        QVERIFY(same(*fast, *slow));
        QCOMPARE(fast->front().actor, QString());
    }

    // Thousands of damaged copies: whatever the fast path takes, the general
    // path takes too, with the same entries.
    void neverTakesWhatTheGeneralPathRefuses()
    {
        const QByteArray original = compact(entries(4));
        QRandomGenerator random(20261204);
        const QByteArray alphabet =
            QByteArrayLiteral("{}[]\":,\\u0123456789abcdefnull .eE-+\x01\xc3\xa9");
        int takenByBoth = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray body = original;
            const int edits = 1 + int(random.bounded(3));
            for (int k = 0; k < edits; ++k) {
                const int at = int(random.bounded(body.size()));
                switch (random.bounded(3)) {
                case 0:
                    body.remove(at, 1);
                    break;
                case 1:
                    body[at] = alphabet[int(random.bounded(alphabet.size()))];
                    break;
                default:
                    body.insert(at, alphabet[int(random.bounded(alphabet.size()))]);
                }
            }
            auto fast = JournalBatchText::parse(body);
            if (!fast)
                continue;
            auto slow = general(body);
            QVERIFY2(slow, body.constData());
            QVERIFY2(same(*fast, *slow), body.constData());
            ++takenByBoth;
        }
        // Some edits land in places that change nothing of substance (a
        // payload's text), so both paths take a share of them.
        QVERIFY(takenByBoth > 0);
    }
};

QTEST_GUILESS_MAIN(TestJournalBatchText)
#include "testjournalbatchtext.moc"
