// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"
#include "resultassert.h"

#include "crypto/keyring.h"
#include "engine/engine.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

SqliteDb openDb(const QString &path)
{
    auto db = SqliteDb::open(path);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toString()));
    return std::move(*db);
}

// One integer from `sql`, -1 when there is no row.
qint64 scalar(SqliteDb &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        qFatal("bad query %s: %s", qPrintable(sql), qPrintable(stmt.error().toString()));
    auto row = stmt->step();
    if (!row || !*row)
        return -1;
    const qint64 value = stmt->columnInt(0);
    stmt->reset();
    return value;
}

QString text(SqliteDb &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        qFatal("bad query %s: %s", qPrintable(sql), qPrintable(stmt.error().toString()));
    auto row = stmt->step();
    if (!row || !*row)
        return {};
    const QString value = stmt->columnText(0);
    stmt->reset();
    return value;
}

bool hasColumn(SqliteDb &db, const QString &table, const QString &column)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('%1') WHERE name = "
                                     "'%2'")
                          .arg(table, column)) == 1;
}

qint64 tableCount(SqliteDb &db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Result<std::unique_ptr<Engine>> openEngine(const QString &path, const ManualClock &clock)
{
    EngineOptions options;
    options.shiftRule = ShiftRule::None; // sells cash without opening a shift
    options.path = path;
    options.terminalId = QStringLiteral("T1");
    options.clock = &clock;
    return Engine::open(options);
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void freshFileIsMigratedToCurrentVersion()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("fresh.db")));
        QCOMPARE(Schema::version(db), 0);
        TESSERA_VERIFY_OK(Schema::migrate(db));
        QCOMPARE(Schema::version(db), Schema::kCurrentVersion);
        QVERIFY(Schema::kCurrentVersion >= 2);
        for (const char *table :
             {"settings", "venues", "seats", "events", "event_seats", "ga_quotas", "card_products",
              "card_codes", "holds", "orders", "order_lines", "payments", "refunds", "journal"}) {
            QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                               "'table' AND name = '%1'")
                                    .arg(QLatin1String(table))) == 1,
                     table);
        }
        QVERIFY(hasColumn(db, QStringLiteral("orders"), QStringLiteral("channel")));
        QCOMPARE(text(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void migratingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("twice.db")));
        TESSERA_VERIFY_OK(Schema::migrate(db));
        const qint64 tables = tableCount(db);
        TESSERA_VERIFY_OK(Schema::migrate(db));
        QCOMPARE(Schema::version(db), Schema::kCurrentVersion);
        QCOMPARE(tableCount(db), tables);
    }

    void migrationStopsAtTheTargetVersion()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("v1.db")));
        TESSERA_VERIFY_OK(Schema::migrate(db, 1));
        QCOMPARE(Schema::version(db), 1);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                          "'orders'")) == 1);
        QVERIFY(!hasColumn(db, QStringLiteral("orders"), QStringLiteral("channel")));
        TESSERA_VERIFY_OK(Schema::migrate(db));
        QCOMPARE(Schema::version(db), Schema::kCurrentVersion);
        QVERIFY(hasColumn(db, QStringLiteral("orders"), QStringLiteral("channel")));
    }

    void unknownTargetIsRefused()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("target.db")));
        QVERIFY(!Schema::migrate(db, 0).ok());
        QVERIFY(!Schema::migrate(db, Schema::kCurrentVersion + 1).ok());
        QCOMPARE(Schema::version(db), 0);
        QCOMPARE(tableCount(db), 0);
    }

    void versionOneFileIsUpgradedOnOpenWithItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            SqliteDb db = openDb(path);
            TESSERA_VERIFY_OK(Schema::migrate(db, 1));
            TESSERA_VERIFY_OK(db.exec(QStringLiteral(
                "INSERT INTO orders(id, state, currency, total, paid, customer_name, created_at) "
                "VALUES(7, 1, 'CNY', 38000, 38000, 'Wang Fang', 1700000000000)")));
        }
        ManualClock clock;
        auto engine = openEngine(path, clock);
        TESSERA_VERIFY_OK(engine);
        (*engine)->stop();

        SqliteDb db = openDb(path);
        QCOMPARE(Schema::version(db), Schema::kCurrentVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
        QCOMPARE(text(db, QStringLiteral("SELECT channel FROM orders WHERE id = 7")),
                 QStringLiteral("counter"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT total FROM orders WHERE id = 7")), 38000);
        // Version 4 encrypts the customer: the plaintext column is emptied and
        // the details open with the data key.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT customer_name IS NULL FROM orders WHERE id = 7")), 1);
        auto sealed = db.prepare(QStringLiteral("SELECT customer_enc FROM orders WHERE id = 7"));
        QVERIFY(sealed);
        auto row = sealed->step();
        QVERIFY(row && *row);
        auto customer = SealedFields::openCustomer(*(*engine)->dataKey(db), sealed->columnBlob(0));
        TESSERA_VERIFY_OK(customer);
        QCOMPARE(customer->name, QStringLiteral("Wang Fang"));
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                          "'orders_phone_index'")) == 1);
    }

    void versionNineFileKeepsItsPaymentsAndLearnsTheCashHandedOver()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("v9.db")));
        TESSERA_VERIFY_OK(Schema::migrate(db, 9));
        QVERIFY(!hasColumn(db, QStringLiteral("payments"), QStringLiteral("tendered")));
        TESSERA_VERIFY_OK(db.exec(
            QStringLiteral("INSERT INTO orders(id, state, currency, total, paid, created_at) "
                           "VALUES(7, 1, 'CNY', 38000, 38000, 1700000000000); "
                           "INSERT INTO payments(id, order_id, method, amount, state, created_at) "
                           "VALUES(3, 7, 'cash', 38000, 0, 1700000000000)")));
        TESSERA_VERIFY_OK(Schema::migrate(db));
        QCOMPARE(Schema::version(db), Schema::kCurrentVersion);
        QVERIFY(hasColumn(db, QStringLiteral("payments"), QStringLiteral("tendered")));
        // An old payment's handed-over cash is unknown, not zero.
        QCOMPARE(scalar(db, QStringLiteral("SELECT tendered IS NULL FROM payments WHERE id = 3")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT amount FROM payments WHERE id = 3")), 38000);
        TESSERA_VERIFY_OK(
            db.exec(QStringLiteral("UPDATE payments SET tendered = 40000 WHERE id = 3")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT tendered - amount FROM payments")), 2000);
    }

    void fileFromNewerBuildIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            SqliteDb db = openDb(path);
            TESSERA_VERIFY_OK(Schema::migrate(db));
            TESSERA_VERIFY_OK(db.exec(
                QStringLiteral(
                    "CREATE TABLE future_things(id INTEGER PRIMARY KEY); PRAGMA user_version = %1;")
                    .arg(Schema::kCurrentVersion + 1)));
        }
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        ManualClock clock;
        auto engine = openEngine(path, clock);
        QVERIFY(!engine.ok());
        QCOMPARE(engine.error().codeName(), errorCodeName(ErrorCode::SchemaTooNew));
        QVERIFY2(engine.error().message.contains(QString::number(Schema::kCurrentVersion + 1)),
                 qPrintable(engine.error().message));

        QCOMPARE(fileHash(path), before);
        SqliteDb db = openDb(path);
        QCOMPARE(Schema::version(db), Schema::kCurrentVersion + 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
    }

    void schemaRefusesNewerFileDirectly()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("newer.db")));
        TESSERA_VERIFY_OK(db.exec(QStringLiteral("PRAGMA user_version = 99")));
        auto migrated = Schema::migrate(db);
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error().codeName(), errorCodeName(ErrorCode::SchemaTooNew));
        QCOMPARE(Schema::version(db), 99);
        QCOMPARE(tableCount(db), 0);
    }

    void failedUpgradeLeavesFileAtItsVersion()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("conflict.db")));
        TESSERA_VERIFY_OK(Schema::migrate(db, 1));
        // Step 2 adds the channel column, then fails on an index that is in its way.
        TESSERA_VERIFY_OK(
            db.exec(QStringLiteral("CREATE INDEX orders_customer_phone ON orders(customer_name)")));
        auto migrated = Schema::migrate(db);
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error().codeName(), errorCodeName(ErrorCode::StorageError));
        QCOMPARE(Schema::version(db), 1);
        QVERIFY(!hasColumn(db, QStringLiteral("orders"), QStringLiteral("channel")));
    }

    void failedFirstStepCreatesNothing()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("clash.db")));
        // A table the first step creates late in its script is already there.
        TESSERA_VERIFY_OK(db.exec(QStringLiteral("CREATE TABLE refunds(x)")));
        QVERIFY(!Schema::migrate(db).ok());
        QCOMPARE(Schema::version(db), 0);
        QCOMPARE(tableCount(db), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                           "'settings'")),
                 0);
    }

    void failedUpgradeOnOpenLeavesFileAtItsVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stuck.db"));
        {
            SqliteDb db = openDb(path);
            TESSERA_VERIFY_OK(Schema::migrate(db, 1));
            TESSERA_VERIFY_OK(db.exec(
                QStringLiteral("INSERT INTO orders(id, state, currency, total, created_at) "
                               "VALUES(1, 0, 'CNY', 100, 1); "
                               "CREATE INDEX orders_customer_phone ON orders(customer_name)")));
        }
        ManualClock clock;
        auto engine = openEngine(path, clock);
        QVERIFY(!engine.ok());
        SqliteDb db = openDb(path);
        QCOMPARE(Schema::version(db), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
        QVERIFY(!hasColumn(db, QStringLiteral("orders"), QStringLiteral("channel")));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "testschema.moc"
