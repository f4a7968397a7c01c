// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "serverlink.h"

#include <QCoreApplication>

namespace tessera {

// Journal up, from the console: reads the local journal on a connection of
// its own and ships what the server has not acknowledged, in order, in
// batches (at most 2 000 entries), until the server has it all. Nothing
// local is deleted or changed. Safe to repeat at any time: the server skips
// what it has, and a lost answer is recovered from GET /v1/journal/ack.
class JournalShipper
{
    Q_DECLARE_TR_FUNCTIONS(tessera::JournalShipper)

public:
    struct Report
    {
        qint64 acked = 0;   // the server has the journal up to here
        qint64 local = 0;   // the local journal's end
        qint64 shipped = 0; // entries sent in this run
        qint64 backlog() const { return local - acked; }
    };

    JournalShipper(QString databasePath, ServerLink link, int batchSize = 1000,
                   int timeoutMs = 10000)
        : m_path(std::move(databasePath))
        , m_link(std::move(link))
        , m_batchSize(batchSize)
        , m_timeoutMs(timeoutMs)
    {}

    // Ships until caught up, or fails (offline: server_unreachable; revoked:
    // terminal_revoked) leaving what was acknowledged so far acknowledged.
    Result<Report> shipOnce();

private:
    QString m_path;
    ServerLink m_link;
    int m_batchSize;
    int m_timeoutMs;
};

} // namespace tessera
