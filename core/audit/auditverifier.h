// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditanchor.h"
#include "audit/auditchainkey.h"
#include "audit/auditreport.h"
#include "common/result.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace tessera {

class DataKey;

// Walks the audit log in seq order, recomputing every MAC and link, and
// reports the first entry that was changed, inserted, deleted or moved; then
// checks the sealed head record (auditchainhead.h), which catches a log cut
// short at its end. Without the data key nobody can recompute a MAC, so a
// rewrite shows at its first changed entry. Rolling the whole file back to an
// older copy of itself is only caught with an anchor kept elsewhere
// (AuditReport::head of a previous run). Streams the table: memory does not
// grow with the log.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AuditVerifier)

public:
    // Fails when the log cannot be read (no table, I/O error) or is sealed
    // and `dataKey` is null (InvalidInput); tampering is a verdict in the
    // report. A legacy chain that verifies is reported as Unsealed.
    static Result<AuditReport> verify(SqliteDb &db, const DataKey *dataKey,
                                      const std::optional<AuditAnchor> &anchor = std::nullopt);

    // The chain alone, hashed with `key` (null: the legacy SHA-256 chain),
    // ignoring the head record: what sealing and re-keying check first.
    static Result<AuditReport> verifyChain(SqliteDb &db, std::shared_ptr<const AuditChainKey> key,
                                           const std::optional<AuditAnchor> &anchor = std::nullopt);
};

} // namespace tessera
