// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera::test {

// The attacker who holds the database file but not the data key: runs `sql`
// through the real sqlite3 command-line shell on `databasePath`, after
// dropping the audit log's append-only triggers as such an attacker would.
// Fails the current test (QFAIL) when the shell is missing or the SQL fails;
// call through QVERIFY(runAsAttacker(...)).
bool runAsAttacker(const QString &databasePath, const QString &sql);

} // namespace tessera::test
