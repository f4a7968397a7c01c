// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlitedb.h"

#include "common/utf8.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tessera {

namespace {

// A new database file is created readable by its owner only, as the key file
// is: it holds customers' details and the sales. SQLite gives the -wal and
// -shm files the database file's permissions. An existing file (EEXIST, also
// when another process won the race) keeps its own.
void createOwnerOnlyFile(const QString &path)
{
#ifdef Q_OS_UNIX
    if (path.isEmpty() || path == QLatin1String(":memory:") ||
        path.startsWith(QLatin1String("file:")))
        return;
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return; // EEXIST, or a reason sqlite3_open_v2 reports in its own words
    (void)::fchmod(fd, S_IRUSR | S_IWUSR); // whatever the umask took away
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

// One text value of a pragma; empty when it cannot be read.
QString pragmaValue(SqliteDb &db, const QString &pragma)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA ") + pragma);
    if (!stmt)
        return {};
    auto row = stmt->step();
    if (!row || !*row)
        return {};
    const QString value = stmt->columnText(0);
    stmt->reset();
    return value;
}

} // namespace

SqliteDb::~SqliteDb()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

SqliteDb::SqliteDb(SqliteDb &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{}

SqliteDb &SqliteDb::operator=(SqliteDb &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Result<SqliteDb> SqliteDb::open(const QString &path, Mode mode)
{
    SqliteDb db;
    db.m_path = path;
    if (mode == Mode::ReadWrite)
        createOwnerOnlyFile(path);
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    // Before SQLite initialises: no global allocation statistics, whose mutex
    // every sqlite3_malloc and free would take (nothing here reads them).
    static const bool noMemoryStatistics = [] {
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    Q_UNUSED(noMemoryStatistics);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = db.storageError(
            QCoreApplication::translate("tessera::SqliteDb", "Cannot open database"));
        e.where = path;
        return e;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, kBusyTimeoutMs);
    QString pragmas = QStringLiteral("PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY;"
                                     "PRAGMA cache_size=-65536;");
    if (mode == Mode::ReadWrite)
        pragmas += QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
    if (auto r = db.exec(pragmas); !r)
        return r.error();
    if (mode == Mode::ReadWrite) {
        // SQLite keeps the old journal mode without an error where WAL cannot
        // work (no shared memory, an in-memory database): check what we got.
        const QString journalMode = pragmaValue(db, QStringLiteral("journal_mode")).toLower();
        const QString synchronous = pragmaValue(db, QStringLiteral("synchronous"));
        if (journalMode != QLatin1String("wal") || synchronous != QLatin1String("2"))
            return fail(ErrorCode::UnsafeDurability,
                        QCoreApplication::translate(
                            "tessera::SqliteDb",
                            "The database %1 is in journal mode \"%2\" with synchronous=%3; "
                            "Tessera sells only with WAL and synchronous=FULL, so that a "
                            "confirmed sale survives a power cut.")
                            .arg(path, journalMode, synchronous),
                        path);
    }
    return db;
}

Result<void> SqliteDb::exec(const QString &sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return fail(ErrorCode::StorageError, message, sql.left(120));
    }
    return {};
}

Result<SqliteStatement> SqliteDb::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK)
        return fail(ErrorCode::StorageError, lastErrorMessage(), sql.left(120));
    return SqliteStatement(m_db, stmt);
}

qint64 SqliteDb::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteDb::lastErrorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

Error SqliteDb::storageError(const QString &context) const
{
    return fail(ErrorCode::StorageError, context + QStringLiteral(": ") + lastErrorMessage());
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_text(std::move(other.m_text))
    , m_textCount(std::exchange(other.m_textCount, 0))
    , m_bound(std::exchange(other.m_bound, 0))
    , m_paramCount(std::exchange(other.m_paramCount, -1))
    , m_stepping(std::exchange(other.m_stepping, false))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_text = std::move(other.m_text);
        m_textCount = std::exchange(other.m_textCount, 0);
        m_bound = std::exchange(other.m_bound, 0);
        m_paramCount = std::exchange(other.m_paramCount, -1);
        m_stepping = std::exchange(other.m_stepping, false);
    }
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    bound(index);
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    bound(index);
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    bound(index);
    if (!m_text && m_stmt) {
        m_textCount = sqlite3_bind_parameter_count(m_stmt);
        m_text = std::make_unique<std::string[]>(size_t(std::max(m_textCount, 1)));
    }
    if (index < 1 || index > m_textCount) {
        // Out of range: SQLite refuses it as it would any other bind.
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return *this;
    }
    // SQLite reads this parameter's own buffer in place until it is bound
    // again (rewritten just before) or the statement is finalized.
    std::string &text = m_text[size_t(index - 1)];
    text.clear();
    appendUtf8(text, value);
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &blob)
{
    bound(index);
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    bound(index);
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindTextNoCopy(int index, QByteArrayView utf8)
{
    bound(index);
    // A null view is empty text, not SQL NULL.
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindBlobNoCopy(int index, QByteArrayView blob)
{
    bound(index);
    sqlite3_bind_blob(m_stmt, index, blob.data() ? blob.data() : "", int(blob.size()),
                      SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    bound(index);
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement &SqliteStatement::bindOptional(int index, const QString &value)
{
    return value.isNull() ? bindNull(index) : bind(index, value);
}

Result<bool> SqliteStatement::step()
{
    if (!m_stepping) {
        nullUnbound();
        m_stepping = true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        reset();
        return false;
    }
    Error e = fail(ErrorCode::StorageError, QString::fromUtf8(sqlite3_errmsg(m_db)),
                   QString::fromUtf8(sqlite3_sql(m_stmt)).left(120));
    reset();
    return e;
}

Result<void> SqliteStatement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            return {};
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    if (parameterCount() > 64)
        sqlite3_clear_bindings(m_stmt);
    m_bound = 0;
    m_stepping = false;
}

int SqliteStatement::parameterCount()
{
    if (m_paramCount < 0)
        m_paramCount = m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
    return m_paramCount;
}

void SqliteStatement::nullUnbound()
{
    if (parameterCount() > 64)
        return;
    const quint64 all = m_paramCount == 64 ? ~quint64(0) : (quint64(1) << m_paramCount) - 1;
    for (quint64 missing = all & ~m_bound; missing; missing &= missing - 1)
        sqlite3_bind_null(m_stmt, std::countr_zero(missing) + 1);
}

qint64 SqliteStatement::columnInt(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double SqliteStatement::columnDouble(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString SqliteStatement::columnText(int col) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, col));
}

QByteArray SqliteStatement::columnBlob(int col) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, col));
}

bool SqliteStatement::columnIsNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteDb &db)
    : m_db(db)
{
    m_begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.ok();
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Result<void> SqliteTransaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? fail(ErrorCode::StorageError, QStringLiteral("no open transaction"))
                            : m_begun.error();
    auto r = m_db.exec(QStringLiteral("COMMIT"));
    m_open = !r.ok();
    return r;
}

SqliteStatement &SqliteStatement::bindJson(int index, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return bind(index, qint64(value.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0)
            return bind(index, qint64(d));
        return bind(index, d);
    }
    case QJsonValue::String:
        return bind(index, value.toString());
    default:
        return bindNull(index);
    }
}

QJsonValue SqliteStatement::columnJson(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return QJsonValue(columnInt(col));
    case SQLITE_FLOAT:
        return QJsonValue(columnDouble(col));
    case SQLITE_TEXT:
        return QJsonValue(columnText(col));
    case SQLITE_BLOB:
        return QJsonValue(QString::fromLatin1(columnBlob(col).toBase64()));
    default:
        return QJsonValue();
    }
}

} // namespace tessera
