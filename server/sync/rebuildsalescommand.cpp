// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/rebuildsalescommand.h"

#include "refunds/remoterefunds.h"
#include "store/sqlitejournalledger.h"
#include "store/sqlitesalesmirror.h"
#include "sync/salesprojection.h"

namespace tessera {

Result<qint64> RebuildSalesCommand::rebuild(WriteContext &ctx)
{
    SqliteJournalLedger ledger(ctx);
    SqliteSalesMirror mirror(ctx);
    auto entries = SalesProjection(mirror).rebuild(ledger);
    if (!entries)
        return entries.error();
    // Refunds made at other terminals, through the server, count again.
    if (auto again = RemoteRefunds(ctx).reproject(); !again)
        return again.error();
    return *entries;
}

Result<CommandResult> RebuildSalesCommand::apply(WriteContext &ctx)
{
    if (auto r = SqliteSalesMirror::prepare(ctx); !r)
        return r.error();
    auto entries = rebuild(ctx);
    if (!entries)
        return entries.error();
    return QJsonObject{{QStringLiteral("entries"), *entries}};
}

} // namespace tessera
