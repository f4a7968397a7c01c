// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tessera {

// Public-key sealing of small records for one recipient (card keys the
// server sends to the terminal they are allocated to): X25519 with a fresh
// ephemeral key per record, HKDF-SHA256 over the shared secret and both
// public keys, then Aes256Gcm under the derived key.
//
// Sealed layout: ephemeral public key (32 bytes) || Aes256Gcm's sealed record.
// Whoever carries the bytes (a proxy, a log, the server's own journal) learns
// nothing; only the holder of the recipient's private key opens them.
class SealedBox
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SealedBox)

public:
    static constexpr int KeySize = 32;

    struct KeyPair
    {
        QByteArray privateKey; // 32 raw bytes (RFC 7748); handle with care
        QByteArray publicKey;  // 32 raw bytes
    };

    // A fresh key pair from the operating system's secure random source.
    static Result<KeyPair> generate();
    // The public key of a private one; InvalidInput for one that is not 32 bytes.
    static Result<QByteArray> publicKeyOf(const QByteArray &privateKey);
    // InvalidInput for a public key that is not 32 bytes; CryptoFailure if OpenSSL fails.
    static Result<QByteArray> seal(const QByteArray &recipientPublicKey,
                                   const QByteArray &plaintext, const QByteArray &aad = {});
    // The plaintext, or: InvalidInput (key not 32 bytes), TruncatedCiphertext,
    // DecryptionFailed (another recipient's record, another `aad`, altered bytes).
    static Result<QByteArray> open(const QByteArray &privateKey, const QByteArray &sealed,
                                   const QByteArray &aad = {});
};

} // namespace tessera
