// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include "crypto/keyring.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kImport = QStringLiteral("import_card_codes");

QJsonObject importRequest(qint64 product, const QString &csv)
{
    return QJsonObject{{QStringLiteral("product"), product}, {QStringLiteral("csv"), csv}};
}

qint64 createProduct(EngineFixture &f, const QString &name)
{
    auto created = f.run(QStringLiteral("create_card_product"),
                         QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("price"), 5000},
                                     {QStringLiteral("currency"), QStringLiteral("CNY")}});
    if (!created.result.ok())
        qFatal("cannot create product: %s", qPrintable(created.result.error().toString()));
    return created.result.value()[QStringLiteral("product")].toInteger();
}

qint64 codesOf(const EngineFixture &f, qint64 product, const QString &extra = {})
{
    return count(f, QStringLiteral("card_codes"),
                 QStringLiteral("product_id = %1").arg(product) +
                     (extra.isEmpty() ? QString() : QStringLiteral(" AND ") + extra));
}

// Codes are stored sealed: a row is found by its blind index, and its
// plaintext column stays empty.
QString codeIs(EngineFixture &f, const QString &code)
{
    SqliteDb db = f.reader();
    const QByteArray index = SealedFields::codeIndex(*f.engine().dataKey(db), code);
    return QStringLiteral("code IS NULL AND code_index = x'%1'")
        .arg(QString::fromLatin1(index.toHex()));
}

} // namespace

class TestImportCardCodesCommand : public QObject
{
    Q_OBJECT
private slots:
    void importFillsAnEmptyPool()
    {
        EngineFixture f;
        const qint64 product = createProduct(f, QStringLiteral("Voucher 50"));
        auto imported =
            f.run(kImport, importRequest(product, QStringLiteral("code,serial,valid_until\n"
                                                                 "V50-AAAA,S-1,2027-06-30\n"
                                                                 "V50-BBBB,S-2,\n")));
        TESSERA_VERIFY_OK(imported.result);
        QCOMPARE(imported.result.value()[QStringLiteral("imported")].toInteger(), 2);
        QCOMPARE(imported.result.value()[QStringLiteral("available")].toInteger(), 2);
        QCOMPARE(codesOf(f, product, QStringLiteral("state = 0")), 2);
        QCOMPARE(codesOf(f, product,
                         codeIs(f, QStringLiteral("V50-AAAA")) +
                             QStringLiteral(" AND serial = 'S-1' AND valid_until IS NOT NULL")),
                 1);
        QCOMPARE(codesOf(f, product,
                         codeIs(f, QStringLiteral("V50-BBBB")) +
                             QStringLiteral(" AND valid_until IS NULL")),
                 1);
    }

    void importAddsToAvailabilityOfAPoolOnSale()
    {
        EngineFixture f;
        const qint64 product = f.ids().cardProduct;
        // Load the pool into the writer's memory and take some codes out of it first.
        TESSERA_VERIFY_OK(f.run(QStringLiteral("sell"),
                                saleRequest(f.ids().event, QJsonArray{cardLine(product, 5)},
                                            QJsonArray{cash(50000)}))
                              .result);
        auto imported = f.run(kImport, importRequest(product, QStringLiteral("code\n"
                                                                             "NEW-0001\n"
                                                                             "NEW-0002\n"
                                                                             "NEW-0003\n")));
        TESSERA_VERIFY_OK(imported.result);
        QCOMPARE(imported.result.value()[QStringLiteral("imported")].toInteger(), 3);
        QCOMPARE(imported.result.value()[QStringLiteral("available")].toInteger(), 15 + 3);
        QCOMPARE(codesOf(f, product, QStringLiteral("state = 0")), 18);

        // All of them, the new ones included, can be sold, and not one more.
        TESSERA_VERIFY_OK(f.run(QStringLiteral("sell"),
                                saleRequest(f.ids().event, QJsonArray{cardLine(product, 18)},
                                            QJsonArray{cash(180000)}))
                              .result);
        TESSERA_VERIFY_REFUSED(f.run(QStringLiteral("sell"),
                                     saleRequest(f.ids().event, QJsonArray{cardLine(product, 1)})),
                               ErrorCode::PoolExhausted, QStringLiteral("lines[0].quantity"));
        QCOMPARE(codesOf(f, product, QStringLiteral("state = 2")), 23);
    }

    void fileWithBadLinesImportsNothingAndListsEachLine()
    {
        EngineFixture f;
        const qint64 product = createProduct(f, QStringLiteral("Voucher 50"));
        const qint64 journal = count(f, QStringLiteral("journal"));
        auto imported = f.run(kImport, importRequest(product, QStringLiteral("code,serial\n"
                                                                             "GOOD-1,a\n"
                                                                             ",b\n"
                                                                             "GOOD-2,c\n"
                                                                             "GOOD-1,d\n"
                                                                             "x,y,z\n"
                                                                             "GOOD-3,e\n")));
        QVERIFY(!imported.result.ok());
        const Error &e = imported.result.error();
        QCOMPARE(e.where, QStringLiteral("line 3"));
        QVERIFY2(e.message.contains(QLatin1Char('3')), qPrintable(e.message));
        QCOMPARE(e.details.size(), 3);
        QVERIFY2(e.details[0].startsWith(QStringLiteral("line 3: ")), qPrintable(e.details[0]));
        QVERIFY2(e.details[1].startsWith(QStringLiteral("line 5: ")), qPrintable(e.details[1]));
        QVERIFY2(e.details[1].contains(QStringLiteral("line 2")), qPrintable(e.details[1]));
        QVERIFY2(e.details[2].startsWith(QStringLiteral("line 6: ")), qPrintable(e.details[2]));
        QCOMPARE(codesOf(f, product), 0);
        QCOMPARE(count(f, QStringLiteral("journal")), journal);
    }

    void fileWithoutHeaderIsRefused()
    {
        EngineFixture f;
        auto imported =
            f.run(kImport, importRequest(f.ids().cardProduct, QStringLiteral("A-1\nA-2\n")));
        TESSERA_VERIFY_REFUSED(imported, ErrorCode::MissingField, QStringLiteral("line 1"));
        QCOMPARE(codesOf(f, f.ids().cardProduct), 20);
    }

    void codesAlreadyInPoolAreRefusedNamingTheirLines()
    {
        EngineFixture f;
        const qint64 product = createProduct(f, QStringLiteral("Voucher 50"));
        TESSERA_VERIFY_OK(
            f.run(kImport, importRequest(product, QStringLiteral("code\nA-1\nA-2\n"))).result);
        // A code that was sold is still in the pool: importing it again would sell it twice.
        TESSERA_VERIFY_OK(f.run(QStringLiteral("sell"),
                                saleRequest(f.ids().event, QJsonArray{cardLine(product, 1)},
                                            QJsonArray{cash(5000)}))
                              .result);
        auto again = f.run(kImport, importRequest(product, QStringLiteral("code\n"
                                                                          "B-1\n"
                                                                          "A-2\n"
                                                                          "B-2\n"
                                                                          "A-1\n")));
        TESSERA_VERIFY_REFUSED(again, ErrorCode::DuplicateId, QStringLiteral("line 3"));
        const QStringList details = again.result.error().details;
        QCOMPARE(details.size(), 2);
        QVERIFY2(details[0].startsWith(QStringLiteral("line 3")), qPrintable(details[0]));
        QVERIFY2(details[1].startsWith(QStringLiteral("line 5")), qPrintable(details[1]));
        QCOMPARE(codesOf(f, product), 2);
        QCOMPARE(codesOf(f, product, QStringLiteral("code LIKE 'B-%'")), 0);
    }

    void sameCodeInAnotherProductIsAccepted()
    {
        EngineFixture f;
        const qint64 first = createProduct(f, QStringLiteral("Voucher 50"));
        const qint64 second = createProduct(f, QStringLiteral("Voucher 80"));
        TESSERA_VERIFY_OK(
            f.run(kImport, importRequest(first, QStringLiteral("code\nX-1\n"))).result);
        TESSERA_VERIFY_OK(
            f.run(kImport, importRequest(second, QStringLiteral("code\nX-1\n"))).result);
        QCOMPARE(codesOf(f, first), 1);
        QCOMPARE(codesOf(f, second), 1);
    }

    void unknownProductIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(f.run(kImport, importRequest(999, QStringLiteral("code\nX-1\n"))),
                               ErrorCode::NotFound, QStringLiteral("product"));
        QCOMPARE(count(f, QStringLiteral("card_codes"), codeIs(f, QStringLiteral("X-1"))), 0);
    }

    void missingFieldsAreRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kImport, QJsonObject{{QStringLiteral("product"), f.ids().cardProduct}}),
            ErrorCode::MissingField, QStringLiteral("csv"));
        TESSERA_VERIFY_REFUSED(
            f.run(kImport, QJsonObject{{QStringLiteral("csv"), QStringLiteral("code\nX-1\n")}}),
            ErrorCode::MissingField, QStringLiteral("product"));
    }
};

QTEST_GUILESS_MAIN(TestImportCardCodesCommand)
#include "testimportcardcodescommand.moc"
