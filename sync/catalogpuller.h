// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "serverlink.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera {

class Engine;

// Catalog down, at the console: asks the server what changed since this
// terminal's catalog version (delivering what the last change released or
// found sold of seats taken back), and applies the answer through the
// console's own engine (ApplyCatalogCommand: all or nothing, journalled).
// Safe to repeat: an answer that changes nothing is not applied, and one
// applied twice is a replay.
class CatalogPuller
{
    Q_DECLARE_TR_FUNCTIONS(tessera::CatalogPuller)

public:
    struct Report
    {
        qint64 version = 0;   // the catalog version the terminal has now
        qint64 rows = 0;      // catalog rows applied in this run
        qint64 granted = 0;   // seats that became this terminal's
        qint64 released = 0;  // seats taken back and released
        qint64 requested = 0; // top-ups asked for, running low
        qint64 toppedUp = 0;  // seats, places and card keys the server granted for them
        qint64 cardKeys = 0;  // card keys that became this terminal's
    };

    CatalogPuller(QString databasePath, ServerLink link, int timeoutMs = 30000)
        : m_path(std::move(databasePath))
        , m_link(std::move(link))
        , m_timeoutMs(timeoutMs)
    {}

    // Pulls and applies; then, running low on an allocation while online,
    // asks the server for more (POST /v1/allocation/request) and pulls what
    // it granted.
    Result<Report> pullOnce(Engine &engine);
    // Pulls and applies, without asking for more.
    Result<Report> pullOnly(Engine &engine);

private:
    QString m_path;
    ServerLink m_link;
    int m_timeoutMs;
};

} // namespace tessera
