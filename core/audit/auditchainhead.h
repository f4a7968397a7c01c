// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditanchor.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tessera {

class AuditEntryHasher;
class SqliteDb;

// The sealed chain's head record, kept in the `settings` table and rewritten
// in the transaction of every append:
//
//   audit_chain = "hmac-v1"                              the chain is keyed
//   audit_head  = "<count>:<last hash, hex>:<MAC, hex>"  MAC: AuditEntryHasher::headMac
//
// Entry MACs alone cannot show that entries were cut off the end; the head's
// MAC binds the count and last hash under the audit key, so a shortened log
// no longer matches it and nobody without the key can write a new one.
class AuditChainHead
{
public:
    static inline const QString kChainSetting = QStringLiteral("audit_chain");
    static inline const QString kHeadSetting = QStringLiteral("audit_head");
    static inline const QString kChainVersion = QStringLiteral("hmac-v1");

    struct Record
    {
        AuditAnchor head;
        QByteArray mac; // empty when the stored value is malformed
    };

    // Sealed when either setting is there: deleting one does not turn the
    // chain back into a legacy one.
    static Result<bool> isSealed(SqliteDb &db);
    // The stored head; nullopt when there is none.
    static Result<std::optional<Record>> read(SqliteDb &db);
    // audit_head's value for `head` (hasher must be keyed).
    static QString encode(AuditEntryHasher &hasher, const AuditAnchor &head);
    // Writes both settings (inside the caller's transaction).
    static Result<void> write(SqliteDb &db, AuditEntryHasher &hasher, const AuditAnchor &head);
};

} // namespace tessera
