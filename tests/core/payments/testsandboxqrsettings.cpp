// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultassert.h"

#include "payments/sandboxqrsettings.h"

#include <QTest>

using namespace tessera;

class TestSandboxQrSettings : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryKey()
    {
        auto config = SandboxQrSettings::parse(
            QStringLiteral("latency=500-2000, "
                           "failure=0.1,lost=0.02,errors=insufficient_funds:3+timeout:1,seed=7"));
        TESSERA_VERIFY_OK(config);
        QCOMPARE(config->minLatencyMs, 500);
        QCOMPARE(config->maxLatencyMs, 2000);
        QCOMPARE(config->failureRate, 0.1);
        QCOMPARE(config->lostRate, 0.02);
        QCOMPARE(config->seed, quint64(7));
        QCOMPARE(config->errorMix.size(), 2);
        QCOMPARE(config->errorMix[0].error, PaymentError::InsufficientFunds);
        QCOMPARE(config->errorMix[0].weight, 3);
        QCOMPARE(config->errorMix[1].error, PaymentError::Timeout);
    }

    void keepsWhatIsNotGiven()
    {
        SandboxQrConfig base;
        base.minLatencyMs = 10;
        base.maxLatencyMs = 20;
        base.failureRate = 0.5;
        auto config = SandboxQrSettings::parse(QStringLiteral("latency=300"), base);
        TESSERA_VERIFY_OK(config);
        QCOMPARE(config->minLatencyMs, 300);
        QCOMPARE(config->maxLatencyMs, 300);
        QCOMPARE(config->failureRate, 0.5);
    }

    void refusesBadEntriesNamingTheKey_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("where");
        QTest::newRow("share above 1")
            << QStringLiteral("failure=1.5") << QStringLiteral("failure");
        QTest::newRow("not a number") << QStringLiteral("lost=often") << QStringLiteral("lost");
        QTest::newRow("max below min")
            << QStringLiteral("latency=900-100") << QStringLiteral("latency");
        QTest::newRow("unknown code")
            << QStringLiteral("errors=broke:1") << QStringLiteral("errors");
        QTest::newRow("zero weight")
            << QStringLiteral("errors=timeout:0") << QStringLiteral("errors");
        QTest::newRow("unknown key") << QStringLiteral("speed=fast") << QStringLiteral("speed");
        QTest::newRow("no value") << QStringLiteral("failure") << QStringLiteral("failure");
    }

    void refusesBadEntriesNamingTheKey()
    {
        QFETCH(QString, spec);
        QFETCH(QString, where);
        auto config = SandboxQrSettings::parse(spec);
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::InvalidInput);
        QCOMPARE(config.error().where, where);
        QVERIFY(!config.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxQrSettings)
#include "testsandboxqrsettings.moc"
