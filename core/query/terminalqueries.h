// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace tessera {

class SqliteDb;

// Who this database's terminal is, read on a connection of the caller's.
class TerminalQueries
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TerminalQueries)

public:
    explicit TerminalQueries(SqliteDb &db)
        : m_db(db)
    {}

    // The terminal id the engine gave the file when it created it.
    Result<QString> terminalId();
    // The venue of the box office this terminal sells for, named on printouts
    // of orders that have no event (card keys): the first venue, as for the
    // box office's time zone (setup/boxofficetimezone.h); empty before one is imported.
    Result<QString> venueName();

private:
    SqliteDb &m_db;
};

} // namespace tessera
