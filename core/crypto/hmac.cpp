// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/hmac.h"

#include <QtGlobal>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace tessera {

QByteArray Hmac::sha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray mac(Sha256Size, Qt::Uninitialized);
    unsigned int macSize = 0;
    const unsigned char *result =
        HMAC(EVP_sha256(), key.constData(), int(key.size()),
             reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
             reinterpret_cast<unsigned char *>(mac.data()), &macSize);
    // Only an allocation failure inside OpenSSL gets here; there is no
    // sensible MAC to return and carrying on would match nothing.
    if (!result || macSize != Sha256Size)
        qFatal("OpenSSL HMAC-SHA256 failed");
    return mac;
}

} // namespace tessera
