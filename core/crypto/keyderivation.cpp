// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keyderivation.h"

#include "crypto/securebytes.h"

#include <openssl/evp.h>

#include <climits>

namespace tessera {

namespace {

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

Result<QByteArray> KeyDerivation::scrypt(const QString &passphrase, const QByteArray &salt,
                                         quint64 n, quint32 r, quint32 p, int length)
{
    if (n < 2 || (n & (n - 1)) != 0)
        return fail(ErrorCode::InvalidInput,
                    tr("scrypt's N must be a power of two greater than 1, not %1.").arg(n),
                    QStringLiteral("n"));
    if (r == 0 || p == 0)
        return fail(ErrorCode::InvalidInput, tr("scrypt's r and p must be at least 1."));
    if (length < 1 || length > MaxKeyLength)
        return fail(ErrorCode::InvalidInput,
                    tr("A derived key is 1 to %1 bytes, not %2.").arg(MaxKeyLength).arg(length),
                    QStringLiteral("length"));
    // OpenSSL allocates 128 * r * (N + p + 2) bytes; bound it before multiplying
    // anything that could overflow.
    const quint64 blockSize = 128 * quint64(r);
    if (r > MaxScryptMemory / 128 || n > MaxScryptMemory / blockSize ||
        p > MaxScryptMemory / blockSize || blockSize * (n + p + 2) > MaxScryptMemory)
        return fail(
            ErrorCode::InvalidInput,
            tr("This scrypt cost needs more than %1 MiB of memory.").arg(MaxScryptMemory >> 20));

    QByteArray secret = passphrase.toUtf8();
    QByteArray key(length, Qt::Uninitialized);
    const int ok = EVP_PBE_scrypt(secret.constData(), size_t(secret.size()), bytes(salt),
                                  size_t(salt.size()), n, r, p, MaxScryptMemory + (1 << 20),
                                  reinterpret_cast<unsigned char *>(key.data()), size_t(length));
    wipe(secret);
    if (ok != 1) {
        wipe(key);
        return fail(ErrorCode::CryptoFailure, tr("OpenSSL could not derive the scrypt key."));
    }
    return key;
}

Result<QByteArray> KeyDerivation::pbkdf2Sha256(const QString &password, const QByteArray &salt,
                                               int iterations, int length)
{
    if (iterations < 1)
        return fail(ErrorCode::InvalidInput,
                    tr("PBKDF2 needs at least one iteration, not %1.").arg(iterations),
                    QStringLiteral("iterations"));
    if (length < 1 || length > MaxKeyLength)
        return fail(ErrorCode::InvalidInput,
                    tr("A derived key is 1 to %1 bytes, not %2.").arg(MaxKeyLength).arg(length),
                    QStringLiteral("length"));

    QByteArray secret = password.toUtf8();
    if (secret.size() > INT_MAX || salt.size() > INT_MAX) {
        wipe(secret);
        return fail(ErrorCode::InvalidInput, tr("The password or salt is too long."));
    }
    QByteArray key(length, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), bytes(salt),
                                     int(salt.size()), iterations, EVP_sha256(), length,
                                     reinterpret_cast<unsigned char *>(key.data()));
    wipe(secret);
    if (ok != 1) {
        wipe(key);
        return fail(ErrorCode::CryptoFailure, tr("OpenSSL could not derive the PBKDF2 key."));
    }
    return key;
}

} // namespace tessera
