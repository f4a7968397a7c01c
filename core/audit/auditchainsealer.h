// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditchainkey.h"
#include "common/result.h"

#include <QCoreApplication>

#include <memory>

namespace tessera {

class DataKey;
class SqliteDb;

// Recomputes the whole audit chain under another key, inside the caller's
// transaction: sealing a legacy (unkeyed SHA-256) chain under the data key,
// and re-keying the chain when the data key is rotated. The chain must verify
// under its current key first, so a rewrite never launders tampering.
class AuditChainSealer
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AuditChainSealer)

public:
    // Verifies the chain under `from` (null: the legacy SHA-256 chain), then
    // rewrites every prev_hash and hash under `to` and writes the sealed head
    // record. Returns the number of entries; AuditChainBroken, with nothing
    // written, when the chain does not verify under `from`.
    static Result<qint64> rechain(SqliteDb &db, std::shared_ptr<const AuditChainKey> from,
                                  std::shared_ptr<const AuditChainKey> to);

    // For a data-key rotation: re-keys a sealed chain from `old` to `fresh`
    // (its head record included). A legacy chain that could not be sealed
    // (it was already broken) is left as it is. AuditChainBroken when the
    // sealed chain or its head does not verify under `old`.
    static Result<void> rekey(SqliteDb &db, const DataKey &old, const DataKey &fresh);
};

} // namespace tessera
