// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace tessera {

class DataKey;
class SqliteDb;

// Catalog down, the server's side: what terminal `terminalId` must apply to
// go from catalog version `since` to the server's latest, read on the
// caller's connection in one read transaction (a consistent snapshot). The
// document is the one ApplyCatalogCommand takes (core/replica): the catalog
// rows changed since then (everything when `since` is 0) and the changes to
// this terminal's own allocation; other terminals' allocations never leave
// the server. Card keys given to the terminal since then travel sealed to
// its own key (SealedBox), opened here with the server's data key `key`.
// Its tickets refunded at other terminals since then, through the server,
// are listed under "refunded_elsewhere" (RemoteRefunds).
class CatalogExport
{
public:
    static Result<QJsonObject> since(SqliteDb &db, qint64 terminalId, qint64 since,
                                     const DataKey *key);
};

} // namespace tessera
