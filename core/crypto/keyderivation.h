// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/result.h"

namespace tessera {

// scrypt's cost: N (CPU/memory, a power of two), r (block size), p (parallelism).
// It needs about 128 * r * N bytes of memory.
struct ScryptCost
{
    quint64 n = quint64(1) << 15;
    quint32 r = 8;
    quint32 p = 1;
};

// Turns passphrases into keys: scrypt for keys that guard data, PBKDF2-HMAC-SHA256
// for password hashes. Passphrases are taken as their UTF-8 bytes, unnormalised,
// so results match other implementations byte for byte.
class KeyDerivation
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::KeyDerivation)

public:
    // The cost scrypt is used at unless a caller says otherwise (about 32 MiB).
    static constexpr ScryptCost DefaultScryptCost{};
    // scrypt refuses costs needing more memory than this (256 MiB).
    static constexpr quint64 MaxScryptMemory = quint64(256) << 20;
    static constexpr int MaxKeyLength = 1024;

    // InvalidInput when n is not a power of two above 1, r or p is 0, the cost
    // needs more than MaxScryptMemory, or length is not 1..MaxKeyLength.
    static Result<QByteArray> scrypt(const QString &passphrase, const QByteArray &salt, quint64 n,
                                     quint32 r, quint32 p, int length);
    static Result<QByteArray> scrypt(const QString &passphrase, const QByteArray &salt,
                                     const ScryptCost &cost, int length)
    {
        return scrypt(passphrase, salt, cost.n, cost.r, cost.p, length);
    }

    // InvalidInput when iterations < 1 or length is not 1..MaxKeyLength.
    static Result<QByteArray> pbkdf2Sha256(const QString &password, const QByteArray &salt,
                                           int iterations, int length);
};

} // namespace tessera
