// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

namespace tessera {

// Builds the sales projection again from the stored journals (SalesProjection::
// rebuild over SqliteJournalLedger into SqliteSalesMirror): after an upgrade,
// or to check that the figures kept as entries arrived are what the stored
// journals give (`tessera-server rebuild-totals`).
class RebuildSalesCommand final : public Command
{
public:
    QString kind() const override { return QStringLiteral("rebuild_sales"); }
    QJsonObject toJson() const override { return {}; }
    // The server's operator, on the server's own machine.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;

    // Forgets the figures and projects every stored entry again, then counts
    // the refunds made elsewhere again; answers how many entries it read.
    static Result<qint64> rebuild(WriteContext &ctx);
};

} // namespace tessera
