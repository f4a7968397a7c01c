// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace tessera {

class WriteContext;

struct AllocationTerminal
{
    qint64 id = 0;
    bool revoked = false;
};

// What every allocation command does alike, inside its own transaction.
namespace AllocationSupport {

// The terminal of that name; UnknownReference when there is none,
// TerminalRevoked when it was taken out of service.
Result<AllocationTerminal> terminalNamed(WriteContext &ctx, const QString &name);
// One change terminal `terminal` must pull (a catalog_log row).
Result<void> logChange(WriteContext &ctx, const char *table, qint64 scope, qint64 row,
                       qint64 terminal);

} // namespace AllocationSupport

} // namespace tessera
