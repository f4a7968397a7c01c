// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditchainkey.h"

#include "crypto/datakey.h"
#include "crypto/hmac.h"

namespace tessera {

AuditChainKey AuditChainKey::derive(const DataKey &dataKey)
{
    QByteArray raw = dataKey.exportRaw();
    QByteArray derived =
        Hmac::sha256(raw, QByteArray::fromRawData(kLabel, qsizetype(sizeof(kLabel) - 1)));
    wipe(raw);
    return AuditChainKey(SecureBytes::takeFrom(derived));
}

QByteArray AuditChainKey::mac(const QByteArray &data) const
{
    return Hmac::sha256(m_key.view(), data);
}

} // namespace tessera
