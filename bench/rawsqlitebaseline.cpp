// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlitebaseline.h"

#include "storage/sqlitedb.h"
#include "storage/walcheckpointer.h"

#include <QElapsedTimer>

#include <memory>

#include <sqlite3.h>

namespace tessera::bench {

namespace {

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("raw sqlite %s: %s", what, sqlite3_errmsg(db));
}

} // namespace

double rawSqliteSalesPerSecond(const QString &path, int sales, int batch)
{
    // The engine writer's pragmas (SqliteDb::open) and checkpoints (WalCheckpointer).
    auto opened = SqliteDb::open(path);
    if (!opened)
        qFatal("raw sqlite: %s", qPrintable(opened.error().toString()));
    SqliteDb connection = std::move(*opened);
    sqlite3 *db = connection.handle();
    auto checkpointer = std::make_unique<WalCheckpointer>(path, db);
    check(sqlite3_exec(db,
                       "CREATE TABLE stock(id INTEGER PRIMARY KEY, available INTEGER NOT NULL);"
                       "CREATE TABLE orders(id INTEGER PRIMARY KEY, stock_id INTEGER NOT NULL, "
                       "price INTEGER NOT NULL, created_at INTEGER NOT NULL);"
                       "INSERT INTO stock(id, available) VALUES(1, 1000000000);",
                       nullptr, nullptr, nullptr),
          db, "schema");
    sqlite3_stmt *update = nullptr;
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_prepare_v2(db, "UPDATE stock SET available = available - 1 WHERE id = ?", -1,
                             &update, nullptr),
          db, "prepare update");
    check(sqlite3_prepare_v2(db, "INSERT INTO orders(stock_id, price, created_at) VALUES(?, ?, ?)",
                             -1, &insert, nullptr),
          db, "prepare insert");
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < sales;) {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
        for (int i = 0; i < batch && done < sales; ++i, ++done) {
            sqlite3_bind_int64(update, 1, 1);
            check(sqlite3_step(update), db, "update");
            sqlite3_reset(update);
            sqlite3_bind_int64(insert, 1, 1);
            sqlite3_bind_int64(insert, 2, 12000);
            sqlite3_bind_int64(insert, 3, done);
            check(sqlite3_step(insert), db, "insert");
            sqlite3_reset(insert);
        }
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(update);
    sqlite3_finalize(insert);
    checkpointer.reset();
    return double(sales) / seconds;
}

} // namespace tessera::bench
