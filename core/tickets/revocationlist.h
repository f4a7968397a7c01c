// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace tessera {

class Ed25519KeyPair;
class Ed25519PublicKey;

// The ticket ids a gate must turn away although their codes are genuine
// (refunded, voided), carried to gates offline as a blob signed by the
// organizer's key.
//
// Blob, big-endian:
//   4   magic "TSRL" (a ticket payload starts with 0x01, so a signature on
//       one can never pass for the other)
//   1   format version, 1
//   8   issued at, UTC ms since the epoch (a gate keeps the newest list)
//   4   key id of the signer, as in ticket codes
//   4   count
//   ... the ids in ascending order, each as the gap from the one before (the
//       first from 0): an unsigned LEB128 varint, >= 1, shortest form
//   64  Ed25519 signature of all the bytes before it
class RevocationList
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RevocationList)

public:
    // Adds a ticket id; false if it is not positive or already listed.
    bool add(qint64 ticketId);
    bool contains(qint64 ticketId) const { return m_ids.contains(ticketId); }
    qsizetype size() const { return m_ids.size(); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    // Ascending.
    QList<qint64> ids() const;

    qint64 issuedAtMs() const { return m_issuedAtMs; }
    void setIssuedAtMs(qint64 ms) { m_issuedAtMs = ms; }

    QByteArray toSignedBlob(const Ed25519KeyPair &key) const;
    // The list in `blob` if one of `keys` signed it and it is well formed.
    static Result<RevocationList> fromSignedBlob(const QByteArray &blob,
                                                 const QList<Ed25519PublicKey> &keys);

private:
    QSet<qint64> m_ids;
    qint64 m_issuedAtMs = 0;
};

} // namespace tessera
