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

private:
    SqliteDb &m_db;
};

} // namespace tessera
