// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica/replicaguard.h"

#include "engine/writecontext.h"
#include "replica/applycatalogcommand.h"
#include "storage/settingstable.h"

namespace tessera {

Result<void> ReplicaGuard::mayAuthor(WriteContext &ctx, const QString &kind)
{
    auto version =
        SettingsTable::read(ctx.db(), QString::fromLatin1(ApplyCatalogCommand::kVersionKey));
    if (!version)
        return version.error();
    if (!*version)
        return {};
    return fail(ErrorCode::InvalidState,
                tr("This console takes its catalog from its central server (catalog version "
                   "%1): venues, events, prices, card keys and staff are changed on the server "
                   "and reach this console with its next sync (%2 refused here).")
                    .arg(QString::fromUtf8(**version), kind),
                QStringLiteral("catalog"));
}

} // namespace tessera
