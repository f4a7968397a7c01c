// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enginefixture.h"
#include "terminals/terminaltokens.h"

namespace tessera::test {

// Enrols terminal `name` at the server's engine (a code, then the code
// redeemed for a token) and answers the identity its token stands for.
TerminalIdentity enrolTerminal(EngineFixture &server, SqliteDb &reader, const QString &name);

} // namespace tessera::test
