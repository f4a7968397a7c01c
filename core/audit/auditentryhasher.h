// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditchainkey.h"
#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <string>

namespace tessera {

// Computes the chained hash of one audit entry. The encoding is part of the
// log's format and never changes; an external tool recomputes it like this:
//
//   E    = F("tessera-audit-v1") || F(seq) || F(at) || F(actor) || F(action)
//          || F(subject) || F(details) || F(prev_hash)
//   hash = HMAC-SHA256(audit key, E)      a sealed chain ("audit_chain" =
//                                         "hmac-v1"; key in auditchainkey.h)
//   hash = SHA-256(E)                     a legacy chain, before it is sealed
//
//   F(x)       = length of x in bytes as a 4-byte big-endian unsigned
//                integer, followed by the bytes of x
//   seq, at    = 8-byte big-endian two's-complement integers (so F(seq) is
//                00 00 00 08 followed by 8 bytes)
//   actor, action, subject, details
//              = the UTF-8 bytes exactly as stored in the row; details is the
//                compact JSON text AuditLog wrote, never re-serialised
//   prev_hash  = the 32 bytes of the previous entry's hash; 32 zero bytes for
//                entry 1
//
// In Python:
//   F = lambda b: len(b).to_bytes(4, 'big') + b
//   I = lambda n: F(n.to_bytes(8, 'big', signed=True))
//   E = (F(b'tessera-audit-v1') + I(seq) + I(at) + F(actor) + F(action)
//        + F(subject) + F(details) + F(prev_hash))
//   hmac.new(audit_key, E, 'sha256').digest()   # or hashlib.sha256(E).digest()
//
// The head record (settings "audit_head", see auditchainhead.h) is MACed as
//   HMAC-SHA256(audit key, F("tessera-audit-head-v1") || F(count) || F(last hash))
class AuditEntryHasher
{
public:
    static constexpr qsizetype kHashSize = 32;

    // Unkeyed: the legacy SHA-256 chain.
    AuditEntryHasher() = default;
    // Keyed: the sealed chain's HMAC under `key` (null: unkeyed).
    explicit AuditEntryHasher(std::shared_ptr<const AuditChainKey> key)
        : m_key(std::move(key))
    {}

    bool isKeyed() const { return m_key != nullptr; }

    struct Fields
    {
        qint64 seq = 0;
        qint64 atMs = 0;
        QByteArrayView actor;
        QByteArrayView action;
        QByteArrayView subject;
        QByteArrayView details;
        QByteArrayView prevHash;
    };

    // The 32-byte hash of `fields`; fails only if the digest itself fails.
    Result<QByteArray> hash(const Fields &fields);
    // The head record's MAC of (count, lastHash); empty when unkeyed.
    QByteArray headMac(qint64 count, QByteArrayView lastHash);

    // The prev_hash of entry 1.
    static QByteArray genesisHash() { return QByteArray(kHashSize, '\0'); }

private:
    std::shared_ptr<const AuditChainKey> m_key;
    // Reused across entries: the verifier hashes hundreds of thousands.
    std::string m_buffer;
};

} // namespace tessera
