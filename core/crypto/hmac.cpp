// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/hmac.h"

#include <QtGlobal>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstring>
#include <memory>

namespace tessera {

namespace {

struct MacFree
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
};

// One HMAC-SHA256 context per thread, its algorithm and digest fetched once:
// the one-shot HMAC() looks both up in the provider on every call, which
// costs several times what hashing a short value does.
struct MacContext
{
    EVP_MAC_CTX *ctx = nullptr;

    MacContext()
    {
        static const std::unique_ptr<EVP_MAC, MacFree> hmac(
            EVP_MAC_fetch(nullptr, "HMAC", nullptr));
        if (!hmac)
            return;
        ctx = EVP_MAC_CTX_new(hmac.get());
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        if (ctx && EVP_MAC_CTX_set_params(ctx, params) != 1) {
            EVP_MAC_CTX_free(ctx);
            ctx = nullptr;
        }
    }
    ~MacContext()
    {
        EVP_MAC_CTX_free(ctx);
        forgetKey();
    }
    MacContext(const MacContext &) = delete;
    MacContext &operator=(const MacContext &) = delete;

    // The key the context was last initialised with: the same key again
    // (the usual case, one data key's index key) is reused as it stands in
    // the context, without hashing its pads again.
    bool keyIs(const QByteArray &key) const
    {
        return keySize >= 0 && key.size() == keySize &&
               CRYPTO_memcmp(key.constData(), lastKey, size_t(keySize)) == 0;
    }
    void rememberKey(const QByteArray &key)
    {
        forgetKey();
        if (key.size() <= qsizetype(sizeof lastKey)) {
            std::memcpy(lastKey, key.constData(), size_t(key.size()));
            keySize = int(key.size());
        }
    }
    void forgetKey()
    {
        OPENSSL_cleanse(lastKey, sizeof lastKey);
        keySize = -1;
    }

    unsigned char lastKey[64] = {};
    int keySize = -1; // -1: none remembered
};

} // namespace

QByteArray Hmac::sha256(const QByteArray &key, const QByteArray &data)
{
    thread_local MacContext context;
    QByteArray mac(Sha256Size, Qt::Uninitialized);
    size_t macSize = 0;
    // EVP_MAC_init() with a null key would reuse the previous call's key:
    // the key pointer is never null, even for an empty key.
    static const unsigned char noKey = 0;
    const auto *keyBytes =
        key.isEmpty() ? &noKey : reinterpret_cast<const unsigned char *>(key.constData());
    const bool sameKey = context.keyIs(key);
    const bool ok =
        context.ctx &&
        (sameKey ? EVP_MAC_init(context.ctx, nullptr, 0, nullptr)
                 : EVP_MAC_init(context.ctx, keyBytes, size_t(key.size()), nullptr)) == 1 &&
        EVP_MAC_update(context.ctx, reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) == 1 &&
        EVP_MAC_final(context.ctx, reinterpret_cast<unsigned char *>(mac.data()), &macSize,
                      size_t(mac.size())) == 1;
    // Only an allocation failure inside OpenSSL gets here; there is no
    // sensible MAC to return and carrying on would match nothing.
    if (!ok || macSize != Sha256Size)
        qFatal("OpenSSL HMAC-SHA256 failed");
    if (!sameKey)
        context.rememberKey(key);
    return mac;
}

} // namespace tessera
