// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/hmac.h"

#include <QtGlobal>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

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
    ~MacContext() { EVP_MAC_CTX_free(ctx); }
    MacContext(const MacContext &) = delete;
    MacContext &operator=(const MacContext &) = delete;
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
    const bool ok =
        context.ctx && EVP_MAC_init(context.ctx, keyBytes, size_t(key.size()), nullptr) == 1 &&
        EVP_MAC_update(context.ctx, reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) == 1 &&
        EVP_MAC_final(context.ctx, reinterpret_cast<unsigned char *>(mac.data()), &macSize,
                      size_t(mac.size())) == 1;
    // Only an allocation failure inside OpenSSL gets here; there is no
    // sensible MAC to return and carrying on would match nothing.
    if (!ok || macSize != Sha256Size)
        qFatal("OpenSSL HMAC-SHA256 failed");
    return mac;
}

} // namespace tessera
