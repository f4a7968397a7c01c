// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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
    // The central server's catalog version this terminal has applied (0: none).
    Result<qint64> catalogVersion();
    // How many of these card keys (the server's ids) sit in a cart here.
    Result<qint64> cardKeysInCarts(const QJsonArray &serverIds);
    // What the last catalog applied released or found sold of seats taken
    // back, for the server (ApplyCatalogCommand); {} when nothing.
    Result<QJsonObject> catalogAck();
    // What this terminal should ask its server for more of: per event of its
    // allocation with less than a fifth of its seats left unsold,
    // {"event", "seats": half of what it was given}; per GA quota likewise
    // {"event", "ga", "places"}; per card product given by the server
    // {"card", "codes"}. Cancelled events ask for nothing.
    Result<QJsonArray> lowAllocations();
    // The venue of the box office this terminal sells for, named on printouts
    // of orders that have no event (card keys): the first venue, as for the
    // box office's time zone (setup/boxofficetimezone.h); empty before one is imported.
    Result<QString> venueName();

private:
    SqliteDb &m_db;
};

} // namespace tessera
