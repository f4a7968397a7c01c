// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"

#include "api/commandfactory.h"
#include "crypto/keyring.h"
#include "query/orderqueries.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kName = QStringLiteral(u"Zhou Xiaoming 周晓明");
const QString kPhone = QStringLiteral("+86 137-1234-5678");
const QString kEmail = QStringLiteral("zhou.xiaoming@example.org");
const ScryptCost kCheap{1024, 8, 1};

QStringList secretCodes()
{
    QStringList codes;
    for (int i = 1; i <= 5; ++i)
        codes.push_back(QStringLiteral("SECRET-%1-KEY").arg(i * 7919, 6, 10, QLatin1Char('0')));
    return codes;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every plaintext found in the database file or its WAL.
QStringList leaks(const QString &dbPath, const QStringList &secrets)
{
    const QByteArray bytes = fileBytes(dbPath) + fileBytes(dbPath + QStringLiteral("-wal"));
    QStringList found;
    for (const QString &secret : secrets)
        if (bytes.contains(secret.toUtf8()))
            found.push_back(secret);
    return found;
}

QByteArray filesHash(const QString &dbPath)
{
    return QCryptographicHash::hash(
        QByteArray(fileBytes(dbPath) + "|" + fileBytes(dbPath + QStringLiteral("-wal"))),
        QCryptographicHash::Sha256);
}

CommandOutcome run(Engine &engine, const QString &kind, const QJsonObject &json, const QString &key)
{
    auto command = CommandFactory::fromJson(kind, json);
    if (!command) {
        CommandOutcome refused;
        refused.result = command.error();
        return refused;
    }
    return engine.execute(std::move(*command), key, QStringLiteral("tester"));
}

std::unique_ptr<Engine> openEngine(const QString &path, KeySource *keys, Error *error = nullptr)
{
    EngineOptions options;
    options.shiftRule = ShiftRule::None; // sells cash without opening a shift
    options.path = path;
    options.terminalId = QStringLiteral("T1");
    options.keys = keys;
    auto engine = Engine::open(options);
    if (!engine) {
        if (error)
            *error = engine.error();
        return nullptr;
    }
    return std::move(*engine);
}

// A product with the secret codes and a paid sale of two of them to the customer.
struct Sale
{
    qint64 product = 0;
    qint64 order = 0;
};

Sale importAndSell(Engine &engine, const QString &prefix)
{
    Sale sale;
    auto product = run(engine, QStringLiteral("create_card_product"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Secret card")},
                                   {QStringLiteral("price"), 5000},
                                   {QStringLiteral("currency"), QStringLiteral("CNY")}},
                       prefix + QStringLiteral("p"));
    if (!product.result)
        qFatal("product: %s", qPrintable(product.result.error().toString()));
    sale.product = product.result.value()[QStringLiteral("product")].toInteger();
    const QString csv = QString(QStringLiteral("code\n") + secretCodes().join(QLatin1Char('\n')) +
                                QLatin1Char('\n'));
    auto imported =
        run(engine, QStringLiteral("import_card_codes"),
            QJsonObject{{QStringLiteral("product"), sale.product}, {QStringLiteral("csv"), csv}},
            prefix + QStringLiteral("i"));
    if (!imported.result)
        qFatal("import: %s", qPrintable(imported.result.error().toString()));
    QJsonObject sell{{QStringLiteral("lines"), QJsonArray{cardLine(sale.product, 2)}},
                     {QStringLiteral("payments"), QJsonArray{cash(10000)}},
                     {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), kName},
                                                              {QStringLiteral("phone"), kPhone},
                                                              {QStringLiteral("email"), kEmail}}}};
    auto sold = run(engine, QStringLiteral("sell"), sell, prefix + QStringLiteral("s"));
    if (!sold.result)
        qFatal("sell: %s", qPrintable(sold.result.error().toString()));
    sale.order = sold.result.value()[QStringLiteral("order")].toInteger();
    return sale;
}

// Every code of the order and the customer, read back through OrderQueries.
QJsonObject readBack(Engine &engine, const QString &path, qint64 order)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        qFatal("reader");
    auto key = engine.dataKey(*db);
    OrderQueries queries(*db, engine.terminalId(), key.get());
    auto codes = queries.cardCodes(order);
    auto shown = queries.order(order);
    auto byPhone = queries.find(kPhone);
    QJsonObject out;
    if (codes)
        out.insert(QStringLiteral("codes"), *codes);
    if (shown)
        out.insert(QStringLiteral("customer"), shown->value(QStringLiteral("customer")));
    if (byPhone)
        out.insert(QStringLiteral("by_phone"), *byPhone);
    return out;
}

} // namespace

class TestEncryptionAtRest : public QObject
{
    Q_OBJECT
private slots:
    void rawFileRevealsNoCodeAndNoCustomer()
    {
        EngineFixture f;
        const Sale sale = importAndSell(f.engine(), QStringLiteral("a"));
        const QStringList secrets = secretCodes()
                                    << kName << kPhone << kEmail << QStringLiteral("13712345678");
        // While the engine runs (the WAL holds the recent pages) and after.
        QCOMPARE(leaks(f.path(), secrets), QStringList());
        const QJsonObject read = readBack(f.engine(), f.path(), sale.order);
        f.close();
        QCOMPARE(leaks(f.path(), secrets), QStringList());
        QCOMPARE(leaks(f.path(), QStringList{QStringLiteral("GC100-")}), QStringList());

        // The key lives beside the database, readable by its owner only.
        const QString keyFile = KeyFileKeySource::defaultPath(f.path());
        QVERIFY(QFile::exists(keyFile));
        QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        // Revealed correctly for the paid order; found by phone.
        const QJsonArray codes = read[QStringLiteral("codes")].toArray();
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes[0][QStringLiteral("code")].toString(), secretCodes()[0]);
        QCOMPARE(codes[1][QStringLiteral("code")].toString(), secretCodes()[1]);
        const QJsonObject customer = read[QStringLiteral("customer")].toObject();
        QCOMPARE(customer[QStringLiteral("name")].toString(), kName);
        QCOMPARE(customer[QStringLiteral("phone")].toString(), kPhone);
        QCOMPARE(customer[QStringLiteral("email")].toString(), kEmail);
        const QJsonArray byPhone = read[QStringLiteral("by_phone")].toArray();
        QCOMPARE(byPhone.size(), 1);
        QCOMPARE(byPhone[0][QStringLiteral("order")].toInteger(), sale.order);
        QCOMPARE(byPhone[0][QStringLiteral("customer")].toString(), kName);

        // Reopened with its key file, everything reads the same.
        f.reopen();
        QCOMPARE(readBack(f.engine(), f.path(), sale.order), read);
        // A code already in the pool is still refused (by its blind index).
        auto again = f.run(
            QStringLiteral("import_card_codes"),
            QJsonObject{{QStringLiteral("product"), sale.product},
                        {QStringLiteral("csv"), QString(QStringLiteral("code\n") +
                                                        secretCodes()[3] + QStringLiteral("\n"))}});
        QVERIFY(!again.result);
        QCOMPARE(again.result.error().code, ErrorCode::DuplicateId);
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        {
            PassphraseKeySource keys(QStringLiteral("correct horse"), kCheap);
            auto engine = openEngine(path, &keys);
            QVERIFY(engine);
            importAndSell(*engine, QStringLiteral("b"));
        }
        QVERIFY(!QFile::exists(KeyFileKeySource::defaultPath(path)));
        const QByteArray before = filesHash(path);
        PassphraseKeySource wrong(QStringLiteral("battery staple"), kCheap);
        Error error;
        QVERIFY(!openEngine(path, &wrong, &error));
        QCOMPARE(error.code, ErrorCode::WrongPassphrase);
        QCOMPARE(filesHash(path), before);
        // Without any passphrase (the default key file) it is refused too.
        QVERIFY(!openEngine(path, nullptr, &error));
        QCOMPARE(error.code, ErrorCode::WrongPassphrase);
        QCOMPARE(filesHash(path), before);
        QVERIFY(!QFile::exists(KeyFileKeySource::defaultPath(path)));
    }

    void corruptWrappedKeyIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        {
            PassphraseKeySource keys(QStringLiteral("correct horse"), kCheap);
            auto engine = openEngine(path, &keys);
            QVERIFY(engine);
        }
        {
            auto db = SqliteDb::open(path);
            QVERIFY(db);
            TESSERA_VERIFY_OK(db->exec(
                QStringLiteral("UPDATE settings SET value = replace(value, '\"checksum\":\"', "
                               "'\"checksum\":\"00') WHERE key = 'wrapped_data_key'")));
        }
        PassphraseKeySource keys(QStringLiteral("correct horse"), kCheap);
        Error error;
        QVERIFY(!openEngine(path, &keys, &error));
        QCOMPARE(error.code, ErrorCode::CorruptKey);
    }

    void foreignKeyFileIsRefused()
    {
        EngineFixture f;
        f.close();
        QFile::remove(KeyFileKeySource::defaultPath(f.path()));
        Error error;
        QVERIFY(!openEngine(f.path(), nullptr, &error));
        QCOMPARE(error.code, ErrorCode::CorruptKey);
    }

    void rotationKeepsEverythingAndRetiresTheOldKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        PassphraseKeySource keys(QStringLiteral("correct horse"), kCheap);
        auto engine = openEngine(path, &keys);
        QVERIFY(engine);
        const Sale sale = importAndSell(*engine, QStringLiteral("c"));
        const QJsonObject before = readBack(*engine, path, sale.order);
        QCOMPARE(before[QStringLiteral("codes")].toArray().size(), 2);
        std::shared_ptr<const DataKey> oldKey;
        {
            auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
            QVERIFY(db);
            oldKey = engine->dataKey(*db);
        }

        auto rotated =
            run(*engine, QStringLiteral("rotate_data_key"),
                QJsonObject{{QStringLiteral("new_passphrase"), QStringLiteral("new passphrase")}},
                QStringLiteral("rotate-1"));
        TESSERA_VERIFY_OK(rotated.result);
        QCOMPARE(rotated.result.value()[QStringLiteral("card_codes")].toInteger(), 5);
        QCOMPARE(rotated.result.value()[QStringLiteral("customers")].toInteger(), 1);
        QCOMPARE(readBack(*engine, path, sale.order), before);

        // The journal keeps neither the passphrase nor the secrets.
        QCOMPARE(leaks(path, QStringList{QStringLiteral("new passphrase")}), QStringList());
        {
            auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
            QVERIFY(db);
            QVERIFY(engine->dataKey(*db) != oldKey);
            auto stmt = db->prepare(QStringLiteral("SELECT code_enc FROM card_codes"));
            QVERIFY(stmt);
            int rows = 0;
            while (true) {
                auto row = stmt->step();
                QVERIFY(row);
                if (!*row)
                    break;
                ++rows;
                QVERIFY(!oldKey->decrypt(stmt->columnBlob(0), {}).ok());
                QVERIFY(!SealedFields::openCode(*oldKey, stmt->columnBlob(0)).ok());
            }
            QCOMPARE(rows, 5);
        }
        // Sales after the rotation use the new key.
        TESSERA_VERIFY_OK(
            run(*engine, QStringLiteral("sell"),
                QJsonObject{{QStringLiteral("lines"), QJsonArray{cardLine(sale.product, 1)}},
                            {QStringLiteral("payments"), QJsonArray{cash(5000)}}},
                QStringLiteral("after"))
                .result);
        engine.reset();

        PassphraseKeySource oldPassphrase(QStringLiteral("correct horse"), kCheap);
        Error error;
        QVERIFY(!openEngine(path, &oldPassphrase, &error));
        QCOMPARE(error.code, ErrorCode::WrongPassphrase);
        PassphraseKeySource newPassphrase(QStringLiteral("new passphrase"), kCheap);
        engine = openEngine(path, &newPassphrase);
        QVERIFY(engine);
        QCOMPARE(readBack(*engine, path, sale.order), before);
    }

    void rotationWithKeyFileSurvivesReopen()
    {
        EngineFixture f;
        const Sale sale = importAndSell(f.engine(), QStringLiteral("d"));
        const QJsonObject before = readBack(f.engine(), f.path(), sale.order);
        const QByteArray keyFileBefore = fileBytes(KeyFileKeySource::defaultPath(f.path()));
        TESSERA_VERIFY_OK(f.run(QStringLiteral("rotate_data_key"), QJsonObject()).result);
        QCOMPARE(readBack(f.engine(), f.path(), sale.order), before);
        auto refused = f.run(QStringLiteral("rotate_data_key"),
                             QJsonObject{{QStringLiteral("new_passphrase"), QStringLiteral("x")}});
        QVERIFY(!refused.result);
        QCOMPARE(refused.result.error().code, ErrorCode::InvalidInput);
        f.reopen();
        QCOMPARE(readBack(f.engine(), f.path(), sale.order), before);
        const QByteArray keyFileAfter = fileBytes(KeyFileKeySource::defaultPath(f.path()));
        QVERIFY(keyFileAfter != keyFileBefore);
        // Settled on the one live key.
        QCOMPARE(keyFileAfter.count('\n'), 2);
    }

    void olderFileWithPlaintextIsEncryptedOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        const QString code = QStringLiteral("LEGACY-CODE-424242");
        const QString name = QStringLiteral("Old Customer Name");
        {
            auto db = SqliteDb::open(path);
            QVERIFY(db);
            TESSERA_VERIFY_OK(Schema::migrate(*db, 3));
            TESSERA_VERIFY_OK(db->exec(QStringLiteral(
                "INSERT INTO card_products(id, name, price, currency, created_at) "
                "VALUES(1, 'Old card', 100, 'CNY', 0);"
                "INSERT INTO card_codes(product_id, code) VALUES(1, 'LEGACY-CODE-424242');"
                "INSERT INTO card_codes(product_id, code) VALUES(1, 'LEGACY-CODE-777');"
                "INSERT INTO orders(id, state, currency, total, customer_name, customer_phone, "
                "created_at) VALUES(1, 1, 'CNY', 0, 'Old Customer Name', '13900001111', 0);"
                "INSERT INTO journal(seq, kind, idem_key, request_hash, payload, result, "
                "created_at) VALUES(1, 'import_card_codes', 'k1', x'00', "
                "'{\"csv\":\"code\\nLEGACY-CODE-424242\\n\",\"product\":1}', '{}', 0);"
                "INSERT INTO journal(seq, kind, idem_key, request_hash, payload, result, "
                "created_at) VALUES(2, 'sell', 'k2', x'00', "
                "'{\"customer\":{\"name\":\"Old Customer Name\"},\"lines\":[]}', '{}', 0);")));
        }
        QVERIFY(fileBytes(path).contains(code.toUtf8()) ||
                fileBytes(path + QStringLiteral("-wal")).contains(code.toUtf8()));
        auto engine = openEngine(path, nullptr);
        QVERIFY(engine);
        {
            auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
            QVERIFY(db);
            auto key = engine->dataKey(*db);
            auto stmt =
                db->prepare(QStringLiteral("SELECT code, code_enc FROM card_codes ORDER BY id"));
            QVERIFY(stmt);
            auto row = stmt->step();
            QVERIFY(row && *row);
            QVERIFY(stmt->columnIsNull(0));
            auto opened = SealedFields::openCode(*key, stmt->columnBlob(1));
            TESSERA_VERIFY_OK(opened);
            QCOMPARE(*opened, code);
            OrderQueries queries(*db, engine->terminalId(), key.get());
            auto shown = queries.order(1);
            TESSERA_VERIFY_OK(shown);
            QCOMPARE((*shown)[QStringLiteral("customer")][QStringLiteral("name")].toString(), name);
            auto found = queries.find(QStringLiteral("13900001111"));
            TESSERA_VERIFY_OK(found);
            QCOMPARE(found->size(), 1);
        }
        engine.reset();
        QCOMPARE(leaks(path, QStringList{code, QStringLiteral("LEGACY-CODE-777"), name,
                                         QStringLiteral("13900001111")}),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestEncryptionAtRest)
#include "testencryptionatrest.moc"
