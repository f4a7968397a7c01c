#include "common/randomsource.h"

#include <QtGlobal>

#include <openssl/rand.h>

namespace tessera {

QByteArray SecureRandom::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure randomness available");
    return out;
}

} // namespace tessera
