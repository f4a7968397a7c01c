// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditanchor.h"

#include "audit/auditentryhasher.h"

namespace tessera {

QString AuditAnchor::toString() const
{
    return QString::number(m_seq) + QLatin1Char(':') + QString::fromLatin1(m_hash.toHex());
}

Result<AuditAnchor> AuditAnchor::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const auto malformed = [&] {
        return fail(ErrorCode::InvalidInput,
                    tr("An audit anchor looks like \"<entry>:<64 hex digits>\""), trimmed);
    };
    if (colon <= 0)
        return malformed();
    bool numeric = false;
    const qint64 seq = trimmed.left(colon).toLongLong(&numeric);
    const QString hex = trimmed.mid(colon + 1);
    if (!numeric || seq < 0 || hex.size() != 2 * AuditEntryHasher::kHashSize)
        return malformed();
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')) &&
            !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
            return malformed();
    }
    QByteArray hash = QByteArray::fromHex(hex.toLatin1());
    if (seq == 0 && hash != AuditEntryHasher::genesisHash())
        return malformed();
    return AuditAnchor(seq, std::move(hash));
}

} // namespace tessera
