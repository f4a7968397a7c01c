// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditverifier.h"

#include "audit/auditchainhead.h"
#include "audit/auditentryhasher.h"
#include "crypto/datakey.h"

namespace tessera {

namespace {

using Kind = AuditReport::Kind;

// How far from its place an entry that no longer fits is looked for; beyond,
// it is reported as edited. 2 x 4096 hashes take a few milliseconds.
constexpr qint64 kSearchWindow = 4096;

struct Row
{
    qint64 seq = 0;
    qint64 atMs = 0;
    bool atIsInteger = true;
    QByteArray actor;
    QByteArray action;
    QByteArray subject;
    QByteArray details;
    QByteArray prevHash;
    QByteArray hash;

    AuditEntryHasher::Fields fields(qint64 asSeq) const
    {
        return {asSeq, atMs, actor, action, subject, details, prevHash};
    }
};

Row readRow(const SqliteStatement &rows)
{
    Row row;
    row.seq = rows.columnInt(0);
    row.atMs = rows.columnInt(1);
    row.actor = rows.columnBlob(2);
    row.action = rows.columnBlob(3);
    row.subject = rows.columnBlob(4);
    row.details = rows.columnBlob(5);
    row.prevHash = rows.columnBlob(6);
    row.hash = rows.columnBlob(7);
    row.atIsInteger = rows.columnInt(8) != 0;
    return row;
}

AuditReport problem(Kind kind, qint64 firstBadSeq, QString text)
{
    AuditReport report;
    report.ok = false;
    report.kind = kind;
    report.firstBadSeq = firstBadSeq;
    report.entries = qMax<qint64>(0, firstBadSeq - 1);
    report.problem = std::move(text);
    report.head = AuditAnchor();
    return report;
}

AuditReport edited(qint64 seq)
{
    return problem(Kind::Edited, seq,
                   AuditVerifier::tr("entry %1 was changed after it was written").arg(seq));
}

// Entries [expected, found) are absent: found follows expected - 1.
AuditReport gap(qint64 expected, qint64 found)
{
    QString text;
    if (expected == 1) {
        text = found == 2 ? AuditVerifier::tr("entry 1 is missing (the log starts at entry 2)")
                          : AuditVerifier::tr("entries 1 to %1 are missing (the log starts at "
                                              "entry %2)")
                                .arg(found - 1)
                                .arg(found);
    } else if (found == expected + 1) {
        text = AuditVerifier::tr("entry %1 is missing (%2 is followed by %3)")
                   .arg(expected)
                   .arg(expected - 1)
                   .arg(found);
    } else {
        text = AuditVerifier::tr("entries %1 to %2 are missing (%3 is followed by %4)")
                   .arg(expected)
                   .arg(found - 1)
                   .arg(expected - 1)
                   .arg(found);
    }
    return problem(Kind::Deleted, expected, text);
}

// Entries [seq, original) were deleted and the rest moved down: `seq` now holds
// what was written as `original`.
AuditReport renumbered(qint64 seq, qint64 original)
{
    if (seq == 1) {
        const QString text =
            original == 2
                ? AuditVerifier::tr(
                      "entry 1 is missing (the log starts at entry 2, renumbered as 1)")
                : AuditVerifier::tr("entries 1 to %1 are missing (the log starts at entry %2, "
                                    "renumbered as 1)")
                      .arg(original - 1)
                      .arg(original);
        return problem(Kind::Deleted, 1, text);
    }
    const QString text =
        original == seq + 1
            ? AuditVerifier::tr("entry %1 is missing (%2 is followed by %3, renumbered as %1)")
                  .arg(seq)
                  .arg(seq - 1)
                  .arg(original)
            : AuditVerifier::tr("entries %1 to %2 are missing (%3 is followed by %4, renumbered "
                                "as %1)")
                  .arg(seq)
                  .arg(original - 1)
                  .arg(seq - 1)
                  .arg(original);
    return problem(Kind::Deleted, seq, text);
}

// The seq `row` was written with, searched outward from where it sits; 0 if
// its content does not hash to its stored hash at any seq nearby.
Result<qint64> originalSeq(AuditEntryHasher &hasher, const Row &row)
{
    for (qint64 distance = 1; distance <= kSearchWindow; ++distance) {
        for (const qint64 candidate : {row.seq + distance, row.seq - distance}) {
            if (candidate < 1)
                continue;
            auto hash = hasher.hash(row.fields(candidate));
            if (!hash)
                return hash.error();
            if (*hash == row.hash)
                return candidate;
        }
    }
    return qint64(0);
}

Result<bool> hashIsInLog(SqliteDb &db, const QByteArray &hash)
{
    auto find = db.prepare(QStringLiteral("SELECT 1 FROM audit_log WHERE hash = ?1 LIMIT 1"));
    if (!find)
        return find.error();
    find->bind(1, hash);
    auto found = find->step();
    if (!found)
        return found.error();
    return *found;
}

// Names the first problem at `row`, which follows an intact entry with hash
// `prevHash` and either does not hash to its stored hash (`intact` false) or
// does not link to that entry.
Result<AuditReport> diagnose(SqliteDb &db, AuditEntryHasher &hasher, const Row &row, bool intact,
                             const QByteArray &prevHash)
{
    if (row.prevHash == prevHash)
        return edited(row.seq);
    if (intact) {
        // Written at this place, but after an entry that is no longer the one
        // before it: that one was replaced, its hash recomputed.
        if (row.seq == 1)
            return edited(1);
        return problem(Kind::Edited, row.seq - 1,
                       AuditVerifier::tr("entry %1 was replaced after it was written (entry %2 no "
                                         "longer follows it)")
                           .arg(row.seq - 1)
                           .arg(row.seq));
    }
    auto original = originalSeq(hasher, row);
    if (!original)
        return original.error();
    if (*original == 0 || !row.atIsInteger)
        return edited(row.seq);
    if (*original > row.seq) {
        // Its predecessor gone from the log means deleted; still there, moved.
        auto predecessorKept = hashIsInLog(db, row.prevHash);
        if (!predecessorKept)
            return predecessorKept.error();
        if (!*predecessorKept)
            return renumbered(row.seq, *original);
    }
    return problem(Kind::Reordered, row.seq,
                   AuditVerifier::tr("entry %1 is out of order: its place holds entry %2")
                       .arg(row.seq)
                       .arg(*original));
}

// The sealed head against the chain that verified up to `chainHead`.
Result<AuditReport> checkHead(SqliteDb &db, AuditEntryHasher &hasher, AuditReport report)
{
    auto stored = AuditChainHead::read(db);
    if (!stored)
        return stored.error();
    const qint64 last = report.entries;
    if (!*stored || (*stored)->mac.isEmpty() ||
        hasher.headMac((*stored)->head.seq(), (*stored)->head.hash()) != (*stored)->mac)
        return problem(Kind::HeadMismatch, last + 1,
                       AuditVerifier::tr("the log's sealed head record is missing or was forged: "
                                         "the end of the log cannot be vouched for"));
    const AuditAnchor &head = (*stored)->head;
    if (head.seq() > last)
        return problem(Kind::Truncated, last + 1,
                       AuditVerifier::tr("the log was cut short: it ends at entry %1 but its "
                                         "sealed head records entry %2")
                           .arg(last)
                           .arg(head.seq()));
    if (head.seq() < last)
        return problem(Kind::HeadMismatch, head.seq() + 1,
                       AuditVerifier::tr("entries after %1 are not covered by the log's sealed "
                                         "head record")
                           .arg(head.seq()));
    if (head.hash() != report.head.hash())
        return problem(Kind::HeadMismatch, qMax<qint64>(1, last),
                       AuditVerifier::tr("entry %1 is not the entry the log's sealed head record "
                                         "names")
                           .arg(last));
    return report;
}

} // namespace

Result<AuditReport> AuditVerifier::verify(SqliteDb &db, const DataKey *dataKey,
                                          const std::optional<AuditAnchor> &anchor)
{
    auto sealed = AuditChainHead::isSealed(db);
    if (!sealed)
        return sealed.error();
    if (!*sealed) {
        auto report = verifyChain(db, nullptr, anchor);
        if (!report || !report->ok)
            return report;
        report->ok = false;
        report->kind = Kind::Unsealed;
        report->problem = tr("the log is intact but not yet sealed under the data key (an older "
                             "file; the engine seals it when it next opens it)");
        return report;
    }
    if (!dataKey)
        return fail(ErrorCode::InvalidInput,
                    tr("The audit log is sealed under the data key; it cannot be verified "
                       "without it."),
                    QStringLiteral("data_key"));
    auto key = std::make_shared<const AuditChainKey>(AuditChainKey::derive(*dataKey));
    auto report = verifyChain(db, key, anchor);
    if (!report || !report->ok)
        return report;
    AuditEntryHasher hasher(key);
    return checkHead(db, hasher, std::move(*report));
}

Result<AuditReport> AuditVerifier::verifyChain(SqliteDb &db,
                                               std::shared_ptr<const AuditChainKey> key,
                                               const std::optional<AuditAnchor> &anchor)
{
    // One statement for the walk (and the diagnosis queries run while it is
    // open), so everything is read from one snapshot.
    auto rows = db.prepare(
        QStringLiteral("SELECT seq, at, actor, action, subject, details, prev_hash, hash, "
                       "typeof(at) = 'integer' FROM audit_log ORDER BY seq"));
    if (!rows)
        return rows.error();

    AuditEntryHasher hasher(std::move(key));
    AuditReport report;
    QByteArray prevHash = AuditEntryHasher::genesisHash();
    qint64 expected = 1;
    for (;;) {
        auto more = rows->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const Row row = readRow(*rows);
        if (row.seq < expected)
            return problem(
                Kind::Edited, row.seq,
                tr("entry %1 should not exist (the log starts at entry 1)").arg(row.seq));
        if (row.seq > expected)
            return gap(expected, row.seq);
        auto hash = hasher.hash(row.fields(row.seq));
        if (!hash)
            return hash.error();
        const bool intact = row.atIsInteger && *hash == row.hash;
        if (!intact || row.prevHash != prevHash)
            return diagnose(db, hasher, row, intact, prevHash);
        if (anchor && row.seq == anchor->seq() && row.hash != anchor->hash())
            return problem(Kind::AnchorMismatch, row.seq,
                           tr("the log was rewritten at or before entry %1 (it no longer matches "
                              "the anchor)")
                               .arg(row.seq));
        prevHash = row.hash;
        ++expected;
    }
    const qint64 last = expected - 1;
    if (anchor && anchor->seq() > last)
        return problem(
            Kind::Truncated, last + 1,
            tr("the log was truncated: it ends at entry %1 but the anchor records entry %2")
                .arg(last)
                .arg(anchor->seq()));
    report.entries = last;
    report.head = AuditAnchor(last, prevHash);
    return report;
}

} // namespace tessera
