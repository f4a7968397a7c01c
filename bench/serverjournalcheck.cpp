// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverjournalcheck.h"

#include "storage/sqlitedb.h"

namespace tessera::bench {

QString JournalCheck::summary() const
{
    return QStringLiteral("rows %1, lost %2, duplicated %3, differing %4, extra %5")
        .arg(rows)
        .arg(lost)
        .arg(duplicated)
        .arg(differing)
        .arg(extra);
}

Result<JournalCheck> checkServerJournal(const QString &serverDatabase,
                                        const std::vector<ExpectedJournal> &expected)
{
    auto db = SqliteDb::open(serverDatabase, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto stmt = db->prepare(QStringLiteral(
        "SELECT seq, digest FROM terminal_journal WHERE terminal_id = ? ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    JournalCheck check;
    for (const ExpectedJournal &terminal : expected) {
        stmt->bind(1, terminal.terminalId);
        qint64 previous = 0;
        qint64 present = 0;
        auto r = stmt->forEachRow([&](SqliteStatement &s) {
            const qint64 seq = s.columnInt(0);
            ++check.rows;
            if (seq == previous) {
                ++check.duplicated;
                return;
            }
            previous = seq;
            if (seq < 1 || seq > terminal.end) {
                ++check.extra;
                return;
            }
            ++present;
            if (s.columnBlob(1) != terminal.digestOf(seq))
                ++check.differing;
        });
        if (!r)
            return r.error();
        check.lost += terminal.end - present;
    }
    return check;
}

} // namespace tessera::bench
