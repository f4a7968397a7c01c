// SPDX-License-Identifier: GPL-3.0-or-later
// SyncMark: what the server last acknowledged, kept beside the database for
// a console started offline; only the mark of the same enrolment is taken.
#include "syncmark.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestSyncMark : public QObject
{
    Q_OBJECT

private slots:
    void aMarkComesBackForItsTerminal()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tessera.db"));
        QCOMPARE(SyncMark::load(db, 7), SyncMark());
        const SyncMark mark{7, 1234, 1'764'000'000'000};
        QVERIFY(mark.save(db).ok());
        QCOMPARE(SyncMark::load(db, 7), mark);
        // 0600, as the database and the server link.
        const QFileDevice::Permissions perms = QFile::permissions(SyncMark::pathFor(db));
        QVERIFY(perms.testFlag(QFile::ReadOwner) && perms.testFlag(QFile::WriteOwner));
        QVERIFY(!(perms &
                  (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        // Enrolled again, as another terminal: the old mark says nothing.
        QCOMPARE(SyncMark::load(db, 8), SyncMark());
        QCOMPARE(SyncMark::load(db, 0), SyncMark());
    }

    void aDamagedMarkIsNoMark()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tessera.db"));
        QFile file(SyncMark::pathFor(db));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"terminal_id\": 7, \"acked\": -5");
        file.close();
        QCOMPARE(SyncMark::load(db, 7), SyncMark());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"terminal_id\": 7, \"acked\": -5, \"last_sync_ms\": 1}");
        file.close();
        QCOMPARE(SyncMark::load(db, 7), SyncMark());
    }

    void aFolderThatCannotBeWrittenIsSaid()
    {
        const SyncMark mark{7, 1, 1};
        auto saved = mark.save(QStringLiteral("/nonexistent-folder/tessera.db"));
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(QStringLiteral("tessera.db.sync.json")));
    }
};

QTEST_GUILESS_MAIN(TestSyncMark)
#include "testsyncmark.moc"
