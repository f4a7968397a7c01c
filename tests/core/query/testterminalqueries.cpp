// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "query/terminalqueries.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestTerminalQueries : public QObject
{
    Q_OBJECT

private slots:
    void theTerminalIdIsTheEnginesOne()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto id = TerminalQueries(db).terminalId();
        QVERIFY(id.ok());
        QCOMPARE(*id, f.engine().terminalId());
    }

    void theVenueIsTheBoxOfficesFirstVenue()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto venue = TerminalQueries(db).venueName();
        QVERIFY(venue.ok());
        QVERIFY(!venue->isEmpty());
        QCOMPARE(
            *venue,
            f.text(QStringLiteral("SELECT name FROM venues WHERE id = %1").arg(f.ids().venue)));
        EngineFixture empty(false);
        SqliteDb none = empty.reader();
        auto noVenue = TerminalQueries(none).venueName();
        QVERIFY(noVenue.ok());
        QVERIFY(noVenue->isEmpty());
    }

    void aFileWithoutOneSaysSo()
    {
        EngineFixture f;
        f.close();
        {
            auto db = SqliteDb::open(f.path());
            QVERIFY(
                db->exec(QStringLiteral("DELETE FROM settings WHERE key = 'terminal_id'")).ok());
        }
        auto db = SqliteDb::open(f.path(), SqliteDb::Mode::ReadOnly);
        auto id = TerminalQueries(*db).terminalId();
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::StorageError);
        QCOMPARE(id.error().where, QStringLiteral("terminal_id"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalQueries)
#include "testterminalqueries.moc"
