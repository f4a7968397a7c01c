// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditreport.h"

namespace tessera {

QString AuditReport::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Edited:
        return QStringLiteral("edited");
    case Kind::Deleted:
        return QStringLiteral("deleted");
    case Kind::Reordered:
        return QStringLiteral("reordered");
    case Kind::AnchorMismatch:
        return QStringLiteral("anchor_mismatch");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::HeadMismatch:
        return QStringLiteral("head_mismatch");
    case Kind::Unsealed:
        return QStringLiteral("unsealed");
    }
    return QStringLiteral("unknown");
}

} // namespace tessera
