// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// The translation context of everything tessera-cli says to its user:
// CliText::tr("..."). It lives outside the tessera namespace so lupdate
// names the context the same from every file ("CliText").
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
