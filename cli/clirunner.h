// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioutput.h"
#include "common/clock.h"
#include "common/result.h"
#include "verbs/verb.h"

#include <QStringList>

class QCommandLineParser;
class QIODevice;

namespace tessera {

// Runs one tessera-cli command line: parses the global options and the verb,
// runs it on the database and prints its JSON result or error. Works on the
// streams it is given, so tests run it in-process.
class CliRunner
{
public:
    // `clock` defaults to the system clock.
    CliRunner(QIODevice &in, QIODevice &out, QIODevice &err, const Clock *clock = nullptr);

    // `arguments` as QCoreApplication::arguments() gives them (the program
    // first); returns the exit status (see ExitCode).
    int run(const QStringList &arguments);

    const QList<Verb> &verbs() const { return m_verbs; }

private:
    // Finds the verb named by the first one or two words and removes them.
    Result<const Verb *> findVerb(QStringList &words) const;
    int runVerb(const Verb &verb, const QStringList &arguments, const QCommandLineParser &front);

    QIODevice &m_in;
    CliOutput m_output;
    SystemClock m_systemClock;
    const Clock *m_clock;
    QList<Verb> m_verbs;
};

} // namespace tessera
