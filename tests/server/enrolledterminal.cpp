// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrolledterminal.h"

#include "common/randomsource.h"
#include "crypto/sha256.h"
#include "terminals/terminalservice.h"

namespace tessera::test {

TerminalIdentity enrolTerminal(EngineFixture &server, SqliteDb &reader, const QString &name)
{
    TerminalService terminals(server.engine(), Sha256::digest({"ca"}));
    SecureRandom random;
    auto code = terminals.issueCode(random, name, server.ids().venue, 24, server.clock().nowMs());
    auto enrolled =
        terminals.enrol({{QStringLiteral("code"), code->value(QStringLiteral("code"))}});
    return TerminalTokens::identify(
               reader, "Bearer " + enrolled->value(QStringLiteral("token")).toString().toLatin1())
        .value();
}

} // namespace tessera::test
