// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/revocationlist.h"

#include "crypto/ed25519.h"
#include "tickets/signedticket.h"

#include <QtEndian>

#include <algorithm>
#include <limits>

namespace tessera {

namespace {

const QByteArray kMagic = QByteArrayLiteral("TSRL");
constexpr quint8 kVersion = 1;
constexpr int kHeaderBytes = 4 + 1 + 8 + 4 + 4;
constexpr int kSignatureBytes = 64;
const QString kWhere = QStringLiteral("revocation list");

template<typename T>
void appendBigEndian(QByteArray &out, T v)
{
    char buf[sizeof(T)];
    qToBigEndian(v, buf);
    out.append(buf, sizeof(T));
}

void appendVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

// Reads one shortest-form varint at `pos`; false if it is cut off, longer
// than needed or does not fit 63 bits.
bool readVarint(const QByteArray &bytes, qsizetype end, qsizetype &pos, quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 63; shift += 7) {
        if (pos >= end)
            return false;
        const quint8 b = quint8(bytes[pos++]);
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return (b != 0 || shift == 0) && v <= quint64(std::numeric_limits<qint64>::max());
    }
    return false;
}

} // namespace

bool RevocationList::add(qint64 ticketId)
{
    if (ticketId <= 0 || m_ids.contains(ticketId))
        return false;
    m_ids.insert(ticketId);
    return true;
}

QList<qint64> RevocationList::ids() const
{
    QList<qint64> sorted(m_ids.cbegin(), m_ids.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QByteArray RevocationList::toSignedBlob(const Ed25519KeyPair &key) const
{
    QByteArray out = kMagic;
    appendBigEndian<quint8>(out, kVersion);
    appendBigEndian<qint64>(out, m_issuedAtMs);
    appendBigEndian<quint32>(out, SignedTicket::keyIdOf(key.publicKeyRaw()));
    appendBigEndian<quint32>(out, quint32(m_ids.size()));
    qint64 previous = 0;
    for (const qint64 id : ids()) {
        appendVarint(out, quint64(id - previous));
        previous = id;
    }
    return out + key.sign(out);
}

Result<RevocationList> RevocationList::fromSignedBlob(const QByteArray &blob,
                                                      const QList<Ed25519PublicKey> &keys)
{
    const auto refuse = [](const QString &message) {
        return fail(ErrorCode::InvalidInput, message, kWhere);
    };
    if (blob.size() < kHeaderBytes + kSignatureBytes)
        return refuse(tr("The revocation list is truncated (%1 bytes).").arg(blob.size()));
    if (!blob.startsWith(kMagic))
        return refuse(tr("This is not a Tessera revocation list."));
    if (quint8(blob[4]) != kVersion)
        return refuse(tr("The revocation list is format version %1; this version reads %2.")
                          .arg(quint8(blob[4]))
                          .arg(kVersion));

    // Only signed bytes are parsed further.
    const quint32 keyId = qFromBigEndian<quint32>(blob.constData() + 13);
    const qsizetype signedEnd = blob.size() - kSignatureBytes;
    const QByteArray body = blob.left(signedEnd);
    const QByteArray signature = blob.mid(signedEnd);
    const auto signer = std::find_if(keys.cbegin(), keys.cend(), [&](const Ed25519PublicKey &k) {
        return SignedTicket::keyIdOf(k.raw()) == keyId && k.verify(body, signature);
    });
    if (signer == keys.cend()) {
        const bool keyKnown = std::any_of(keys.cbegin(), keys.cend(), [&](const auto &k) {
            return SignedTicket::keyIdOf(k.raw()) == keyId;
        });
        return refuse(keyKnown ? tr("The revocation list's signature does not match.")
                               : tr("The revocation list is signed by an unknown key (%1).")
                                     .arg(keyId, 8, 16, QLatin1Char('0')));
    }

    RevocationList list;
    list.m_issuedAtMs = qFromBigEndian<qint64>(blob.constData() + 5);
    const quint32 count = qFromBigEndian<quint32>(blob.constData() + 17);
    qsizetype pos = kHeaderBytes;
    if (count > quint64(signedEnd - pos)) // every id takes at least one byte
        return refuse(tr("The revocation list claims %1 ids but has room for fewer.").arg(count));
    list.m_ids.reserve(qsizetype(count));
    qint64 previous = 0;
    for (quint32 i = 0; i < count; ++i) {
        quint64 gap = 0;
        if (!readVarint(blob, signedEnd, pos, gap) || gap == 0 ||
            gap > quint64(std::numeric_limits<qint64>::max() - previous))
            return refuse(tr("The revocation list's id %1 is malformed.").arg(i + 1));
        previous += qint64(gap);
        list.m_ids.insert(previous);
    }
    if (pos != signedEnd)
        return refuse(
            tr("The revocation list has %1 bytes after its last id.").arg(signedEnd - pos));
    return list;
}

} // namespace tessera
