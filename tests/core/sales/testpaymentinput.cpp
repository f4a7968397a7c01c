// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "sales/paymentinput.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestPaymentInput : public QObject
{
    Q_OBJECT
private slots:
    void fullCardNumberIsCutToTheLastFour()
    {
        auto p = PaymentInput::fromJson(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                        {QStringLiteral("amount"), 100},
                        {QStringLiteral("card_number"), QStringLiteral("4111 1111 1111 1234")}},
            QStringLiteral("payment"));
        TESSERA_VERIFY_OK(p);
        QCOMPARE(p->cardLast4, QStringLiteral("1234"));
        QVERIFY(!p->toJson().contains(QStringLiteral("card_number")));
    }

    void malformedCardNumbersAreRefusedNamingTheField()
    {
        for (const QString &bad : {QStringLiteral("4111"), QStringLiteral("4111-1111-abcd-1234"),
                                   QStringLiteral("41111111111111111111")}) {
            auto p = PaymentInput::fromJson(
                QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                            {QStringLiteral("amount"), 100},
                            {QStringLiteral("card_number"), bad}},
                QStringLiteral("payment"));
            QVERIFY(!p.ok());
            QCOMPARE(p.error().where, QStringLiteral("payment.card_number"));
        }
    }

    // PCI DSS 3.3/3.4: the full number is nowhere in the database file or its WAL.
    void soldWithACardOnlyTheMaskedNumberIsStored()
    {
        EngineFixture f;
        const QString pan = QStringLiteral("4000056655665556");
        auto sold =
            f.run(QStringLiteral("sell"),
                  QJsonObject{
                      {QStringLiteral("event"), f.ids().event},
                      {QStringLiteral("lines"),
                       QJsonArray{QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-A-1")}}}},
                      {QStringLiteral("payments"),
                       QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                              {QStringLiteral("amount"), 38000},
                                              {QStringLiteral("reference"), QStringLiteral("A1")},
                                              {QStringLiteral("card_number"), pan}}}}});
        TESSERA_VERIFY_OK(sold.result);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE card_last4 = '5556'")), 1);
        const QDir dir = QFileInfo(f.path()).dir();
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(pan.toLatin1()), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestPaymentInput)
#include "testpaymentinput.moc"
