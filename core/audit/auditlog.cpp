// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"

#include "audit/auditaction.h"
#include "audit/auditchainhead.h"
#include "audit/auditchainsealer.h"
#include "audit/auditverifier.h"
#include "common/clock.h"
#include "crypto/datakey.h"

#include <QJsonDocument>

namespace tessera {

namespace {

const auto kInsertSql =
    QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, "
                   "hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");

const auto kLastSql = QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");

const auto kWriteHeadSql =
    QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES('audit_head', ?1)");

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

AuditLog::AuditLog(SqliteDb &db, DataKeyProvider dataKey, SqliteStatement insert,
                   SqliteStatement last, SqliteStatement writeHead)
    : m_db(&db)
    , m_dataKey(std::move(dataKey))
    , m_insert(std::move(insert))
    , m_last(std::move(last))
    , m_writeHead(std::move(writeHead))
    , m_lastHash(AuditEntryHasher::genesisHash())
{}

Result<AuditLog> AuditLog::open(SqliteDb &db, DataKeyProvider dataKey, const Clock &clock)
{
    auto insert = db.prepare(kInsertSql);
    if (!insert)
        return insert.error();
    auto last = db.prepare(kLastSql);
    if (!last)
        return last.error();
    auto writeHead = db.prepare(kWriteHeadSql);
    if (!writeHead)
        return writeHead.error();
    AuditLog log(db, std::move(dataKey), std::move(*insert), std::move(*last),
                 std::move(*writeHead));
    auto sealed = AuditChainHead::isSealed(db);
    if (!sealed)
        return sealed.error();
    if (!*sealed) {
        if (auto r = log.sealLegacyChain(clock); !r)
            return r.error();
    }
    if (auto read = log.readHead(); !read)
        return read.error();
    return log;
}

Result<void> AuditLog::sealLegacyChain(const Clock &clock)
{
    auto legacy = AuditVerifier::verifyChain(*m_db, nullptr);
    if (!legacy)
        return legacy.error();
    if (!legacy->ok) {
        // Sealing would make the damage verify; the counter keeps working and
        // `audit verify` keeps showing where the log was broken.
        qWarning("The audit log is broken (%s) and stays unsealed.", qPrintable(legacy->problem));
        m_sealed = false;
        return {};
    }
    auto hasher = this->hasher();
    if (!hasher)
        return hasher.error();
    SqliteTransaction transaction(*m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    // Statements prepared before the trigger is dropped and recreated stay
    // valid: SQLite prepares them again when the schema changed.
    auto sealed = AuditChainSealer::rechain(
        *m_db, nullptr,
        std::make_shared<const AuditChainKey>(AuditChainKey::derive(*m_hasherDataKey)));
    if (!sealed)
        return sealed.error();
    if (*sealed > 0) {
        auto entry =
            append(clock.nowMs(), QStringLiteral("tessera"), audit_action::KeyRotation,
                   QStringLiteral("audit log"),
                   QJsonObject{{QStringLiteral("audit_chain"), AuditChainHead::kChainVersion},
                               {QStringLiteral("legacy_entries"), *sealed}});
        if (!entry)
            return entry.error();
    }
    return transaction.commit();
}

Result<AuditEntryHasher *> AuditLog::hasher()
{
    std::shared_ptr<const DataKey> key = m_dataKey ? m_dataKey() : nullptr;
    if (!key || key->isNull())
        return fail(ErrorCode::CorruptKey,
                    tr("The audit log cannot be written without the data key."),
                    QStringLiteral("data_key"));
    if (key != m_hasherDataKey) {
        m_hasher =
            AuditEntryHasher(std::make_shared<const AuditChainKey>(AuditChainKey::derive(*key)));
        m_hasherDataKey = std::move(key);
    }
    return &m_hasher;
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
    AuditEntryHasher legacy;
    AuditEntryHasher *hasher = &legacy;
    if (m_sealed) {
        auto keyed = this->hasher();
        if (!keyed)
            return keyed.error();
        hasher = *keyed;
    }
    auto hash =
        hasher->hash({seq, atMs, actorUtf8, actionUtf8, subjectUtf8, detailsJson, m_lastHash});
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
    if (m_sealed) {
        m_writeHead.bind(1, AuditChainHead::encode(*hasher, AuditAnchor(seq, *hash)));
        if (auto run = m_writeHead.run(); !run)
            return run.error();
    }
    m_lastSeq = seq;
    m_lastHash = std::move(*hash);
    return seq;
}

} // namespace tessera
