// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditanchor.h"
#include "audit/auditreport.h"
#include "common/result.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

#include <optional>

namespace tessera {

// Walks the audit log in seq order, recomputing every hash and link, and
// reports the first entry that was changed, deleted or moved. A log rewritten
// from some entry on with every hash recomputed is only caught with an anchor
// taken earlier (AuditReport::head of a previous run, or AuditLog::head()).
// Streams the table: memory does not grow with the log.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AuditVerifier)

public:
    // Fails only when the log cannot be read (no table, I/O error); tampering
    // is a verdict in the report.
    static Result<AuditReport> verify(SqliteDb &db,
                                      const std::optional<AuditAnchor> &anchor = std::nullopt);
};

} // namespace tessera
