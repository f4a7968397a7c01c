// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/aead.h"

#include "common/randomsource.h"
#include "crypto/securebytes.h"

#include <openssl/evp.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace tessera {

namespace {

struct CipherFree
{
    void operator()(EVP_CIPHER *cipher) const { EVP_CIPHER_free(cipher); }
};
struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

// Fetched once: an implicit fetch on every call costs more than sealing a
// short record does.
const EVP_CIPHER *aes256Gcm()
{
    static const std::unique_ptr<EVP_CIPHER, CipherFree> cipher(
        EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    return cipher.get();
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}
unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

// OpenSSL takes int lengths; leave room for the overhead.
constexpr qsizetype MaxLength = INT_MAX - Aes256Gcm::Overhead;

// Feeds the version byte and the caller's additional data to the GCM context.
bool addAad(EVP_CIPHER_CTX *ctx, const QByteArray &aad)
{
    const unsigned char version = static_cast<unsigned char>(Aes256Gcm::Version);
    int ignored = 0;
    if (EVP_CipherUpdate(ctx, nullptr, &ignored, &version, 1) != 1)
        return false;
    return aad.isEmpty() ||
           EVP_CipherUpdate(ctx, nullptr, &ignored, bytes(aad), int(aad.size())) == 1;
}

// A fresh random nonce. Each thread draws from its own buffered CSPRNG
// (SecureRandom: one RAND_bytes per 4 KiB, every byte wiped as it is handed
// out), so callers' threads sealing customers at once do not queue on
// OpenSSL's DRBG lock, which RAND_bytes takes on every call.
bool newNonce(unsigned char *nonce)
{
    thread_local SecureRandom random;
    random.bytesInto(reinterpret_cast<char *>(nonce), Aes256Gcm::NonceSize);
    return true;
}

} // namespace

Result<QByteArray> Aes256Gcm::seal(const QByteArray &key32, const QByteArray &plaintext,
                                   const QByteArray &aad)
{
    if (key32.size() != KeySize)
        return fail(ErrorCode::InvalidInput,
                    tr("An AES-256 key is 32 bytes, not %1.").arg(key32.size()),
                    QStringLiteral("key"));
    if (plaintext.size() > MaxLength || aad.size() > MaxLength)
        return fail(ErrorCode::InvalidInput, tr("The data is too large to encrypt in one piece."));

    QByteArray sealed(Overhead + plaintext.size(), Qt::Uninitialized);
    sealed[0] = Version;
    unsigned char *nonce = bytes(sealed) + 1;
    unsigned char *body = nonce + NonceSize;
    unsigned char *tag = body + plaintext.size();

    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalWritten = 0;
    const bool ok =
        ctx && aes256Gcm() && newNonce(nonce) &&
        EVP_EncryptInit_ex2(ctx.get(), aes256Gcm(), bytes(key32), nonce, nullptr) == 1 &&
        addAad(ctx.get(), aad) &&
        (plaintext.isEmpty() || EVP_EncryptUpdate(ctx.get(), body, &written, bytes(plaintext),
                                                  int(plaintext.size())) == 1) &&
        EVP_EncryptFinal_ex(ctx.get(), body + written, &finalWritten) == 1 &&
        written + finalWritten == plaintext.size() &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, TagSize, tag) == 1;
    if (!ok)
        return fail(ErrorCode::CryptoFailure, tr("OpenSSL could not encrypt the data."));
    return sealed;
}

Result<QByteArray> Aes256Gcm::open(const QByteArray &key32, const QByteArray &sealed,
                                   const QByteArray &aad)
{
    if (key32.size() != KeySize)
        return fail(ErrorCode::InvalidInput,
                    tr("An AES-256 key is 32 bytes, not %1.").arg(key32.size()),
                    QStringLiteral("key"));
    if (sealed.isEmpty())
        return fail(ErrorCode::TruncatedCiphertext, tr("The encrypted data is empty."));
    // The version comes first: a later format may have a different length.
    if (sealed[0] != Version)
        return fail(ErrorCode::UnknownCipherVersion,
                    tr("The encrypted data has unknown format version %1.")
                        .arg(int(static_cast<unsigned char>(sealed[0]))));
    if (sealed.size() < Overhead)
        return fail(ErrorCode::TruncatedCiphertext,
                    tr("The encrypted data is cut short: %1 bytes, at least %2 expected.")
                        .arg(sealed.size())
                        .arg(Overhead));
    if (sealed.size() > MaxLength || aad.size() > MaxLength)
        return fail(ErrorCode::InvalidInput, tr("The data is too large to decrypt in one piece."));

    const unsigned char *nonce = bytes(sealed) + 1;
    const unsigned char *body = nonce + NonceSize;
    const int bodySize = int(sealed.size()) - Overhead;
    // EVP_CTRL_AEAD_SET_TAG takes a non-const pointer but only reads it.
    unsigned char tag[TagSize];
    std::copy(body + bodySize, body + bodySize + TagSize, tag);

    QByteArray plaintext(bodySize, Qt::Uninitialized);
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    int written = 0;
    const bool ready =
        ctx && aes256Gcm() &&
        EVP_DecryptInit_ex2(ctx.get(), aes256Gcm(), bytes(key32), nonce, nullptr) == 1 &&
        addAad(ctx.get(), aad) &&
        (bodySize == 0 ||
         EVP_DecryptUpdate(ctx.get(), bytes(plaintext), &written, body, bodySize) == 1) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, TagSize, tag) == 1;
    if (!ready) {
        wipe(plaintext);
        return fail(ErrorCode::CryptoFailure, tr("OpenSSL could not decrypt the data."));
    }
    int finalWritten = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plaintext) + written, &finalWritten) != 1 ||
        written + finalWritten != bodySize) {
        // Unauthenticated plaintext never leaves this function.
        wipe(plaintext);
        return fail(ErrorCode::DecryptionFailed,
                    tr("The data could not be decrypted: the key is wrong or the data was "
                       "altered."));
    }
    return plaintext;
}

} // namespace tessera
