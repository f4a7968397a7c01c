// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace tessera {

class SqliteStatement;

// One SQLite connection (RAII). The engine uses the C API directly rather than
// QtSql: prepared statements are kept for the life of the writer and batches
// are committed exactly when the group-commit loop decides.
class SqliteDb
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&other) noexcept;

    // How long a connection opened here waits for a lock held by another.
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens (creating if needed, in ReadWrite mode) with WAL, synchronous=FULL,
    // foreign keys on and a busy timeout.
    static Result<SqliteDb> open(const QString &path, Mode mode = Mode::ReadWrite);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one or more statements that return no rows.
    Result<void> exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorMessage() const;
    Error storageError(const QString &context) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// A prepared statement (RAII). Binding indexes are 1-based as in SQLite.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &blob);
    // Binds UTF-8 bytes as text, without a round trip through QString.
    SqliteStatement &bindText(int index, QByteArrayView utf8);
    // As bindText() and bind(QByteArray), without SQLite's copy: the bytes
    // must stay valid and unchanged until the statement is reset (run(), and
    // a step() that is done or failed, reset it).
    SqliteStatement &bindTextNoCopy(int index, QByteArrayView utf8);
    SqliteStatement &bindBlobNoCopy(int index, QByteArrayView blob);
    SqliteStatement &bindNull(int index);
    // Binds a null when the string is null, the text otherwise.
    SqliteStatement &bindOptional(int index, const QString &value);
    // A JSON scalar as SQL: null, a whole number as INTEGER, another number
    // as REAL, a string as TEXT, a bool as 0/1.
    SqliteStatement &bindJson(int index, const QJsonValue &value);

    // Steps once: true when a row is available, false when done; an error
    // result on failure. Resets itself when done or failed.
    Result<bool> step();
    // Steps to completion, expecting no rows.
    Result<void> run();
    // Steps through every row, calling `row(*this)` for each.
    template<typename Row>
    Result<void> forEachRow(Row &&row)
    {
        for (;;) {
            auto more = step();
            if (!more)
                return more.error();
            if (!*more)
                return {};
            row(*this);
        }
    }
    void reset();

    qint64 columnInt(int col) const;
    double columnDouble(int col) const;
    QString columnText(int col) const;
    QByteArray columnBlob(int col) const;
    bool columnIsNull(int col) const;
    // The column as JSON by its SQL type (a BLOB as base64 text).
    QJsonValue columnJson(int col) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    // The UTF-8 of each text parameter bound from a QString, which SQLite
    // reads in place (no copy per bind). Allocated once; never moved while
    // bound (a move of the statement moves the pointer, not the strings).
    std::unique_ptr<std::string[]> m_text;
    int m_textCount = 0;
    // Parameters bound since the last reset (bit i: parameter i + 1). A
    // reset leaves the values bound; the first step after it binds NULL to
    // the ones not bound again, so a statement sees exactly what was bound
    // since its reset, as after sqlite3_clear_bindings, without visiting
    // every parameter of every run (statements with over 64 parameters are
    // cleared at reset as before).
    void bound(int index)
    {
        if (unsigned(index - 1) < 64U)
            m_bound |= quint64(1) << (index - 1);
    }
    void nullUnbound();
    int parameterCount();
    quint64 m_bound = 0;
    int m_paramCount = -1;
    bool m_stepping = false;
};

// Runs BEGIN IMMEDIATE / COMMIT, rolling back if destroyed before commit().
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDb &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    SqliteDb &m_db;
    Result<void> m_begun;
    bool m_open = false;
};

// Runs `sql` on `db` with its parameters ?1, ?2… bound to `values`, calling
// `row(statement)` for each row: a read in one line.
template<typename Row>
Result<void> selectRows(SqliteDb &db, const char *sql, std::initializer_list<qint64> values,
                        Row &&row)
{
    auto stmt = db.prepare(QString::fromUtf8(sql));
    if (!stmt)
        return stmt.error();
    int index = 0;
    for (qint64 value : values)
        stmt->bind(++index, value);
    return stmt->forEachRow(row);
}

} // namespace tessera
