// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera {

// Slow salted hashes of staff PINs and passwords, stored as one self-describing
// string:
//   pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
// with a 16-byte random salt and a 32-byte PBKDF2-HMAC-SHA256 hash. Secrets are
// NFC-normalised, then hashed as UTF-8, so the same PIN typed through different
// input methods still matches.
class PasswordHash
{
public:
    static constexpr int DefaultIterations = 600000;
    // Encodings claiming more are refused, so a doctored row cannot stall a login.
    static constexpr int MaxIterations = 100000000;
    static constexpr int SaltSize = 16;
    static constexpr int HashSize = 32;

    // Slow by design: ~0.15 s on a 2-core build machine.
    static QString hash(const QString &secret);
    // For tests only, which need small counts to stay fast; iterations < 1 count as 1.
    static QString hashWithIterations(const QString &secret, int iterations);

    // Whether `secret` matches `encoded` (compared in constant time); false
    // for any malformed or unknown encoding.
    static bool verify(const QString &secret, const QString &encoded);
    // Whether `encoded` should be replaced after the next successful verify:
    // fewer iterations than DefaultIterations, or not an encoding we write.
    static bool needsRehash(const QString &encoded);

    // The iteration count of `encoded`; 0 when it is not an encoding we read.
    static int iterations(const QString &encoded);
    // An encoding of `iterations` rounds that no secret matches (its hash is
    // random bytes): verifying against it costs exactly what verifying a real
    // hash of that cost does, and making it costs nothing. Sign-in checks
    // unknown names against one, so they answer as slowly as real ones.
    static QString unmatchable(int iterations = DefaultIterations);
};

} // namespace tessera
