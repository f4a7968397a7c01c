// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sealedbox.h"

#include "crypto/aead.h"
#include "crypto/securebytes.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace tessera {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

Error cryptoFailure(const char *what)
{
    return fail(ErrorCode::CryptoFailure,
                SealedBox::tr("Sealing or opening a card key failed in OpenSSL (%1).")
                    .arg(QLatin1String(what)));
}

Error badKey(const QString &which)
{
    return fail(
        ErrorCode::InvalidInput,
        SealedBox::tr("A %1 key of the sealed box is %2 bytes.").arg(which).arg(SealedBox::KeySize),
        which);
}

Pkey privateKey(const QByteArray &raw)
{
    return Pkey(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, bytes(raw), size_t(raw.size())));
}

Pkey publicKey(const QByteArray &raw)
{
    return Pkey(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(raw), size_t(raw.size())));
}

QByteArray rawPublic(EVP_PKEY *key)
{
    QByteArray out(SealedBox::KeySize, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &length) !=
            1 ||
        length != size_t(SealedBox::KeySize))
        return {};
    return out;
}

// HKDF-SHA256(shared secret, salt = ephemeral public || recipient public).
Result<SecureBytes> boxKey(EVP_PKEY *own, EVP_PKEY *peer, const QByteArray &ephemeralPublic,
                           const QByteArray &recipientPublic)
{
    PkeyCtx derive(EVP_PKEY_CTX_new(own, nullptr));
    size_t sharedLength = 0;
    if (!derive || EVP_PKEY_derive_init(derive.get()) != 1 ||
        EVP_PKEY_derive_set_peer(derive.get(), peer) != 1 ||
        EVP_PKEY_derive(derive.get(), nullptr, &sharedLength) != 1)
        return cryptoFailure("X25519");
    SecureBytes shared{qsizetype(sharedLength)};
    if (EVP_PKEY_derive(derive.get(), reinterpret_cast<unsigned char *>(shared.data()),
                        &sharedLength) != 1)
        return cryptoFailure("X25519");
    static const QByteArray info = QByteArrayLiteral("tessera sealed box v1");
    const QByteArray salt = ephemeralPublic + recipientPublic;
    PkeyCtx hkdf(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    SecureBytes key(Aes256Gcm::KeySize);
    size_t keyLength = size_t(key.size());
    if (!hkdf || EVP_PKEY_derive_init(hkdf.get()) != 1 ||
        EVP_PKEY_CTX_set_hkdf_md(hkdf.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_salt(hkdf.get(), bytes(salt), int(salt.size())) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_key(hkdf.get(),
                                   reinterpret_cast<const unsigned char *>(shared.data()),
                                   int(sharedLength)) != 1 ||
        EVP_PKEY_CTX_add1_hkdf_info(hkdf.get(), bytes(info), int(info.size())) != 1 ||
        EVP_PKEY_derive(hkdf.get(), reinterpret_cast<unsigned char *>(key.data()), &keyLength) != 1)
        return cryptoFailure("HKDF-SHA256");
    return key;
}

} // namespace

Result<SealedBox::KeyPair> SealedBox::generate()
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY *made = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &made) != 1)
        return cryptoFailure("X25519 keygen");
    Pkey key(made);
    KeyPair pair;
    pair.privateKey = QByteArray(KeySize, Qt::Uninitialized);
    size_t length = size_t(KeySize);
    if (EVP_PKEY_get_raw_private_key(
            key.get(), reinterpret_cast<unsigned char *>(pair.privateKey.data()), &length) != 1)
        return cryptoFailure("X25519 keygen");
    pair.publicKey = rawPublic(key.get());
    if (pair.publicKey.isEmpty())
        return cryptoFailure("X25519 keygen");
    return pair;
}

Result<QByteArray> SealedBox::publicKeyOf(const QByteArray &privateRaw)
{
    if (privateRaw.size() != KeySize)
        return badKey(QStringLiteral("private"));
    Pkey key = privateKey(privateRaw);
    if (!key)
        return cryptoFailure("X25519 key");
    QByteArray out = rawPublic(key.get());
    if (out.isEmpty())
        return cryptoFailure("X25519 key");
    return out;
}

Result<QByteArray> SealedBox::seal(const QByteArray &recipientPublicKey,
                                   const QByteArray &plaintext, const QByteArray &aad)
{
    if (recipientPublicKey.size() != KeySize)
        return badKey(QStringLiteral("public"));
    Pkey peer = publicKey(recipientPublicKey);
    if (!peer)
        return cryptoFailure("X25519 key");
    auto ephemeral = generate();
    if (!ephemeral)
        return ephemeral.error();
    Pkey own = privateKey(ephemeral->privateKey);
    if (!own)
        return cryptoFailure("X25519 key");
    auto key = boxKey(own.get(), peer.get(), ephemeral->publicKey, recipientPublicKey);
    if (!key)
        return key.error();
    auto sealed = Aes256Gcm::seal(key->view(), plaintext, aad);
    if (!sealed)
        return sealed.error();
    return ephemeral->publicKey + *sealed;
}

Result<QByteArray> SealedBox::open(const QByteArray &privateRaw, const QByteArray &sealed,
                                   const QByteArray &aad)
{
    if (privateRaw.size() != KeySize)
        return badKey(QStringLiteral("private"));
    if (sealed.size() < KeySize + Aes256Gcm::Overhead)
        return fail(ErrorCode::TruncatedCiphertext,
                    tr("A sealed box is at least %1 bytes; this one is %2.")
                        .arg(KeySize + Aes256Gcm::Overhead)
                        .arg(sealed.size()));
    const QByteArray ephemeralPublic = sealed.left(KeySize);
    Pkey own = privateKey(privateRaw);
    Pkey peer = publicKey(ephemeralPublic);
    if (!own || !peer)
        return cryptoFailure("X25519 key");
    auto recipientPublic = rawPublic(own.get());
    auto key = boxKey(own.get(), peer.get(), ephemeralPublic, recipientPublic);
    if (!key)
        return key.error();
    return Aes256Gcm::open(key->view(), sealed.mid(KeySize), aad);
}

} // namespace tessera
