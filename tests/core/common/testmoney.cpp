// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/money.h"

#include <QTest>

using namespace tessera;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void formatsMinorUnitsWithCurrency()
    {
        QCOMPARE((Money{12345, QStringLiteral("CNY")}.toString()), QStringLiteral("123.45 CNY"));
        QCOMPARE((Money{-50, QStringLiteral("EUR")}.toString()), QStringLiteral("-0.50 EUR"));
        QCOMPARE((Money{-150, QStringLiteral("EUR")}.toString()), QStringLiteral("-1.50 EUR"));
    }
    void acceptsOnlyThreeUpperCaseLetters()
    {
        QVERIFY(isCurrencyCode(QStringLiteral("CNY")));
        QVERIFY(!isCurrencyCode(QStringLiteral("cny")));
        QVERIFY(!isCurrencyCode(QStringLiteral("CN")));
        QVERIFY(!isCurrencyCode(QStringLiteral("CNY1")));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "testmoney.moc"
