// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditchainsealer.h"

#include "audit/auditchainhead.h"
#include "audit/auditentryhasher.h"
#include "audit/auditschema.h"
#include "audit/auditverifier.h"
#include "storage/sqlitedb.h"

#include <vector>

namespace tessera {

namespace {

// Rows are read and rewritten in slices so memory does not grow with the log.
constexpr qint64 kSliceSize = 1024;

struct Rechained
{
    qint64 seq;
    QByteArray prevHash;
    QByteArray hash;
};

Error broken(const AuditReport &report)
{
    return Error(ErrorCode::AuditChainBroken,
                 AuditChainSealer::tr("The audit log is broken (%1); it was not re-keyed, so "
                                      "the damage stays visible. Run \"tessera-cli audit verify\".")
                     .arg(report.problem),
                 QStringLiteral("audit_log"));
}

} // namespace

Result<qint64> AuditChainSealer::rechain(SqliteDb &db, std::shared_ptr<const AuditChainKey> from,
                                         std::shared_ptr<const AuditChainKey> to)
{
    auto report = AuditVerifier::verifyChain(db, std::move(from));
    if (!report)
        return report.error();
    if (!report->ok)
        return broken(*report);

    auto read = db.prepare(
        QStringLiteral("SELECT seq, at, actor, action, subject, details FROM audit_log WHERE seq "
                       "> ?1 ORDER BY seq LIMIT ?2"));
    if (!read)
        return read.error();
    if (auto r = db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")); !r)
        return r.error();
    auto update =
        db.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?2, hash = ?3 WHERE seq = ?1"));
    if (!update)
        return update.error();

    AuditEntryHasher hasher(std::move(to));
    QByteArray prevHash = AuditEntryHasher::genesisHash();
    qint64 last = 0;
    for (;;) {
        std::vector<Rechained> slice;
        read->bind(1, last).bind(2, kSliceSize);
        for (;;) {
            auto row = read->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const qint64 seq = read->columnInt(0);
            const QByteArray actor = read->columnBlob(2);
            const QByteArray action = read->columnBlob(3);
            const QByteArray subject = read->columnBlob(4);
            const QByteArray details = read->columnBlob(5);
            auto hash =
                hasher.hash({seq, read->columnInt(1), actor, action, subject, details, prevHash});
            if (!hash)
                return hash.error();
            slice.push_back({seq, prevHash, *hash});
            prevHash = std::move(*hash);
        }
        read->reset();
        if (slice.empty())
            break;
        for (const Rechained &entry : slice) {
            update->bind(1, entry.seq).bind(2, entry.prevHash).bind(3, entry.hash);
            if (auto r = update->run(); !r)
                return r.error();
        }
        last = slice.back().seq;
    }
    if (auto r = db.exec(QString::fromUtf8(kAuditLogNoUpdateTriggerSql)); !r)
        return r.error();
    if (auto r = AuditChainHead::write(db, hasher, AuditAnchor(last, prevHash)); !r)
        return r.error();
    return last;
}

Result<void> AuditChainSealer::rekey(SqliteDb &db, const DataKey &old, const DataKey &fresh)
{
    auto sealed = AuditChainHead::isSealed(db);
    if (!sealed)
        return sealed.error();
    if (!*sealed)
        return {};
    // The head too: a chain cut short must not be re-sealed as complete.
    auto report = AuditVerifier::verify(db, &old);
    if (!report)
        return report.error();
    if (!report->ok)
        return broken(*report);
    auto rechained = rechain(db, std::make_shared<const AuditChainKey>(AuditChainKey::derive(old)),
                             std::make_shared<const AuditChainKey>(AuditChainKey::derive(fresh)));
    if (!rechained)
        return rechained.error();
    return {};
}

} // namespace tessera
