// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace tessera {

class SqliteDb;

struct TerminalIdentity
{
    qint64 id = 0;
    QString name;
    qint64 venueId = 0;
    qint64 enrolledAt = 0;
};

// Who a request's bearer token belongs to, read on the server's own reader
// connection: unknown tokens are `unauthenticated`, a revoked terminal's
// `terminal_revoked` (it says so on its screen).
class TerminalTokens
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TerminalTokens)

public:
    // `authorization` is the request's Authorization header ("Bearer …").
    static Result<TerminalIdentity> identify(SqliteDb &reader, const QByteArray &authorization);
    // A new random token (256 bits, base64url).
    static QString generate();
};

} // namespace tessera
