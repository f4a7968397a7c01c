// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli: every engine operation, headless, with JSON output.

#include "clirunner.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same data folder as the console, so both work on one database by default.
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    tessera::CliRunner runner(in, out, err);
    return runner.run(QCoreApplication::arguments());
}
