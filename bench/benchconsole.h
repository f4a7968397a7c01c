// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsales.h"
#include "serverjournalcheck.h"

#include <QHash>

namespace tessera::bench {

// A real console for the fault campaign: its own engine database with an
// event (the theatre, and a GA floor), selling through the engine like a
// counter, its journal shipped by the console's JournalShipper.
class BenchConsole
{
public:
    explicit BenchConsole(QString path);
    ~BenchConsole();

    QString path() const { return m_path; }
    Engine &engine() { return *m_engine; }
    // Sells `count` tickets, seats while the theatre has some, then GA.
    // False when the engine refused one (it must not).
    bool sell(int count);
    qint64 journalEnd() const;
    // What the server must hold for this console (terminal `terminalId`):
    // its journal, entry by entry, as JournalShipper ships it.
    Result<ExpectedJournal> expected(qint64 terminalId) const;

private:
    QString m_path;
    std::unique_ptr<Engine> m_engine;
    BenchEvent m_event;
    int m_sold = 0;
};

} // namespace tessera::bench
