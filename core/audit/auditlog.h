// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditanchor.h"
#include "audit/auditentryhasher.h"
#include "common/result.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tessera {

// Appends entries to the hash-chained audit log (table in auditschema.h) on
// the caller's connection and inside the caller's transaction, so an entry
// commits or rolls back with the action it records.
//
// Each entry gets the next seq (gap-free from 1), prev_hash = the previous
// entry's hash (32 zero bytes for entry 1) and hash = SHA-256 over the
// length-prefixed encoding of (seq, at, actor, action, subject, details,
// prev_hash) documented in auditentryhasher.h. details is stored as compact
// JSON (QJsonDocument's, keys sorted) and hashed exactly as stored.
//
// Its statements belong to the SqliteDb given to open(), which must outlive it.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AuditLog)

public:
    // Prepares the statements and reads the last entry's seq and hash.
    static Result<AuditLog> open(SqliteDb &db);

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

private:
    AuditLog(SqliteStatement insert, SqliteStatement last);
    Result<void> readHead();

    SqliteStatement m_insert;
    SqliteStatement m_last;
    AuditEntryHasher m_hasher;
    qint64 m_lastSeq = 0;
    QByteArray m_lastHash;
};

} // namespace tessera
