// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engine/command.h"

#include <QByteArray>

namespace tessera {

class WriteContext;

// Ticket codes are bearer credentials: whoever holds one gets in. They go to
// the caller who sold or paid, never into the journal (which is shipped,
// replayed and read by support). A retried request gets them again from the
// order, as it stands now.
class TicketCredentials
{
public:
    // An answer as a command gave it, split into what the journal keeps (no
    // "code" in "tickets" or at the top) and what the caller gets. An answer
    // with no code is journalled as it is, with no parsing.
    static CommandResult split(QByteArray answer);
    // A journalled answer with the codes of its ticket lines ("tickets"[].line,
    // "new_line") read back from the order: only for active lines of an order
    // that is paid (or partly refunded).
    static Result<QByteArray> restore(WriteContext &ctx, const QByteArray &journalled);
    // The caller's copy of a journalled answer, each code written at its
    // place. `codes` holds TicketCodeAt records byte for byte, in order of
    // place (as the writer keeps them in its AnswerSheet, not aligned).
    static QByteArray withCodes(QByteArrayView journalled, QByteArrayView codes);
};

} // namespace tessera
