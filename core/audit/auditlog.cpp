// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"

#include <QJsonDocument>

namespace tessera {

namespace {

const auto kInsertSql =
    QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, "
                   "hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");

const auto kLastSql = QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");

// SQLite stores a null pointer as NULL; an empty text must stay text.
QByteArrayView textBytes(const QByteArray &utf8)
{
    return utf8.isEmpty() ? QByteArrayView("", 0) : QByteArrayView(utf8);
}

bool isSnakeCase(const QString &name)
{
    if (name.isEmpty() || !(name.front() >= QLatin1Char('a') && name.front() <= QLatin1Char('z')))
        return false;
    for (const QChar c : name) {
        if (!(c >= QLatin1Char('a') && c <= QLatin1Char('z')) && !c.isDigit() &&
            c != QLatin1Char('_'))
            return false;
    }
    return true;
}

} // namespace

AuditLog::AuditLog(SqliteStatement insert, SqliteStatement last)
    : m_insert(std::move(insert))
    , m_last(std::move(last))
    , m_lastHash(AuditEntryHasher::genesisHash())
{}

Result<AuditLog> AuditLog::open(SqliteDb &db)
{
    auto insert = db.prepare(kInsertSql);
    if (!insert)
        return insert.error();
    auto last = db.prepare(kLastSql);
    if (!last)
        return last.error();
    AuditLog log(std::move(*insert), std::move(*last));
    if (auto read = log.readHead(); !read)
        return read.error();
    return log;
}

Result<void> AuditLog::readHead()
{
    auto row = m_last.step();
    if (!row)
        return row.error();
    if (*row) {
        m_lastSeq = m_last.columnInt(0);
        m_lastHash = m_last.columnBlob(1);
        m_last.reset();
    } else {
        m_lastSeq = 0;
        m_lastHash = AuditEntryHasher::genesisHash();
    }
    return {};
}

void AuditLog::reset()
{
    // A failed read is reported by the next append, which reads again.
    (void)readHead();
}

Result<qint64> AuditLog::append(qint64 atMs, const QString &actor, const QString &action,
                                const QString &subject, const QJsonObject &details)
{
    if (!isSnakeCase(action))
        return fail(ErrorCode::InvalidInput,
                    tr("The audit action \"%1\" is not a snake_case name").arg(action),
                    QStringLiteral("action"));
    // The end of the log is read for every entry rather than trusted from the
    // last append: a rolled-back batch or a second appender cannot fork the
    // chain, and one index lookup costs less than a microsecond.
    if (auto read = readHead(); !read)
        return read.error();
    const qint64 seq = m_lastSeq + 1;
    const QByteArray actorUtf8 = actor.toUtf8();
    const QByteArray actionUtf8 = action.toUtf8();
    const QByteArray subjectUtf8 = subject.toUtf8();
    const QByteArray detailsJson = QJsonDocument(details).toJson(QJsonDocument::Compact);
    auto hash =
        m_hasher.hash({seq, atMs, actorUtf8, actionUtf8, subjectUtf8, detailsJson, m_lastHash});
    if (!hash)
        return hash.error();
    m_insert.bind(1, seq)
        .bind(2, atMs)
        .bindText(3, textBytes(actorUtf8))
        .bindText(4, textBytes(actionUtf8))
        .bindText(5, textBytes(subjectUtf8))
        .bindText(6, textBytes(detailsJson))
        .bind(7, m_lastHash)
        .bind(8, *hash);
    if (auto run = m_insert.run(); !run)
        return run.error();
    m_lastSeq = seq;
    m_lastHash = std::move(*hash);
    return seq;
}

} // namespace tessera
