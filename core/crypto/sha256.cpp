// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sha256.h"

#include <openssl/evp.h>

namespace tessera {

namespace {

// One digest context per thread, reused: allocating one per call costs more
// than hashing a short request.
struct DigestContext
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~DigestContext() { EVP_MD_CTX_free(ctx); }
};

} // namespace

QByteArray Sha256::digest(std::initializer_list<QByteArrayView> parts)
{
    // Fetched once: an implicit fetch on every call is a provider look-up.
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local DigestContext context;
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int length = 0;
    bool ok = algorithm && context.ctx && EVP_DigestInit_ex(context.ctx, algorithm, nullptr) == 1;
    for (const QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(context.ctx, part.data(), size_t(part.size())) == 1;
    ok = ok && EVP_DigestFinal_ex(context.ctx, reinterpret_cast<unsigned char *>(out.data()),
                                  &length) == 1;
    // Only an out-of-memory inside OpenSSL gets here; nothing sensible can go on.
    if (!ok || length != Size)
        qFatal("SHA-256 failed in OpenSSL");
    return out;
}

} // namespace tessera
