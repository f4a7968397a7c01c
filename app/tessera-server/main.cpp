// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-server: the central server (headless). See docs/operations.md.

#include "common/clock.h"
#include "common/translations.h"
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    // English whatever the machine's language (its answers reach consoles in
    // every language, its log reaches ops), with English plural forms.
    tessera::installTranslations(app, QLocale(QLocale::English));
    const tessera::SystemClock clock;
    tessera::ServerCli cli(clock);
    return cli.run(QCoreApplication::arguments());
}
