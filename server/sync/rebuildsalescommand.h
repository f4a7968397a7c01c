// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

namespace tessera {

// Builds the sales projection again from terminal_journal (SalesProjection::
// rebuild): after an upgrade, or to check that the figures kept as entries
// arrived are what the stored journals give (`tessera-server rebuild-totals`).
class RebuildSalesCommand final : public Command
{
public:
    QString kind() const override { return QStringLiteral("rebuild_sales"); }
    QJsonObject toJson() const override { return {}; }
    // The server's operator, on the server's own machine.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;
};

} // namespace tessera
