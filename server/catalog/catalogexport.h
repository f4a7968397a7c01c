// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace tessera {

class SqliteDb;

// Catalog down, the server's side: what terminal `terminalId` must apply to
// go from catalog version `since` to the server's latest, read on the
// caller's connection in one read transaction (a consistent snapshot). The
// document is the one ApplyCatalogCommand takes (core/replica): the catalog
// rows changed since then (everything when `since` is 0) and the changes to
// this terminal's own allocation; other terminals' allocations never leave
// the server.
class CatalogExport
{
public:
    static Result<QJsonObject> since(SqliteDb &db, qint64 terminalId, qint64 since);
};

} // namespace tessera
