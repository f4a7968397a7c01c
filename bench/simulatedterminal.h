// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "syntheticjournal.h"

#include <optional>
#include <vector>

namespace tessera {
class ServerClient;
}

namespace tessera::bench {

struct ShipOutcome
{
    qint64 acked = 0;          // where the server stands at the end
    qint64 sent = 0;           // entries sent in batches (duplicates included)
    std::vector<double> ackMs; // per batch: sent → acknowledged
    std::optional<Error> error;
};

// A simulated console shipping its journal the way JournalShipper does:
// GET /v1/journal/ack?local=END, then POST /v1/journal batches of at most
// `batchSize` from the acknowledged sequence on, until the server has `end`.
// Stops at the first error (kept in the outcome).
// `prebuilt`: the bodies of batches 1…batchSize, batchSize+1…2·batchSize, …
// serialised beforehand (used while the acknowledgement falls on a batch's
// start), so that a benchmark times the shipping, not the making.
ShipOutcome shipSynthetic(ServerClient &client, const SyntheticJournal &journal, qint64 end,
                          int batchSize, const std::vector<QByteArray> *prebuilt = nullptr);
// The bodies `prebuilt` above takes, for entries 1…end.
std::vector<QByteArray> prebuildBatches(const SyntheticJournal &journal, qint64 end, int batchSize);

} // namespace tessera::bench
