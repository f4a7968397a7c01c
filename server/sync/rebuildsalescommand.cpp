// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/rebuildsalescommand.h"

#include "sync/salesprojection.h"

namespace tessera {

Result<CommandResult> RebuildSalesCommand::apply(WriteContext &ctx)
{
    if (auto r = SalesProjection::prepare(ctx); !r)
        return r.error();
    auto entries = SalesProjection(ctx).rebuild();
    if (!entries)
        return entries.error();
    return QJsonObject{{QStringLiteral("entries"), *entries}};
}

} // namespace tessera
