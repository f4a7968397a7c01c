// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditanchor.h"

#include <QString>

namespace tessera {

// AuditVerifier's verdict on one audit log: intact, or the first problem found
// walking it in seq order.
struct AuditReport
{
    enum class Kind {
        None,
        // An entry's content no longer matches its hash, or it was replaced by
        // one with a recomputed hash (the entry after it still names the original).
        Edited,
        // Entries are missing: a gap in seq, or a run deleted and the rest renumbered.
        Deleted,
        // An intact entry sits at another place than the one it was written at.
        Reordered,
        // The chain holds together but the anchor's entry has another hash: the
        // log was rewritten at or before it.
        AnchorMismatch,
        // The log ends before the anchor's entry, or before the entry its
        // sealed head record names: entries were cut off the end.
        Truncated,
        // The sealed head record (settings "audit_head") is missing, malformed,
        // not MACed under the audit key, or names another last entry.
        HeadMismatch,
        // An intact legacy (unkeyed) chain not sealed under the data key yet;
        // the engine seals it when it next opens the file.
        Unsealed,
    };

    bool ok = true;
    // Entries found intact and in order (all of them when ok; those before the
    // first problem otherwise).
    qint64 entries = 0;
    // The entry where the problem shows (0 when ok).
    qint64 firstBadSeq = 0;
    Kind kind = Kind::None;
    // Translated, e.g. "entry 17 was changed after it was written"; empty when ok.
    QString problem;
    // The last intact entry: when ok, the anchor to keep for the next verification.
    AuditAnchor head{0, QByteArray(32, '\0')};

    // The stable snake_case name of a kind ("anchor_mismatch"), for the CLI's JSON.
    static QString kindName(Kind kind);
};

} // namespace tessera
