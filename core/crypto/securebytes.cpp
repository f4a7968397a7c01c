// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/securebytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace tessera {

SecureBytes::SecureBytes(qsizetype size)
    : m_data(size > 0 ? std::make_unique<char[]>(size_t(size)) : nullptr)
    , m_size(size > 0 ? size : 0)
{}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::copyOf(const QByteArray &bytes)
{
    SecureBytes out(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(out.data(), bytes.constData(), size_t(bytes.size()));
    return out;
}

SecureBytes SecureBytes::takeFrom(QByteArray &bytes)
{
    SecureBytes out = copyOf(bytes);
    wipe(bytes);
    return out;
}

QByteArray SecureBytes::view() const
{
    if (m_size == 0)
        return {};
    return QByteArray::fromRawData(m_data.get(), m_size);
}

void SecureBytes::clear()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), size_t(m_size));
    m_data.reset();
    m_size = 0;
}

void wipe(QByteArray &bytes)
{
    // data() detaches a shared array first, so only our own copy is wiped;
    // callers pass buffers they alone hold (fresh toUtf8(), KDF output).
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace tessera
