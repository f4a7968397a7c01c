// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditentryhasher.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace tessera {

namespace {

constexpr char kDomain[] = "tessera-audit-v1";
constexpr char kHeadDomain[] = "tessera-audit-head-v1";

void appendLength(std::string &out, quint32 length)
{
    out.push_back(char((length >> 24) & 0xff));
    out.push_back(char((length >> 16) & 0xff));
    out.push_back(char((length >> 8) & 0xff));
    out.push_back(char(length & 0xff));
}

void appendField(std::string &out, QByteArrayView bytes)
{
    appendLength(out, quint32(bytes.size()));
    out.append(bytes.data(), size_t(bytes.size()));
}

void appendInteger(std::string &out, qint64 value)
{
    appendLength(out, 8);
    const auto bits = quint64(value);
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(char((bits >> shift) & 0xff));
}

// Fetched once: EVP_sha256() looks the implementation up on every digest.
const EVP_MD *sha256()
{
    static EVP_MD *const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return fetched ? fetched : EVP_sha256();
}

} // namespace

Result<QByteArray> AuditEntryHasher::hash(const Fields &fields)
{
    m_buffer.clear();
    appendField(m_buffer, QByteArrayView(kDomain, qsizetype(sizeof(kDomain) - 1)));
    appendInteger(m_buffer, fields.seq);
    appendInteger(m_buffer, fields.atMs);
    appendField(m_buffer, fields.actor);
    appendField(m_buffer, fields.action);
    appendField(m_buffer, fields.subject);
    appendField(m_buffer, fields.details);
    appendField(m_buffer, fields.prevHash);

    if (m_key)
        return m_key->mac(QByteArray::fromRawData(m_buffer.data(), qsizetype(m_buffer.size())));
    QByteArray digest(kHashSize, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(m_buffer.data(), m_buffer.size(),
                   reinterpret_cast<unsigned char *>(digest.data()), &length, sha256(),
                   nullptr) != 1 ||
        length != unsigned(kHashSize))
        return fail(ErrorCode::StorageError,
                    QCoreApplication::translate("tessera::AuditEntryHasher",
                                                "Cannot compute the audit entry's SHA-256 hash"));
    return digest;
}

QByteArray AuditEntryHasher::headMac(qint64 count, QByteArrayView lastHash)
{
    if (!m_key)
        return {};
    m_buffer.clear();
    appendField(m_buffer, QByteArrayView(kHeadDomain, qsizetype(sizeof(kHeadDomain) - 1)));
    appendInteger(m_buffer, count);
    appendField(m_buffer, lastHash);
    return m_key->mac(QByteArray::fromRawData(m_buffer.data(), qsizetype(m_buffer.size())));
}

} // namespace tessera
