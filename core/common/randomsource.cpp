// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/randomsource.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

namespace tessera {

namespace {

void fill(unsigned char *out, int count)
{
    if (RAND_bytes(out, count) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure randomness available");
}

} // namespace

SecureRandom::~SecureRandom()
{
    OPENSSL_cleanse(m_block, sizeof m_block);
}

void RandomSource::bytesInto(char *out, int count)
{
    const QByteArray drawn = bytes(count);
    memcpy(out, drawn.constData(), size_t(qMin<qsizetype>(drawn.size(), count)));
}

QByteArray SecureRandom::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    bytesInto(out.data(), count);
    return out;
}

void SecureRandom::bytesInto(char *out, int count)
{
    auto *dest = reinterpret_cast<unsigned char *>(out);
    if (count > kBlock / 4) {
        fill(dest, count);
        return;
    }
    if (kBlock - m_used < count) {
        fill(m_block, kBlock);
        m_used = 0;
    }
    // Bytes handed out are wiped, so none is ever given twice or left behind.
    memcpy(dest, m_block + m_used, size_t(count));
    OPENSSL_cleanse(m_block + m_used, size_t(count));
    m_used += count;
}

} // namespace tessera
