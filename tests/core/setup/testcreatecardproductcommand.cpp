// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kCreateProduct = QStringLiteral("create_card_product");

QJsonObject productRequest(const QString &name, qint64 price, const QString &currency)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("price"), price},
                       {QStringLiteral("currency"), currency}};
}

} // namespace

class TestCreateCardProductCommand : public QObject
{
    Q_OBJECT
private slots:
    void productStartsWithAnEmptyPool()
    {
        EngineFixture f;
        auto created = f.run(kCreateProduct, productRequest(QStringLiteral(" Top-up 30 "), 3000,
                                                            QStringLiteral("CNY")));
        TESSERA_VERIFY_OK(created.result);
        const qint64 product = created.result.value()[QStringLiteral("product")].toInteger();
        QCOMPARE(created.result.value()[QStringLiteral("name")].toString(),
                 QStringLiteral("Top-up 30"));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT price FROM card_products WHERE id = %1").arg(product)),
            3000);
        TESSERA_VERIFY_REFUSED(
            f.run(QStringLiteral("sell"),
                  QJsonObject{{QStringLiteral("lines"), QJsonArray{cardLine(product, 1)}}}),
            ErrorCode::PoolExhausted, QStringLiteral("lines[0].quantity"));
    }

    void badInputIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("taken name")
            << productRequest(QStringLiteral("Gift card 100"), 10000, QStringLiteral("CNY"))
            << QStringLiteral("duplicate_id") << QStringLiteral("name");
        QTest::newRow("currency yuan")
            << productRequest(QStringLiteral("Voucher"), 100, QStringLiteral("yuan"))
            << QStringLiteral("invalid_input") << QStringLiteral("currency");
        QTest::newRow("negative price")
            << productRequest(QStringLiteral("Voucher"), -1, QStringLiteral("CNY"))
            << QStringLiteral("invalid_input") << QStringLiteral("price");
        QTest::newRow("missing currency")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Voucher")},
                           {QStringLiteral("price"), 100}}
            << QStringLiteral("missing_field") << QStringLiteral("currency");
        QTest::newRow("blank name")
            << productRequest(QStringLiteral("  "), 100, QStringLiteral("CNY"))
            << QStringLiteral("invalid_input") << QStringLiteral("name");
    }

    void badInputIsRefusedNamingTheField()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, code);
        QFETCH(QString, where);
        EngineFixture f;
        auto created = f.run(kCreateProduct, request);
        QVERIFY2(!created.result.ok(), "the product was created");
        QCOMPARE(created.result.error().codeName(), code);
        QCOMPARE(created.result.error().where, where);
        QCOMPARE(count(f, QStringLiteral("card_products")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCreateCardProductCommand)
#include "testcreatecardproductcommand.moc"
