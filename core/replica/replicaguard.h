// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace tessera {

class WriteContext;

// A terminal that has applied its central server's catalog
// (ApplyCatalogCommand) takes venues, events, prices, card products, card
// keys and staff from the server only: a change made here would be
// overwritten by the server's, could take an id the server gives to
// something else, or would sell card keys no allocation covers. The engine
// asks this before every command that authorsCatalog().
class ReplicaGuard
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ReplicaGuard)

public:
    // InvalidState naming the command when this database is a replica.
    static Result<void> mayAuthor(WriteContext &ctx, const QString &kind);
};

} // namespace tessera
