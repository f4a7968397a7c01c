// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/answersheet.h"

#include <QtTest>

#include <memory>
#include <set>
#include <utility>
#include <vector>

using namespace tessera;

class TestAnswerSheet : public QObject
{
    Q_OBJECT

private slots:
    void keepsEachAnswerAcrossBlocks();
    void viewsSurviveAMoveOfTheSheet();
    void largeAnswersGetABlockOfTheirOwn();
    void emptyAnswerStaysEmpty();
    void droppedSheetsHandTheirBlocksOn();
    void thePoolKeepsAFewBlocksOnly();
};

namespace {

QByteArray answer(int i, qsizetype size)
{
    QByteArray bytes = QByteArray::number(i).append(':');
    while (bytes.size() < size)
        bytes.append(char('a' + (i + bytes.size()) % 26));
    return bytes;
}

} // namespace

void TestAnswerSheet::keepsEachAnswerAcrossBlocks()
{
    AnswerSheet sheet;
    QVERIFY(sheet.isEmpty());
    std::vector<QByteArray> kept;
    // About 600 KB: ten blocks and more, answers of uneven sizes.
    for (int i = 0; i < 3000; ++i) {
        const QByteArray source = answer(i, 100 + (i * 37) % 300);
        kept.push_back(sheet.keep(source));
        // A copy, not the caller's bytes.
        QVERIFY(kept.back().constData() != source.constData());
    }
    QVERIFY(!sheet.isEmpty());
    for (int i = 0; i < 3000; ++i)
        QCOMPARE(kept[size_t(i)], answer(i, 100 + (i * 37) % 300));
}

void TestAnswerSheet::viewsSurviveAMoveOfTheSheet()
{
    AnswerSheet sheet;
    const QByteArray first = sheet.keep("{\"order\":1}");
    AnswerSheet moved = std::move(sheet);
    const QByteArray second = moved.keep("{\"order\":2}");
    std::vector<AnswerSheet> handedOn;
    handedOn.push_back(std::move(moved));
    handedOn.reserve(64); // the vector reallocates: the blocks stay put
    QCOMPARE(first, QByteArray("{\"order\":1}"));
    QCOMPARE(second, QByteArray("{\"order\":2}"));
}

void TestAnswerSheet::largeAnswersGetABlockOfTheirOwn()
{
    AnswerSheet sheet;
    const QByteArray small1 = sheet.keep(answer(1, 200));
    const QByteArray large = sheet.keep(answer(2, 200 * 1024));
    const QByteArray small2 = sheet.keep(answer(3, 200));
    QCOMPARE(small1, answer(1, 200));
    QCOMPARE(large, answer(2, 200 * 1024));
    QCOMPARE(small2, answer(3, 200));
    // The small ones still share the block being filled.
    QCOMPARE(small2.constData(), small1.constData() + small1.size());

    AnswerSheet onlyLarge;
    const QByteArray big = onlyLarge.keep(answer(4, 100 * 1024));
    const QByteArray after = onlyLarge.keep(answer(5, 50));
    QCOMPARE(big, answer(4, 100 * 1024));
    QCOMPARE(after, answer(5, 50));
}

void TestAnswerSheet::emptyAnswerStaysEmpty()
{
    AnswerSheet sheet;
    QVERIFY(sheet.keep(QByteArray()).isEmpty());
    QVERIFY(sheet.isEmpty());
}

void TestAnswerSheet::droppedSheetsHandTheirBlocksOn()
{
    auto pool = std::make_shared<AnswerBlocks>();
    std::set<const char *> firstBlocks;
    {
        AnswerSheet sheet(pool);
        // Three blocks' worth of answers, and one large answer of its own.
        for (int i = 0; i < 600; ++i)
            firstBlocks.insert(sheet.keep(answer(i, 300)).constData());
        QCOMPARE(sheet.keep(answer(600, 100 * 1024)), answer(600, 100 * 1024));
        QCOMPARE(pool->kept(), size_t(0));
    }
    // The blocks came back (the large answer's own block did not).
    QCOMPARE(pool->kept(), size_t(3));
    AnswerSheet next(pool);
    const QByteArray a = next.keep(answer(1, 300));
    QCOMPARE(pool->kept(), size_t(2));
    QCOMPARE(a, answer(1, 300));
    // The answer sits at the start of one of the blocks the first sheet used.
    bool reused = false;
    for (const char *at : firstBlocks)
        reused = reused || at == a.constData();
    QVERIFY(reused);
    // A sheet moved over another gives the other's blocks back first.
    AnswerSheet other(pool);
    (void)other.keep(answer(2, 300));
    QCOMPARE(pool->kept(), size_t(1));
    other = std::move(next);
    QCOMPARE(pool->kept(), size_t(2));
    QCOMPARE(other.keep(answer(3, 300)).size(), 300);
}

void TestAnswerSheet::thePoolKeepsAFewBlocksOnly()
{
    auto pool = std::make_shared<AnswerBlocks>();
    {
        AnswerSheet big(pool);
        // Far more blocks than the pool keeps: about 10 MB of answers.
        const size_t blocks = AnswerBlocks::kKept * 3;
        for (size_t i = 0; i < blocks * 4; ++i)
            (void)big.keep(answer(int(i), AnswerBlocks::kBlock / 4));
    }
    QCOMPARE(pool->kept(), AnswerBlocks::kKept);
    // A sheet without a pool frees its own blocks.
    AnswerSheet alone;
    QCOMPARE(alone.keep(answer(1, 300)), answer(1, 300));
}

QTEST_GUILESS_MAIN(TestAnswerSheet)
#include "testanswersheet.moc"
