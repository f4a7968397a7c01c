// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlitebaseline.h"

#include <QElapsedTimer>

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
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db, "open");
    check(sqlite3_exec(db,
                       "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                       "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
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
        check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
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
    sqlite3_close(db);
    return double(sales) / seconds;
}

} // namespace tessera::bench

#include "storage/schema.h"
#include "storage/sqlitedb.h"

namespace tessera::bench {

double sameRowsSalesPerSecond(const QString &path, int sales, int batch)
{
    {
        auto db = SqliteDb::open(path);
        if (!db || !Schema::migrate(*db))
            qFatal("same-rows baseline: cannot create the schema");
        (void)db->exec(QStringLiteral("INSERT INTO ga_quotas(id, event_id, name, capacity) "
                                      "VALUES(1, 1, 'Floor', 1000000000)"));
    }
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db, "open");
    check(sqlite3_exec(db,
                       "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                       "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;",
                       nullptr, nullptr, nullptr),
          db, "pragmas");
    auto prepare = [db](const char *sql) {
        sqlite3_stmt *stmt = nullptr;
        check(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), db, sql);
        return stmt;
    };
    sqlite3_stmt *lookup = prepare("SELECT kind, request_hash, result, seq FROM journal "
                                   "WHERE idem_key = ?");
    sqlite3_stmt *order =
        prepare("INSERT INTO orders(state, currency, total, paid, created_at, actor, channel) "
                "VALUES(1, 'CNY', 12000, 12000, ?, 'bench', 'counter')");
    sqlite3_stmt *line = prepare("INSERT INTO order_lines(order_id, kind, event_id, ref_id, "
                                 "ticket_type_id, price, secret) VALUES(?, 1, 1, 1, 1, 12000, ?)");
    sqlite3_stmt *payment = prepare("INSERT INTO payments(order_id, method, amount, state, "
                                    "created_at) VALUES(?, 'cash', 12000, 0, ?)");
    sqlite3_stmt *journal = prepare("INSERT INTO journal(seq, kind, idem_key, request_hash, "
                                    "payload, result, actor, created_at) "
                                    "VALUES(?, 'sell', ?, ?, ?, ?, 'bench', ?)");
    sqlite3_stmt *quota = prepare("UPDATE ga_quotas SET sold = ? WHERE id = 1");
    // Sizes of the engine's journal entry for a one-ticket GA sale.
    const QByteArray payload(190, 'p');
    const QByteArray result(230, 'r');
    const QByteArray hash(32, 'h');
    const char *secret = "0123456789ABCDEF";
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < sales;) {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
        for (int i = 0; i < batch && done < sales; ++i, ++done) {
            const QByteArray key = "sale-" + QByteArray::number(done);
            sqlite3_bind_text(lookup, 1, key.constData(), int(key.size()), SQLITE_STATIC);
            check(sqlite3_step(lookup), db, "lookup");
            sqlite3_reset(lookup);
            sqlite3_bind_int64(order, 1, done);
            check(sqlite3_step(order), db, "order");
            sqlite3_reset(order);
            const sqlite3_int64 orderId = sqlite3_last_insert_rowid(db);
            sqlite3_bind_int64(line, 1, orderId);
            sqlite3_bind_text(line, 2, secret, 16, SQLITE_STATIC);
            check(sqlite3_step(line), db, "line");
            sqlite3_reset(line);
            sqlite3_bind_int64(payment, 1, orderId);
            sqlite3_bind_int64(payment, 2, done);
            check(sqlite3_step(payment), db, "payment");
            sqlite3_reset(payment);
            sqlite3_bind_int64(journal, 1, done + 1);
            sqlite3_bind_text(journal, 2, key.constData(), int(key.size()), SQLITE_STATIC);
            sqlite3_bind_blob(journal, 3, hash.constData(), int(hash.size()), SQLITE_STATIC);
            sqlite3_bind_text(journal, 4, payload.constData(), int(payload.size()), SQLITE_STATIC);
            sqlite3_bind_text(journal, 5, result.constData(), int(result.size()), SQLITE_STATIC);
            sqlite3_bind_int64(journal, 6, done);
            check(sqlite3_step(journal), db, "journal");
            sqlite3_reset(journal);
        }
        sqlite3_bind_int64(quota, 1, done);
        check(sqlite3_step(quota), db, "quota");
        sqlite3_reset(quota);
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (sqlite3_stmt *s : {lookup, order, line, payment, journal, quota})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return double(sales) / seconds;
}

} // namespace tessera::bench
