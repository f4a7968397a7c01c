// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/passwordhash.h"

#include "crypto/keyderivation.h"
#include "crypto/securebytes.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <optional>

namespace tessera {

namespace {

const QString Scheme = QStringLiteral("pbkdf2-sha256");
const QChar Separator = QLatin1Char('$');

struct Encoding
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

// Strict base64: anything that does not re-encode to the same text is refused,
// so one stored hash has exactly one spelling.
std::optional<QByteArray> decodeBase64(const QString &text)
{
    const QByteArray ascii = text.toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != ascii)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<Encoding> parse(const QString &encoded)
{
    const QStringList parts = encoded.split(Separator);
    if (parts.size() != 4 || parts[0] != Scheme)
        return std::nullopt;
    const QString &count = parts[1];
    // Plain decimal digits only: no sign, spaces or leading zeros.
    if (count.isEmpty() || count.size() > 9 || count.startsWith(QLatin1Char('0')))
        return std::nullopt;
    for (QChar c : count) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    Encoding out;
    out.iterations = count.toInt();
    if (out.iterations < 1 || out.iterations > PasswordHash::MaxIterations)
        return std::nullopt;
    const auto salt = decodeBase64(parts[2]);
    const auto hash = decodeBase64(parts[3]);
    if (!salt || !hash || salt->size() != PasswordHash::SaltSize ||
        hash->size() != PasswordHash::HashSize)
        return std::nullopt;
    out.salt = *salt;
    out.hash = *hash;
    return out;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure randomness available");
    return bytes;
}

QString encode(int iterations, const QByteArray &salt, const QByteArray &hash)
{
    return Scheme + Separator + QString::number(iterations) + Separator +
           QString::fromLatin1(salt.toBase64()) + Separator + QString::fromLatin1(hash.toBase64());
}

QByteArray derive(const QString &secret, const QByteArray &salt, int iterations)
{
    auto key = KeyDerivation::pbkdf2Sha256(secret.normalized(QString::NormalizationForm_C), salt,
                                           iterations, PasswordHash::HashSize);
    // The arguments are always valid here, so only OpenSSL running out of
    // memory fails; a hash that silently matched nothing would lock staff out.
    if (!key)
        qFatal("PBKDF2 failed: %s", qPrintable(key.error().message));
    return std::move(key).value();
}

} // namespace

QString PasswordHash::hash(const QString &secret)
{
    return hashWithIterations(secret, DefaultIterations);
}

QString PasswordHash::hashWithIterations(const QString &secret, int iterations)
{
    iterations = qBound(1, iterations, MaxIterations);
    const QByteArray salt = randomBytes(SaltSize);
    QByteArray hash = derive(secret, salt, iterations);
    QString encoded = encode(iterations, salt, hash);
    wipe(hash);
    return encoded;
}

bool PasswordHash::verify(const QString &secret, const QString &encoded)
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return false;
    QByteArray candidate = derive(secret, parsed->salt, parsed->iterations);
    const bool same =
        CRYPTO_memcmp(candidate.constData(), parsed->hash.constData(), size_t(HashSize)) == 0;
    wipe(candidate);
    return same;
}

bool PasswordHash::needsRehash(const QString &encoded)
{
    const auto parsed = parse(encoded);
    return !parsed || parsed->iterations < DefaultIterations;
}

int PasswordHash::iterations(const QString &encoded)
{
    const auto parsed = parse(encoded);
    return parsed ? parsed->iterations : 0;
}

QString PasswordHash::unmatchable(int iterations)
{
    // A random "hash" is matched by a secret only by finding a PBKDF2 preimage.
    return encode(qBound(1, iterations, MaxIterations), randomBytes(SaltSize),
                  randomBytes(HashSize));
}

} // namespace tessera
