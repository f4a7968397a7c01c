// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/moneyformat.h"

#include <QTest>

using namespace tessera;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kChinese(QLocale::Chinese, QLocale::China);
const QChar kNbsp(0x00A0);

} // namespace

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private slots:
    void chineseShowsTheYuanSign()
    {
        QCOMPARE(MoneyFormat::money(38000, QStringLiteral("CNY"), kChinese),
                 QStringLiteral("¥380.00"));
        QCOMPARE(MoneyFormat::money(123456789, QStringLiteral("CNY"), kChinese),
                 QStringLiteral("¥1,234,567.89"));
        QCOMPARE(MoneyFormat::denomination(10000, QStringLiteral("CNY"), kChinese),
                 QStringLiteral("¥100"));
        QCOMPARE(MoneyFormat::denomination(50, QStringLiteral("CNY"), kChinese),
                 QStringLiteral("¥0.50"));
        QCOMPARE(MoneyFormat::symbol(QStringLiteral("CNY"), kChinese), QStringLiteral("¥"));
    }

    void englishNamesAForeignCurrencyByItsCode()
    {
        QCOMPARE(MoneyFormat::money(38000, QStringLiteral("CNY"), kEnglish),
                 QStringLiteral("CNY") + kNbsp + QStringLiteral("380.00"));
        QCOMPARE(MoneyFormat::denomination(10000, QStringLiteral("CNY"), kEnglish),
                 QStringLiteral("CNY") + kNbsp + QStringLiteral("100"));
        QCOMPARE(MoneyFormat::symbol(QStringLiteral("CNY"), kEnglish), QStringLiteral("CNY"));
        // The C locale (a PC without one) writes the code in front too.
        QCOMPARE(MoneyFormat::money(38000, QStringLiteral("CNY"), QLocale::c()),
                 QStringLiteral("CNY") + kNbsp + QStringLiteral("380.00"));
        // Its own currency with its symbol.
        QCOMPARE(MoneyFormat::money(1250, QStringLiteral("USD"), kEnglish),
                 QStringLiteral("$12.50"));
    }

    void aCurrencyWithoutMinorUnitsHasNoDecimals()
    {
        QCOMPARE(MoneyFormat::money(380, QStringLiteral("JPY"), kEnglish),
                 QStringLiteral("JPY") + kNbsp + QStringLiteral("380"));
        QCOMPARE(MoneyFormat::plain(380, QStringLiteral("JPY")), QStringLiteral("380"));
    }

    void negativeAmountsKeepTheirSign()
    {
        QCOMPARE(MoneyFormat::money(-38000, QStringLiteral("CNY"), kChinese),
                 QStringLiteral("-¥380.00"));
        QCOMPARE(MoneyFormat::money(-38000, QStringLiteral("CNY"), kEnglish),
                 QStringLiteral("-CNY") + kNbsp + QStringLiteral("380.00"));
    }

    void whatIsShownIsReadBack_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("zh CNY") << kChinese << QStringLiteral("CNY") << qint64(38050);
        QTest::newRow("en CNY") << kEnglish << QStringLiteral("CNY") << qint64(38050);
        QTest::newRow("en USD") << kEnglish << QStringLiteral("USD") << qint64(99);
    }

    void whatIsShownIsReadBack()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QCOMPARE(MoneyFormat::parse(MoneyFormat::money(minor, currency, locale), currency, locale)
                     .value_or(-1),
                 minor);
    }

    void typedAmountsBecomeMinorUnits()
    {
        const QString cny = QStringLiteral("CNY");
        QCOMPARE(MoneyFormat::parse(QStringLiteral("380"), cny, kEnglish).value_or(-1), 38000);
        QCOMPARE(MoneyFormat::parse(QStringLiteral("380.5"), cny, kEnglish).value_or(-1), 38050);
        QCOMPARE(MoneyFormat::parse(QStringLiteral("¥380"), cny, kEnglish).value_or(-1), 38000);
        QCOMPARE(MoneyFormat::parse(QStringLiteral("cny 12"), cny, kEnglish).value_or(-1), 1200);
        // Before the currency is known: two decimals.
        QCOMPARE(MoneyFormat::parse(QStringLiteral("99.50"), QString(), kEnglish).value_or(-1),
                 9950);
        QVERIFY(!MoneyFormat::parse(QStringLiteral("380.505"), cny, kEnglish));
        QVERIFY(!MoneyFormat::parse(QStringLiteral("ten"), cny, kEnglish));
        QVERIFY(!MoneyFormat::parse(QString(), cny, kEnglish));
        QVERIFY(!MoneyFormat::parse(QStringLiteral("-5"), cny, kEnglish));
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "testmoneyformat.moc"
