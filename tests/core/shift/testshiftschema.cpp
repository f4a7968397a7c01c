// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "shiftrequests.h"

#include "api/commandfactory.h"
#include "shift/shiftqueries.h"
#include "storage/schema.h"

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

bool hasTable(SqliteDb &db, const QString &name)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                     "AND name = '%1'")
                          .arg(name)) == 1;
}

// A version 4 file with a paid cash order of ¥380 in it.
void writeVersion4File(const QString &path)
{
    SqliteDb db = openDb(path);
    TESSERA_VERIFY_OK(Schema::migrate(db, 4));
    TESSERA_VERIFY_OK(
        db.exec(QStringLiteral("INSERT INTO orders(id, state, currency, total, paid, created_at) "
                               "VALUES(7, 1, 'CNY', 38000, 38000, 1700000000000); "
                               "INSERT INTO payments(order_id, method, amount, state, created_at) "
                               "VALUES(7, 'cash', 38000, 0, 1700000000000);")));
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

class TestShiftSchema : public QObject
{
    Q_OBJECT
private slots:
    void versionFiveAddsShiftsAndCashMovements()
    {
        QTemporaryDir dir;
        SqliteDb db = openDb(dir.filePath(QStringLiteral("fresh.db")));
        TESSERA_VERIFY_OK(Schema::migrate(db));
        QVERIFY(Schema::kCurrentVersion >= 5);
        QVERIFY(hasTable(db, QStringLiteral("shifts")));
        QVERIFY(hasTable(db, QStringLiteral("cash_movements")));
        // One open shift per terminal, kept by the database too.
        TESSERA_VERIFY_OK(db.exec(QStringLiteral(
            "INSERT INTO shifts(terminal, currency, float_amount, opened_at, after_payment, "
            "after_refund, after_order, after_seq) VALUES('T1', 'CNY', 0, 1, 0, 0, 0, 0)")));
        QVERIFY(!db.exec(QStringLiteral(
                             "INSERT INTO shifts(terminal, currency, float_amount, opened_at, "
                             "after_payment, after_refund, after_order, after_seq) "
                             "VALUES('T1', 'CNY', 0, 2, 0, 0, 0, 0)"))
                     .ok());
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO cash_movements(shift_id, kind, amount, "
                                        "reason, created_at) VALUES(1, 'sideways', 5, 'x', 1)"))
                     .ok());
    }

    void aVersionFourFileKeepsItsDataAndGainsShifts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        writeVersion4File(path);
        ManualClock clock;
        {
            auto engine = openEngine(path, clock);
            TESSERA_VERIFY_OK(engine);
            auto command = CommandFactory::fromJson(QStringLiteral("open_shift"),
                                                    openShift(10000, QStringLiteral("CNY")));
            TESSERA_VERIFY_OK(command);
            const CommandOutcome opened = (*engine)->execute(
                std::move(*command), QStringLiteral("open-1"), QStringLiteral("tester"));
            TESSERA_VERIFY_OK(opened.result);
            (*engine)->stop();
        }
        SqliteDb db = openDb(path);
        QCOMPARE(Schema::version(db), Schema::kCurrentVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT total FROM orders WHERE id = 7")), 38000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM shifts")), 1);
        // The old sale was before the shift: its cash is not in the drawer.
        ShiftQueries shifts(db, QStringLiteral("T1"));
        auto open = shifts.openShift();
        TESSERA_VERIFY_OK(open);
        QVERIFY(open->has_value());
        auto report = shifts.report(**open);
        TESSERA_VERIFY_OK(report);
        QCOMPARE((*report)[QStringLiteral("expected")].toInteger(), 10000);
        QCOMPARE((*report)[QStringLiteral("cash_sales")].toInteger(), 0);
    }

    void aFailedStepFiveLeavesTheFileAtVersionFour()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.db"));
        writeVersion4File(path);
        {
            SqliteDb db = openDb(path);
            TESSERA_VERIFY_OK(db.exec(QStringLiteral("CREATE TABLE cash_movements(x)")));
        }
        {
            SqliteDb db = openDb(path);
            QVERIFY(!Schema::migrate(db).ok());
            QCOMPARE(Schema::version(db), 4);
            QVERIFY(!hasTable(db, QStringLiteral("shifts")));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestShiftSchema)
#include "testshiftschema.moc"
