// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace tessera {

// What the server last acknowledged of this console's journal, and when it
// last had all of it, kept beside the database in `<db>.sync.json` (0600).
// Only for showing: a console started while the server is away still says
// how many entries wait and since when. The server's own answer replaces it
// at the next shipment; a mark written for another enrolment (another
// terminal id) is not taken.
struct SyncMark
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SyncMark)

public:
    qint64 terminalId = 0;
    qint64 acked = 0;
    qint64 lastSyncMs = 0;

    static QString pathFor(const QString &databasePath);
    // The mark kept for `terminalId`; zeros when there is none, when it is
    // for another terminal or when it cannot be read.
    static SyncMark load(const QString &databasePath, qint64 terminalId);
    Result<void> save(const QString &databasePath) const;

    bool operator==(const SyncMark &) const = default;
};

} // namespace tessera
