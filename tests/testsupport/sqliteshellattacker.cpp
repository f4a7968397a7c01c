// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteshellattacker.h"

#include <QProcess>
#include <QTest>

namespace tessera::test {

bool runAsAttacker(const QString &databasePath, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"),
                {databasePath, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update; "
                                              "DROP TRIGGER IF EXISTS audit_log_no_delete; ") +
                                   sql});
    if (!shell.waitForStarted()) {
        QTest::qFail("the sqlite3 command-line shell is missing (apt install sqlite3)", __FILE__,
                     __LINE__);
        return false;
    }
    if (!shell.waitForFinished(30'000) || shell.exitStatus() != QProcess::NormalExit ||
        shell.exitCode() != 0) {
        QTest::qFail(shell.readAllStandardError().constData(), __FILE__, __LINE__);
        return false;
    }
    return true;
}

} // namespace tessera::test
