// SPDX-License-Identifier: GPL-3.0-or-later
#include "samerowsbaseline.h"

#include "storage/sqlitedb.h"
#include "storage/walcheckpointer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMap>

#include <sqlite3.h>

namespace tessera::bench {

namespace {

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("same-rows baseline %s: %s", what, sqlite3_errmsg(db));
}

sqlite3 *openPlain(const QString &path)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
          "open");
    return db;
}

sqlite3_stmt *prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    check(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr), db, sql.constData());
    return stmt;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = prepare(db, sql);
    check(sqlite3_step(stmt), db, sql);
    const qint64 value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    QStringList columns;
    sqlite3_stmt *info = prepare(db, "PRAGMA table_info(" + table.toUtf8() + ")");
    while (sqlite3_step(info) == SQLITE_ROW) {
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 1)));
        // An INTEGER PRIMARY KEY called id is assigned by SQLite, for the
        // engine too; journal.seq is bound by the engine, so it stays.
        if (name != QLatin1String("id"))
            columns.push_back(name);
    }
    sqlite3_finalize(info);
    return columns;
}

CapturedRows captureRows(sqlite3 *db, const QString &table, const QStringList &columns,
                         const QString &where)
{
    CapturedRows out;
    out.columns = columns;
    sqlite3_stmt *select = prepare(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                           .arg(columns.join(u','), table, where)
                                           .toUtf8());
    int rc;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
        for (int c = 0; c < columns.size(); ++c) {
            CapturedRows::Cell cell;
            cell.type = sqlite3_column_type(select, c);
            if (cell.type == SQLITE_INTEGER) {
                cell.integer = sqlite3_column_int64(select, c);
                out.payloadBytes += 8;
            } else if (cell.type == SQLITE_FLOAT) {
                cell.real = sqlite3_column_double(select, c);
                out.payloadBytes += 8;
            } else if (cell.type == SQLITE_TEXT || cell.type == SQLITE_BLOB) {
                const void *data = cell.type == SQLITE_TEXT
                                       ? static_cast<const void *>(sqlite3_column_text(select, c))
                                       : sqlite3_column_blob(select, c);
                cell.size = sqlite3_column_bytes(select, c);
                cell.offset = out.bytes.size();
                out.bytes.append(static_cast<const char *>(data), cell.size);
                out.payloadBytes += cell.size;
            }
            out.cells.push_back(cell);
        }
        ++out.rows;
    }
    check(rc, db, "capture");
    sqlite3_finalize(select);
    return out;
}

QByteArray insertSql(const QString &table, const QStringList &columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.push_back(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
        .arg(table, columns.join(u','), marks.join(u','))
        .toUtf8();
}

void bindCell(sqlite3_stmt *stmt, int index, const CapturedRows &rows, const CapturedRows::Cell &c)
{
    switch (c.type) {
    case SQLITE_INTEGER:
        sqlite3_bind_int64(stmt, index, c.integer);
        break;
    case SQLITE_FLOAT:
        sqlite3_bind_double(stmt, index, c.real);
        break;
    case SQLITE_TEXT:
        sqlite3_bind_text(stmt, index, rows.bytes.constData() + c.offset, c.size, SQLITE_STATIC);
        break;
    case SQLITE_BLOB:
        sqlite3_bind_blob(stmt, index, rows.bytes.constData() + c.offset, c.size, SQLITE_STATIC);
        break;
    default:
        sqlite3_bind_null(stmt, index);
    }
}

void insertRow(sqlite3 *db, sqlite3_stmt *stmt, const CapturedRows &rows, qint64 row)
{
    for (int c = 0; c < rows.columns.size(); ++c)
        bindCell(stmt, c + 1, rows, rows.cell(row, c));
    check(sqlite3_step(stmt), db, "insert");
    sqlite3_reset(stmt);
}

} // namespace

SalesMarks SalesMarks::read(const QString &path)
{
    sqlite3 *db = openPlain(path);
    SalesMarks marks;
    marks.order = scalar(db, "SELECT COALESCE(MAX(id), 0) FROM orders");
    marks.line = scalar(db, "SELECT COALESCE(MAX(id), 0) FROM order_lines");
    marks.payment = scalar(db, "SELECT COALESCE(MAX(id), 0) FROM payments");
    marks.journalSeq = scalar(db, "SELECT COALESCE(MAX(seq), 0) FROM journal");
    sqlite3_close(db);
    return marks;
}

SameRowsBaseline SameRowsBaseline::capture(const QString &enginePath, const SalesMarks &marks,
                                           qint64 quotaId)
{
    SameRowsBaseline b;
    b.m_quotaId = quotaId;
    sqlite3 *db = openPlain(enginePath);
    auto after = [](const char *column, qint64 mark) {
        return QStringLiteral("%1 > %2 ORDER BY %1").arg(QLatin1String(column)).arg(mark);
    };
    b.m_orders = captureRows(db, QStringLiteral("orders"), columnsOf(db, QStringLiteral("orders")),
                             after("id", marks.order));
    b.m_lines = captureRows(db, QStringLiteral("order_lines"),
                            columnsOf(db, QStringLiteral("order_lines")), after("id", marks.line));
    b.m_payments =
        captureRows(db, QStringLiteral("payments"), columnsOf(db, QStringLiteral("payments")),
                    after("id", marks.payment));
    b.m_journal =
        captureRows(db, QStringLiteral("journal"), columnsOf(db, QStringLiteral("journal")),
                    after("seq", marks.journalSeq));
    b.m_seats =
        captureRows(db, QStringLiteral("event_seats"),
                    {QStringLiteral("state"), QStringLiteral("hold_id"), QStringLiteral("order_id"),
                     QStringLiteral("event_id"), QStringLiteral("seat_id")},
                    after("order_id", marks.order));
    sqlite3_close(db);
    const qint64 sales = b.m_journal.rows;
    if (b.m_orders.rows != sales || b.m_lines.rows != sales || b.m_payments.rows != sales ||
        (b.m_seats.rows != 0 && b.m_seats.rows != sales))
        qFatal("same-rows baseline: expected one order, line and payment per journalled sale; "
               "found %lld orders, %lld lines, %lld payments, %lld seats for %lld entries",
               b.m_orders.rows, b.m_lines.rows, b.m_payments.rows, b.m_seats.rows, sales);
    return b;
}

double SameRowsBaseline::bytesPerSale() const
{
    const qint64 bytes = m_orders.payloadBytes + m_lines.payloadBytes + m_payments.payloadBytes +
                         m_journal.payloadBytes;
    return sales() ? double(bytes) / double(sales()) : 0.0;
}

double SameRowsBaseline::run(const QString &path, int batch) const
{
    // Opened as the engine's writer is: SqliteDb::open sets the same pragmas
    // (WAL, synchronous=FULL, cache, foreign keys off), and the same
    // WalCheckpointer takes the checkpoints off this thread every 2 000 pages.
    auto opened = SqliteDb::open(path);
    if (!opened)
        qFatal("same-rows baseline: %s", qPrintable(opened.error().toString()));
    SqliteDb connection = std::move(*opened);
    sqlite3 *db = connection.handle();
    double seconds = 0;
    {
        WalCheckpointer checkpointer(path, db);
        sqlite3_stmt *lookup = prepare(db, "SELECT kind, request_hash, result, seq FROM journal "
                                           "WHERE idem_key = ?");
        sqlite3_stmt *order = prepare(db, insertSql(QStringLiteral("orders"), m_orders.columns));
        sqlite3_stmt *line = prepare(db, insertSql(QStringLiteral("order_lines"), m_lines.columns));
        sqlite3_stmt *payment =
            prepare(db, insertSql(QStringLiteral("payments"), m_payments.columns));
        sqlite3_stmt *journal =
            prepare(db, insertSql(QStringLiteral("journal"), m_journal.columns));
        sqlite3_stmt *seat = prepare(db, "UPDATE event_seats SET state = ?, hold_id = ?, "
                                         "order_id = ? WHERE event_id = ? AND seat_id = ?");
        sqlite3_stmt *quota = prepare(db, "UPDATE ga_quotas SET sold = ?, held = ? WHERE id = ?");
        qint64 sold = 0;
        qint64 held = 0;
        if (m_quotaId) {
            sqlite3_stmt *start = prepare(db, "SELECT sold, held FROM ga_quotas WHERE id = ?");
            sqlite3_bind_int64(start, 1, m_quotaId);
            check(sqlite3_step(start), db, "quota");
            sold = sqlite3_column_int64(start, 0);
            held = sqlite3_column_int64(start, 1);
            sqlite3_finalize(start);
        }
        const int idemKey = m_journal.columnIndex(QStringLiteral("idem_key"));
        const qint64 sales = this->sales();
        QElapsedTimer timer;
        timer.start();
        for (qint64 done = 0; done < sales;) {
            check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
            const qint64 first = done;
            for (int i = 0; i < batch && done < sales; ++i, ++done) {
                bindCell(lookup, 1, m_journal, m_journal.cell(done, idemKey));
                check(sqlite3_step(lookup), db, "lookup");
                sqlite3_reset(lookup);
                insertRow(db, order, m_orders, done);
                insertRow(db, line, m_lines, done);
                insertRow(db, payment, m_payments, done);
                insertRow(db, journal, m_journal, done);
            }
            // As the engine's flush at the end of a batch: the seats sold, the quota once.
            for (qint64 s = first; s < done && m_seats.rows; ++s) {
                for (int c = 0; c < 5; ++c)
                    bindCell(seat, c + 1, m_seats, m_seats.cell(s, c));
                check(sqlite3_step(seat), db, "seat");
                sqlite3_reset(seat);
            }
            if (m_quotaId) {
                sqlite3_bind_int64(quota, 1, sold + done);
                sqlite3_bind_int64(quota, 2, held);
                sqlite3_bind_int64(quota, 3, m_quotaId);
                check(sqlite3_step(quota), db, "quota");
                sqlite3_reset(quota);
            }
            check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
        }
        seconds = double(timer.nsecsElapsed()) / 1e9;
        for (sqlite3_stmt *s : {lookup, order, line, payment, journal, seat, quota})
            sqlite3_finalize(s);
    }
    return double(sales()) / seconds;
}

namespace {

struct TableDigest
{
    qint64 rows = 0;
    QByteArray digest;
};

QMap<QString, TableDigest> digestTables(const QString &path, qint64 *pages)
{
    sqlite3 *db = openPlain(path);
    check(sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr), db,
          "checkpoint");
    if (pages)
        *pages = scalar(db, "PRAGMA page_count") - scalar(db, "PRAGMA freelist_count");
    QStringList tables;
    sqlite3_stmt *list = prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                     "name NOT LIKE 'sqlite_%' ORDER BY name");
    while (sqlite3_step(list) == SQLITE_ROW)
        tables.push_back(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list, 0))));
    sqlite3_finalize(list);
    QMap<QString, TableDigest> out;
    for (const QString &table : std::as_const(tables)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableDigest &d = out[table];
        sqlite3_stmt *rows = prepare(db, "SELECT * FROM " + table.toUtf8());
        while (sqlite3_step(rows) == SQLITE_ROW) {
            ++d.rows;
            for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                const char type = char('0' + sqlite3_column_type(rows, c));
                hash.addData(QByteArrayView(&type, 1));
                const void *blob = sqlite3_column_blob(rows, c);
                const int size = sqlite3_column_bytes(rows, c);
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
                if (size)
                    hash.addData(QByteArrayView(static_cast<const char *>(blob), size));
            }
        }
        sqlite3_finalize(rows);
        d.digest = hash.result();
    }
    sqlite3_close(db);
    return out;
}

} // namespace

QStringList compareDatabases(const QString &a, const QString &b, qint64 *pagesA, qint64 *pagesB)
{
    const QMap<QString, TableDigest> left = digestTables(a, pagesA);
    const QMap<QString, TableDigest> right = digestTables(b, pagesB);
    QStringList differences;
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        const auto other = right.constFind(it.key());
        if (other == right.cend())
            differences.push_back(QStringLiteral("%1: only in the engine's file").arg(it.key()));
        else if (other->rows != it->rows)
            differences.push_back(QStringLiteral("%1: %2 rows against %3")
                                      .arg(it.key())
                                      .arg(it->rows)
                                      .arg(other->rows));
        else if (other->digest != it->digest)
            differences.push_back(
                QStringLiteral("%1: same row count, other content").arg(it.key()));
    }
    for (auto it = right.cbegin(); it != right.cend(); ++it)
        if (!left.contains(it.key()))
            differences.push_back(QStringLiteral("%1: only in the baseline's file").arg(it.key()));
    return differences;
}

} // namespace tessera::bench
