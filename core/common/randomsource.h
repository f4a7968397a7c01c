// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tessera {

// Source of unpredictable bytes (ticket secrets, ids), injected so tests can
// make runs repeatable.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual QByteArray bytes(int count) = 0;
    // `count` bytes into `out`, nothing allocated where the source allows.
    virtual void bytesInto(char *out, int count);
    QString hex(int byteCount) { return QString::fromLatin1(bytes(byteCount).toHex()); }
};

// OpenSSL's CSPRNG, drawn 4 KiB at a time: one RAND_bytes call serves a
// whole batch of ticket secrets instead of one call (and its locking) per
// ticket. Not thread-safe: one instance per thread (the engine's writer).
class SecureRandom final : public RandomSource
{
public:
    SecureRandom() = default;
    ~SecureRandom() override;
    SecureRandom(const SecureRandom &) = delete;
    SecureRandom &operator=(const SecureRandom &) = delete;

    QByteArray bytes(int count) override;
    void bytesInto(char *out, int count) override;

private:
    static constexpr int kBlock = 4096;
    unsigned char m_block[kBlock];
    int m_used = kBlock; // bytes of m_block already handed out (and wiped)
};

} // namespace tessera
