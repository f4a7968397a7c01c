// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace tessera {

class JournalLedger;
class SalesMirror;
struct ShippedEntry;

// The rules of journal up, for one batch of one terminal's journal, over any
// storage: entries the server has already are compared and skipped (a
// replay or an overlap changes nothing; a different entry under a known
// sequence is refused), a batch that would leave a hole is refused naming
// the sequence the server expects, and each new entry is stored and
// projected into the sales figures once. Runs inside the caller's
// transaction, which a refusal rolls back.
class JournalIngest
{
    Q_DECLARE_TR_FUNCTIONS(tessera::JournalIngest)

public:
    JournalIngest(JournalLedger &ledger, SalesMirror &mirror)
        : m_ledger(ledger)
        , m_mirror(mirror)
    {}

    // `digests` are the entries' own (ShippedEntry::digest), in the same
    // order. Answers {"acked", "received", "duplicates"}.
    Result<QJsonObject> ingest(qint64 terminal, const std::vector<ShippedEntry> &entries,
                               const std::vector<QByteArray> &digests, qint64 receivedAt);

private:
    JournalLedger &m_ledger;
    SalesMirror &m_mirror;
};

} // namespace tessera
