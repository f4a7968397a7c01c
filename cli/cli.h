#pragma once

#include <QCoreApplication>

namespace tessera {

// The translation context of everything tessera-cli says to its user
// ("tessera::Cli"): Cli::tr("...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

} // namespace tessera
