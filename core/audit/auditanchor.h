// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tessera {

// A commitment to the audit log as it stood: its last entry's seq and hash.
// Kept away from the database (printed, mailed, stored on the server), it lets
// AuditVerifier detect a log that was cut short or rewritten from some entry
// on with every hash recomputed, which the chain alone cannot show.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AuditAnchor)

public:
    AuditAnchor() = default;
    // seq 0 (an empty log) goes with 32 zero bytes.
    AuditAnchor(qint64 seq, QByteArray hash)
        : m_seq(seq)
        , m_hash(std::move(hash))
    {}

    qint64 seq() const { return m_seq; }
    const QByteArray &hash() const { return m_hash; }

    // "<seq>:<64 lower-case hex digits>", e.g. "100:9f86d081...".
    QString toString() const;
    // Reads toString()'s form; surrounding spaces are ignored.
    static Result<AuditAnchor> fromString(const QString &text);

    friend bool operator==(const AuditAnchor &, const AuditAnchor &) = default;

private:
    qint64 m_seq = 0;
    QByteArray m_hash;
};

} // namespace tessera
