// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/ed25519.h"

namespace tessera {

class DataKey;
class SqliteDb;

// The organizer's ticket-signing key, created with the database. The private
// key is stored sealed under the data key (settings "ticket_signing_key"); the
// public key also in clear ("ticket_public_key"), for export only: anyone
// holding the file can replace that row, so nothing trusts it.
Result<Ed25519KeyPair> loadOrCreateTicketKey(SqliteDb &db, const DataKey &dataKey);
// The stored key, read only (for readers that must not open the writer);
// not_found when the writer has not created one yet.
Result<Ed25519KeyPair> loadTicketKey(SqliteDb &db, const DataKey &dataKey);
// Re-seals the stored private key under `fresh` (key rotation).
Result<void> resealTicketKey(SqliteDb &db, const DataKey &old, const DataKey &fresh);
// The public key gates verify with, derived from the sealed private key (so
// it needs the data key). UntrustedKey when the clear "ticket_public_key" row
// names another key, or the private key is not sealed: the file was tampered
// with. Gates without the data key verify against a pinned key instead.
Result<Ed25519PublicKey> authenticTicketPublicKey(SqliteDb &db, const DataKey &dataKey);

} // namespace tessera
