// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/securebytes.h"

#include <QByteArray>

namespace tessera {

class DataKey;

// The key the audit chain is MACed under, derived from the database's data
// key so that only its holder can extend or rewrite the chain:
//
//   audit key = HMAC-SHA256(data key, "tessera/audit-chain/v1")
//
// Its own label keeps it apart from every other use of the data key (a blind
// index never equals a chain hash). Move-only; the bytes are wiped when it goes.
class AuditChainKey
{
public:
    static constexpr char kLabel[] = "tessera/audit-chain/v1";

    static AuditChainKey derive(const DataKey &dataKey);

    // HMAC-SHA256 of `data` under this key.
    QByteArray mac(const QByteArray &data) const;

private:
    explicit AuditChainKey(SecureBytes key)
        : m_key(std::move(key))
    {}

    SecureBytes m_key;
};

} // namespace tessera
