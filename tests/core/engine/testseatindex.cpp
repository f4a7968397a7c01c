// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/seatindex.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace tessera;

class TestSeatIndex : public QObject
{
    Q_OBJECT

private slots:
    void emptyIndexFindsNothing();
    void findsEverySeatOfAStadium_data();
    void findsEverySeatOfAStadium();
    void nearMissesAreNotFound();
    void textOfAnyLengthAndScript();
    void growsWithoutReserve();
    void repeatedGuidKeepsItsFirstSlot();
};

namespace {

QString stadiumGuid(int i)
{
    // As the plan generator names seats: zone, row, number.
    return QStringLiteral("Z%1-R%2-%3").arg(i / 2000).arg((i / 40) % 50).arg(i % 40 + 1);
}

} // namespace

void TestSeatIndex::emptyIndexFindsNothing()
{
    SeatIndex index(1);
    QCOMPARE(index.size(), 0);
    QCOMPARE(index.find(u"Z0-R0-1"), -1);
    QCOMPARE(index.find(u""), -1);
}

void TestSeatIndex::findsEverySeatOfAStadium_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 0") << quint64(0);
    QTest::newRow("seed 42") << quint64(42);
    QTest::newRow("random seed") << quint64(QRandomGenerator::global()->generate64());
}

void TestSeatIndex::findsEverySeatOfAStadium()
{
    QFETCH(quint64, seed);
    const int seats = 80000;
    SeatIndex index(seed);
    index.reserve(seats);
    for (int i = 0; i < seats; ++i)
        QCOMPARE(index.add(stadiumGuid(i)), qsizetype(i));
    QCOMPARE(index.size(), seats);
    for (int i = 0; i < seats; ++i) {
        if (index.find(stadiumGuid(i)) != i)
            QFAIL(qPrintable(QStringLiteral("%1 not at slot %2").arg(stadiumGuid(i)).arg(i)));
        QCOMPARE(index.guid(i), stadiumGuid(i));
    }
    // Seats of a bigger stadium, which this one does not have.
    for (int i = seats; i < seats + 5000; ++i)
        QCOMPARE(index.find(stadiumGuid(i)), -1);
}

void TestSeatIndex::nearMissesAreNotFound()
{
    SeatIndex index(7);
    index.add(QStringLiteral("A-1-10"));
    index.add(QStringLiteral("A-1-1"));
    QCOMPARE(index.find(u"A-1-10"), 0);
    QCOMPARE(index.find(u"A-1-1"), 1);
    for (const QString &miss :
         {QStringLiteral("A-1-100"), QStringLiteral("A-1-"), QStringLiteral("a-1-10"),
          QStringLiteral("A-1-10 "), QStringLiteral(" A-1-10"), QString()})
        QCOMPARE(index.find(miss), -1);
}

void TestSeatIndex::textOfAnyLengthAndScript()
{
    // Every length from 0 to 40 UTF-16 units (the hash reads four at a time
    // and folds the tail), and GUIDs in Chinese and with surrogate pairs.
    SeatIndex index(3);
    QStringList guids;
    for (int length = 0; length <= 40; ++length)
        guids.push_back(QString(length, QLatin1Char('x')));
    guids << QStringLiteral("一层-A排-12号") << QStringLiteral("一层-A排-13号")
          << QStringLiteral("包厢-😀-1") << QStringLiteral("包厢-😀-2");
    for (const QString &guid : std::as_const(guids))
        index.add(guid);
    for (qsizetype i = 0; i < guids.size(); ++i)
        QCOMPARE(index.find(guids[i]), i);
    QCOMPARE(index.find(u"一层-A排-14号"), -1);
    QCOMPARE(index.find(QString(41, QLatin1Char('x'))), -1);
}

void TestSeatIndex::growsWithoutReserve()
{
    SeatIndex index(11);
    for (int i = 0; i < 3000; ++i) {
        index.add(stadiumGuid(i));
        // Everything added so far is still found after each growth.
        if ((i & (i + 1)) == 0) {
            for (int k = 0; k <= i; ++k)
                QCOMPARE(index.find(stadiumGuid(k)), qsizetype(k));
        }
    }
    for (int i = 0; i < 3000; ++i)
        QCOMPARE(index.find(stadiumGuid(i)), qsizetype(i));
}

void TestSeatIndex::repeatedGuidKeepsItsFirstSlot()
{
    SeatIndex index(5);
    index.add(QStringLiteral("A-1-1"));
    index.add(QStringLiteral("A-1-2"));
    QCOMPARE(index.add(QStringLiteral("A-1-1")), 2);
    QCOMPARE(index.size(), 3);
    QCOMPARE(index.find(u"A-1-1"), 0);
    QCOMPARE(index.guid(2), QStringLiteral("A-1-1"));
}

QTEST_GUILESS_MAIN(TestSeatIndex)
#include "testseatindex.moc"
