// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-server: the central server (headless). See docs/operations.md.

#include "common/clock.h"
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    const tessera::SystemClock clock;
    tessera::ServerCli cli(clock);
    return cli.run(QCoreApplication::arguments());
}
