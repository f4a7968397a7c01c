// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli: every engine operation, headless, with JSON output.

#include "clirunner.h"

#include <QCoreApplication>
#include <QFile>
#ifdef TESSERA_CLI_PDF
#include <QGuiApplication>
#endif

#include <cstdio>

int main(int argc, char *argv[])
{
#ifdef TESSERA_CLI_PDF
    // The day-end PDF draws text, which takes a QGuiApplication. The CLI shows
    // no window, so it needs no display: offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
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
