// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <string>

namespace tessera {

// Computes the chained hash of one audit entry. The encoding is part of the
// log's format and never changes; an external tool recomputes it like this:
//
//   hash = SHA-256( F("tessera-audit-v1") || F(seq) || F(at) || F(actor)
//                   || F(action) || F(subject) || F(details) || F(prev_hash) )
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
//   hashlib.sha256(F(b'tessera-audit-v1') + I(seq) + I(at) + F(actor) + F(action)
//                  + F(subject) + F(details) + F(prev_hash)).digest()
class AuditEntryHasher
{
public:
    static constexpr qsizetype kHashSize = 32;

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

    // The prev_hash of entry 1.
    static QByteArray genesisHash() { return QByteArray(kHashSize, '\0'); }

private:
    // Reused across entries: the verifier hashes hundreds of thousands.
    std::string m_buffer;
};

} // namespace tessera
