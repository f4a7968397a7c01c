// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace tessera {

// HMAC-SHA256, for blind indexes (finding a card code or phone number by its
// keyed hash without decrypting every row) and for deriving subkeys.
class Hmac
{
public:
    static constexpr int Sha256Size = 32;

    // The 32-byte MAC of `data` under `key` (any length, empty included).
    static QByteArray sha256(const QByteArray &key, const QByteArray &data);
};

} // namespace tessera
