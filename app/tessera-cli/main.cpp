// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli: every engine operation, headless, with JSON output.

#include "clirunner.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QFile>
#ifdef TESSERA_CLI_PDF
#include <QGuiApplication>
#endif

#include <cstdio>
#include <memory>

#ifdef TESSERA_CLI_PDF
namespace {

// Whether this run writes a PDF (-o FILE.pdf): only then is a GUI
// application (fonts) worth starting; every other run stays headless and
// quiet on stderr.
bool writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = QByteArray(argv[i]).toLower();
        if (arg.endsWith(".pdf"))
            return true;
    }
    return false;
}

} // namespace
#endif

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
#ifdef TESSERA_CLI_PDF
    if (writesPdf(argc, argv)) {
        // The day-end PDF draws text, which takes a QGuiApplication. The CLI
        // shows no window, so it needs no display: offscreen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    // The same data folder as the console, so both work on one database by default.
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    // Messages for people in the system's language (LANG); codes stay the same.
    tessera::installTranslations(*app, QLocale::system());

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    tessera::CliRunner runner(in, out, err);
    return runner.run(QCoreApplication::arguments());
}
