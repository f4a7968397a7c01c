// SPDX-License-Identifier: GPL-3.0-or-later
// What the status bar says about the server, for each state, with the last
// sync in the box office's zone (the PC elsewhere).
#include "console/venuetime.h"
#include "shell/syncstatuslabel.h"

#include <QTest>
#include <QTimeZone>

using namespace tessera;

class TestSyncStatusLabel : public QObject
{
    Q_OBJECT

private slots:
    void eachStateSaysWhereTheConsoleStands()
    {
        qputenv("TZ", "America/New_York");
        const VenueTime shanghai(QTimeZone("Asia/Shanghai"), QLocale(QLocale::English));
        SyncStatus s;
        s.local = 120;
        s.acked = 108;
        s.lastSyncMs = QDateTime(QDate(2026, 12, 3), QTime(6, 5), Qt::UTC).toMSecsSinceEpoch();

        s.state = SyncStatus::State::NotEnrolled;
        QVERIFY(SyncStatusLabel::text(s, shanghai).isEmpty());

        s.state = SyncStatus::State::Offline;
        const QString offline = SyncStatusLabel::text(s, shanghai);
        QVERIFY2(offline.contains(QStringLiteral("offline")), qPrintable(offline));
        QVERIFY2(offline.contains(QStringLiteral("12 to send")), qPrintable(offline));
        QVERIFY2(offline.contains(QStringLiteral("14:05")), qPrintable(offline)); // UTC+8
        QVERIFY(offline.contains(QStringLiteral("selling goes on")));

        s.state = SyncStatus::State::Online;
        s.acked = 120;
        const QString online = SyncStatusLabel::text(s, shanghai);
        QVERIFY2(online.contains(QStringLiteral("online")), qPrintable(online));
        QVERIFY2(online.contains(QStringLiteral("0 to send")), qPrintable(online));

        s.state = SyncStatus::State::Revoked;
        s.acked = 100;
        QVERIFY(SyncStatusLabel::text(s, shanghai).contains(QStringLiteral("revoked")));
        QVERIFY(SyncStatusLabel::text(s, shanghai).contains(QStringLiteral("20")));

        s.lastSyncMs = 0;
        s.state = SyncStatus::State::Offline;
        QVERIFY(SyncStatusLabel::text(s, shanghai).contains(QStringLiteral("never")));
    }
};

QTEST_MAIN(TestSyncStatusLabel)
#include "testsyncstatuslabel.moc"
