// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ed25519.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace tessera {

namespace detail {

// Owns one EVP_PKEY. OpenSSL keeps an Ed25519 private key in secure memory
// and cleanses it in EVP_PKEY_free, so dropping the last reference is enough.
struct Ed25519Key
{
    explicit Ed25519Key(EVP_PKEY *k)
        : pkey(k)
    {}
    ~Ed25519Key() { EVP_PKEY_free(pkey); }
    Ed25519Key(const Ed25519Key &) = delete;
    Ed25519Key &operator=(const Ed25519Key &) = delete;

    EVP_PKEY *const pkey;
};

} // namespace detail

namespace {

using detail::Ed25519Key;

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

// Refuses to prompt on the terminal for a passphrase: keys here are never
// encrypted, and a console must not block on stdin.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

BioPtr readOnlyBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray takeBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

bool isEd25519(EVP_PKEY *pkey)
{
    return EVP_PKEY_is_a(pkey, "ED25519") == 1;
}

QByteArray rawPublic(EVP_PKEY *pkey)
{
    QByteArray raw(Ed25519KeyPair::kPublicKeySize, Qt::Uninitialized);
    size_t len = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(pkey, reinterpret_cast<unsigned char *>(raw.data()), &len) !=
            1 ||
        len != size_t(raw.size())) {
        ERR_clear_error();
        return {};
    }
    return raw;
}

QByteArray publicPemOf(EVP_PKEY *pkey)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), pkey) != 1) {
        ERR_clear_error();
        return {};
    }
    return takeBio(bio.get());
}

} // namespace

// ---- Ed25519KeyPair ----

Ed25519KeyPair::Ed25519KeyPair(std::shared_ptr<const Ed25519Key> key)
    : m_key(std::move(key))
{}

Ed25519KeyPair Ed25519KeyPair::generate()
{
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!pkey)
        qFatal("OpenSSL could not generate an Ed25519 key");
    return Ed25519KeyPair(std::make_shared<const Ed25519Key>(pkey));
}

Result<Ed25519KeyPair> Ed25519KeyPair::fromPrivatePem(const QByteArray &pem)
{
    BioPtr bio = readOnlyBio(pem);
    EVP_PKEY *pkey =
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    ERR_clear_error();
    if (!pkey)
        return fail(ErrorCode::InvalidInput,
                    tr("The private key could not be read: it is not an unencrypted PEM key "
                       "or it is damaged."));
    auto key = std::make_shared<const Ed25519Key>(pkey);
    if (!isEd25519(pkey))
        return fail(ErrorCode::InvalidInput,
                    tr("The private key is %1, not Ed25519.")
                        .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(pkey))));
    return Ed25519KeyPair(std::move(key));
}

QByteArray Ed25519KeyPair::privatePem() const
{
    // Secure memory BIO: its buffer is cleansed when freed.
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key->pkey, nullptr, nullptr, 0, nullptr,
                                         nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    return takeBio(bio.get());
}

QByteArray Ed25519KeyPair::publicPem() const
{
    return publicPemOf(m_key->pkey);
}

QByteArray Ed25519KeyPair::publicKeyRaw() const
{
    return rawPublic(m_key->pkey);
}

Ed25519PublicKey Ed25519KeyPair::publicKey() const
{
    // A separate object holding only the public half, so a verifier built
    // from it never keeps the private key alive.
    auto key = Ed25519PublicKey::fromRaw(publicKeyRaw());
    if (!key)
        qFatal("OpenSSL could not copy an Ed25519 public key");
    return std::move(key).value();
}

QByteArray Ed25519KeyPair::sign(const QByteArray &message) const
{
    QByteArray signature(kSignatureSize, Qt::Uninitialized);
    size_t len = size_t(signature.size());
    MdCtxPtr ctx(EVP_MD_CTX_new());
    // Ed25519 hashes internally: no digest is given (a NULL md).
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key->pkey) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &len,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1 ||
        len != size_t(kSignatureSize)) {
        ERR_clear_error();
        return {};
    }
    return signature;
}

// ---- Ed25519PublicKey ----

Ed25519PublicKey::Ed25519PublicKey(std::shared_ptr<const Ed25519Key> key)
    : m_key(std::move(key))
{}

Result<Ed25519PublicKey> Ed25519PublicKey::fromPem(const QByteArray &pem)
{
    BioPtr bio = readOnlyBio(pem);
    EVP_PKEY *pkey = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    ERR_clear_error();
    if (!pkey)
        return fail(ErrorCode::InvalidInput,
                    tr("The public key could not be read: it is not a PEM public key "
                       "or it is damaged."));
    auto key = std::make_shared<const Ed25519Key>(pkey);
    if (!isEd25519(pkey))
        return fail(ErrorCode::InvalidInput,
                    tr("The public key is %1, not Ed25519.")
                        .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(pkey))));
    return Ed25519PublicKey(std::move(key));
}

Result<Ed25519PublicKey> Ed25519PublicKey::fromRaw(const QByteArray &raw)
{
    if (raw.size() != Ed25519KeyPair::kPublicKeySize)
        return fail(ErrorCode::InvalidInput, tr("An Ed25519 public key is %1 bytes, not %2.")
                                                 .arg(Ed25519KeyPair::kPublicKeySize)
                                                 .arg(raw.size()));
    EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()),
        size_t(raw.size()));
    ERR_clear_error();
    if (!pkey)
        return fail(ErrorCode::InvalidInput, tr("The bytes are not an Ed25519 public key."));
    return Ed25519PublicKey(std::make_shared<const Ed25519Key>(pkey));
}

bool Ed25519PublicKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (signature.size() != Ed25519KeyPair::kSignatureSize)
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    // OpenSSL rejects a non-canonical S (>= the group order), so a valid
    // signature cannot be altered into another valid one.
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key->pkey) == 1 &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size())) == 1;
    if (!ok)
        ERR_clear_error();
    return ok;
}

QByteArray Ed25519PublicKey::pem() const
{
    return publicPemOf(m_key->pkey);
}

QByteArray Ed25519PublicKey::raw() const
{
    return rawPublic(m_key->pkey);
}

} // namespace tessera
