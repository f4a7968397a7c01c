// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditanchor.h"
#include "audit/auditentryhasher.h"
#include "common/result.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace tessera {

class Clock;
class DataKey;

// Appends entries to the MAC-chained audit log (table in auditschema.h) on
// the caller's connection and inside the caller's transaction, so an entry
// commits or rolls back with the action it records.
//
// Each entry gets the next seq (gap-free from 1), prev_hash = the previous
// entry's hash (32 zero bytes for entry 1) and hash = HMAC-SHA256 under the
// audit key (derived from the data key, auditchainkey.h) over the
// length-prefixed encoding of (seq, at, actor, action, subject, details,
// prev_hash) documented in auditentryhasher.h; the sealed head record
// (auditchainhead.h) is rewritten with it. details is stored as compact JSON
// (QJsonDocument's, keys sorted) and hashed exactly as stored.
//
// Its statements belong to the SqliteDb given to open(), which must outlive it.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AuditLog)

public:
    // The data key as the log's connection sees it now: asked at every
    // append, so a rotation (or its rollback) in the same transaction is
    // followed.
    using DataKeyProvider = std::function<std::shared_ptr<const DataKey>()>;

    // Prepares the statements and reads the last entry's seq and hash. A
    // legacy (unkeyed) chain is verified and, when intact, sealed under the
    // key in one transaction, with a key_rotation entry saying so (stamped
    // with `clock`); a broken one is left unsealed for `audit verify` to show,
    // and appended to unkeyed.
    static Result<AuditLog> open(SqliteDb &db, DataKeyProvider dataKey, const Clock &clock);

    // Appends one entry and returns its seq. action is snake_case
    // (audit_action::Refund); subject names what it is about ("order 42").
    Result<qint64> append(qint64 atMs, const QString &actor, const QString &action,
                          const QString &subject, const QJsonObject &details);

    // Call after rolling back a transaction that appended, so head() forgets
    // the entries that are gone. (append() itself always continues from the
    // log's real end, so a forgotten reset cannot break the chain.)
    void reset();

    // The last entry appended or read (including ones not yet committed).
    AuditAnchor head() const { return AuditAnchor(m_lastSeq, m_lastHash); }

    // False only for a legacy chain that was broken before it could be sealed.
    bool isSealed() const { return m_sealed; }

private:
    AuditLog(SqliteDb &db, DataKeyProvider dataKey, SqliteStatement insert, SqliteStatement last,
             SqliteStatement writeHead);
    Result<void> readHead();
    Result<void> sealLegacyChain(const Clock &clock);
    // The hasher for the current data key (re-derived when it changed).
    Result<AuditEntryHasher *> hasher();

    SqliteDb *m_db;
    DataKeyProvider m_dataKey;
    SqliteStatement m_insert;
    SqliteStatement m_last;
    SqliteStatement m_writeHead;
    std::shared_ptr<const DataKey> m_hasherDataKey;
    AuditEntryHasher m_hasher;
    bool m_sealed = true;
    qint64 m_lastSeq = 0;
    QByteArray m_lastHash;
};

} // namespace tessera
