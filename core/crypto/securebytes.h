// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>

namespace tessera {

// An owning buffer for key material: move-only, so a secret is never silently
// duplicated, and wiped (OPENSSL_cleanse) when it is destroyed or cleared.
class SecureBytes
{
public:
    SecureBytes() = default;
    // `size` zero bytes.
    explicit SecureBytes(qsizetype size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // Copies `bytes`; the caller still holds (and should wipe) the original.
    static SecureBytes copyOf(const QByteArray &bytes);
    // Moves `bytes` in: copies it, then wipes and clears the QByteArray.
    static SecureBytes takeFrom(QByteArray &bytes);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    char *data() { return m_data.get(); }
    const char *constData() const { return m_data.get(); }

    // A non-owning QByteArray over these bytes, for APIs that take one: no
    // copy is made, and it is valid only while this object lives unchanged.
    QByteArray view() const;

    // Wipes the bytes and releases them.
    void clear();

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

// Overwrites a QByteArray that held a secret (a passphrase's UTF-8, a derived
// key) before it is freed.
void wipe(QByteArray &bytes);

} // namespace tessera
