// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tessera {

// The audit log table: one row per sensitive action, each chained to the one
// before by a SHA-256 hash (the encoding is in auditentryhasher.h). seq is
// assigned by AuditLog, gap-free from 1; at is UTC milliseconds; details is
// compact JSON, hashed exactly as stored. The triggers keep the application
// from rewriting history; anyone holding the file can drop them, which is why
// the chain is MACed under a key derived from the data key and AuditVerifier
// exists.
inline constexpr const char *kAuditLogSchemaSql = R"sql(
CREATE TABLE audit_log(
  seq INTEGER PRIMARY KEY CHECK (seq > 0),
  at INTEGER NOT NULL CHECK (typeof(at) = 'integer'),
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',
  prev_hash BLOB NOT NULL CHECK (typeof(prev_hash) = 'blob' AND length(prev_hash) = 32),
  hash BLOB NOT NULL CHECK (typeof(hash) = 'blob' AND length(hash) = 32));
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql";

// The update guard again, exactly as above: AuditChainSealer lifts it for the
// one legitimate rewrite (re-keying the chain) and puts it back in the same
// transaction.
inline constexpr const char *kAuditLogNoUpdateTriggerSql = R"sql(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql";

} // namespace tessera
