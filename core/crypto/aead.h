// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include "common/result.h"

namespace tessera {

// AES-256-GCM sealing of small records (card keys, personal data) with a fresh
// random nonce each time.
//
// Sealed layout, version 1:
//   version (1 byte, 0x01) || nonce (12 bytes) || ciphertext (= plaintext size) || tag (16 bytes)
// The GCM additional data is the version byte followed by the caller's `aad`,
// so the version is authenticated too. Empty plaintexts are allowed (29 bytes
// sealed). A key seals at most ~2^32 records before random nonces risk repeating.
class Aes256Gcm
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::Aes256Gcm)

public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr char Version = 0x01;
    // Bytes a sealed record adds to its plaintext.
    static constexpr int Overhead = 1 + NonceSize + TagSize;

    // InvalidInput for a key that is not 32 bytes; CryptoFailure if OpenSSL fails.
    static Result<QByteArray> seal(const QByteArray &key32, const QByteArray &plaintext,
                                   const QByteArray &aad = {});
    // The plaintext, or: InvalidInput (key not 32 bytes), UnknownCipherVersion,
    // TruncatedCiphertext (shorter than the overhead), DecryptionFailed (wrong
    // key, wrong `aad`, or the bytes were altered).
    static Result<QByteArray> open(const QByteArray &key32, const QByteArray &sealed,
                                   const QByteArray &aad = {});
};

} // namespace tessera
