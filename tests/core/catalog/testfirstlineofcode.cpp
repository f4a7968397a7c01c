// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/firstlineofcode.h"

#include <QTest>

using namespace tessera;

class TestFirstLineOfCode : public QObject
{
    Q_OBJECT
private slots:
    void returnsZeroForANewCodeAndTheFirstLineForARepeat()
    {
        FirstLineOfCode lines;
        QCOMPARE(lines.insert(QStringLiteral("A"), 2), 0);
        QCOMPARE(lines.insert(QStringLiteral("B"), 3), 0);
        QCOMPARE(lines.insert(QStringLiteral("A"), 4), 2);
        QCOMPARE(lines.insert(QStringLiteral("A"), 5), 2);
        QCOMPARE(lines.size(), 2);
    }

    void treatsCodesThatDifferOnlyInCaseOrNormalisationAsDifferent()
    {
        FirstLineOfCode lines;
        QCOMPARE(lines.insert(QStringLiteral("abc"), 1), 0);
        QCOMPARE(lines.insert(QStringLiteral("ABC"), 2), 0);
        QCOMPARE(lines.insert(QStringLiteral(u"\u00E9"), 3), 0);  // é precomposed
        QCOMPARE(lines.insert(QStringLiteral(u"e\u0301"), 4), 0); // e + combining acute
    }

    void keepsEveryCodeWhenGrowingWithoutAReservation()
    {
        FirstLineOfCode lines;
        const int count = 5000;
        for (int i = 1; i <= count; ++i)
            QCOMPARE(lines.insert(QString::number(i), i), 0);
        for (int i = 1; i <= count; ++i)
            QCOMPARE(lines.insert(QString::number(i), count + i), i);
        QCOMPARE(lines.size(), count);
    }
};

QTEST_GUILESS_MAIN(TestFirstLineOfCode)
#include "testfirstlineofcode.moc"
