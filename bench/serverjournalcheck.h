// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace tessera::bench {

// What one terminal's journal should be on the server: entries 1…end, each
// with the digest (ShippedEntry::digest) the terminal's own entry has.
struct ExpectedJournal
{
    qint64 terminalId = 0;
    qint64 end = 0;
    std::function<QByteArray(qint64 seq)> digestOf;
};

struct JournalCheck
{
    qint64 rows = 0;       // rows the server holds for these terminals
    qint64 lost = 0;       // expected entries the server does not have
    qint64 duplicated = 0; // rows beyond one per (terminal, seq)
    qint64 differing = 0;  // entries the server has with other content
    qint64 extra = 0;      // rows past a terminal's end
    bool ok() const { return lost == 0 && duplicated == 0 && differing == 0 && extra == 0; }
    QString summary() const;
};

// Reads the server's terminal_journal (its database file, read-only) and
// compares it, terminal by terminal and sequence by sequence, with `expected`.
Result<JournalCheck> checkServerJournal(const QString &serverDatabase,
                                        const std::vector<ExpectedJournal> &expected);

} // namespace tessera::bench
