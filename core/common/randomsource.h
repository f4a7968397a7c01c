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
    QString hex(int byteCount) { return QString::fromLatin1(bytes(byteCount).toHex()); }
};

// OpenSSL's CSPRNG.
class SecureRandom final : public RandomSource
{
public:
    QByteArray bytes(int count) override;
};

} // namespace tessera
