// SPDX-License-Identifier: GPL-3.0-or-later
// record_sync_state and SyncIncidents: the first failed call opens an
// incident, later ones only raise its peak backlog, a good call ends it;
// reading by range takes the incidents that overlap it; bad input is
// refused by field.
#include "enginefixture.h"
#include "replica/recordsyncstatecommand.h"
#include "replica/syncincidents.h"
#include "resultassert.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kMinute = 60'000;

} // namespace

class TestRecordSyncStateCommand : public QObject
{
    Q_OBJECT

private:
    int m_keys = 0;

    Result<QJsonObject> record(EngineFixture &f, const char *state, qint64 backlog,
                               const QString &message = {})
    {
        auto outcome = f.engine().execute(
            std::make_unique<RecordSyncStateCommand>(QLatin1String(state), message, backlog),
            QStringLiteral("sync-state-%1").arg(++m_keys));
        if (!outcome.result)
            return outcome.result.error();
        return outcome.result.value();
    }

    QList<SyncIncident> incidents(EngineFixture &f, qint64 from = 0, qint64 to = 0)
    {
        SqliteDb db = f.reader();
        return SyncIncidents::read(db, from, to).value();
    }

private slots:
    void aFailedCallOpensOneIncidentAndAGoodOneEndsIt()
    {
        EngineFixture f;
        const qint64 start = f.clock().nowMs();
        TESSERA_VERIFY_OK(record(f, "online", 0)); // nothing open: nothing to end
        QVERIFY(incidents(f).isEmpty());

        TESSERA_VERIFY_OK(record(f, "offline", 1, QStringLiteral("Connection refused")));
        f.clock().advance(kMinute);
        TESSERA_VERIFY_OK(record(f, "offline", 7, QStringLiteral("Host unreachable")));
        f.clock().advance(kMinute);
        TESSERA_VERIFY_OK(record(f, "failing", 4));
        QList<SyncIncident> list = incidents(f);
        QCOMPARE(list.size(), 1);
        QVERIFY(list[0].isOpen());
        QCOMPARE(list[0].state, QStringLiteral("offline"));
        QCOMPARE(list[0].message, QStringLiteral("Connection refused")); // the first error
        QCOMPARE(list[0].startedAtMs, start);
        QCOMPARE(list[0].peakBacklog, 7);

        f.clock().advance(kMinute);
        TESSERA_VERIFY_OK(record(f, "online", 9));
        list = incidents(f);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].endedAtMs, start + 3 * kMinute);
        QCOMPARE(list[0].peakBacklog, 9);

        // The next outage is an incident of its own.
        f.clock().advance(10 * kMinute);
        TESSERA_VERIFY_OK(record(f, "revoked", 0, QStringLiteral("BOX-1 was revoked")));
        list = incidents(f);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[1].state, QStringLiteral("revoked"));
        QVERIFY(list[1].isOpen());
    }

    void aRangeTakesTheIncidentsThatOverlapIt()
    {
        EngineFixture f;
        const qint64 t0 = f.clock().nowMs();
        TESSERA_VERIFY_OK(record(f, "offline", 1)); // t0 .. t0+2m
        f.clock().advance(2 * kMinute);
        TESSERA_VERIFY_OK(record(f, "online", 1));
        f.clock().advance(8 * kMinute);
        TESSERA_VERIFY_OK(record(f, "offline", 1)); // t0+10m, still open

        QCOMPARE(incidents(f, t0 + kMinute, t0 + 3 * kMinute).size(), 1); // overlaps the first
        QCOMPARE(incidents(f, t0 + 3 * kMinute, t0 + 9 * kMinute).size(), 0);
        QCOMPARE(incidents(f, t0 + 3 * kMinute, t0 + 11 * kMinute).size(), 1);
        QCOMPARE(incidents(f, t0 + 20 * kMinute, 0).size(), 1); // the open one goes on
        QCOMPARE(incidents(f, 0, t0).size(), 0);
    }

    void badInputIsRefusedByField()
    {
        auto unknown =
            RecordSyncStateCommand::fromJson({{QStringLiteral("state"), QStringLiteral("asleep")}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().where, QStringLiteral("state"));
        auto negative =
            RecordSyncStateCommand::fromJson({{QStringLiteral("state"), QStringLiteral("offline")},
                                              {QStringLiteral("backlog"), -1}});
        QVERIFY(!negative.ok());
        QCOMPARE(negative.error().where, QStringLiteral("backlog"));
        auto extra = RecordSyncStateCommand::fromJson(
            {{QStringLiteral("state"), QStringLiteral("online")}, {QStringLiteral("seat"), 1}});
        QVERIFY(!extra.ok());
        auto good = RecordSyncStateCommand::fromJson(
            {{QStringLiteral("state"), QStringLiteral("failing")},
             {QStringLiteral("message"), QStringLiteral("refused")}});
        QVERIFY(good.ok());
        QCOMPARE((*good)->toJson().value(QStringLiteral("message")).toString(),
                 QStringLiteral("refused"));
    }
};

QTEST_GUILESS_MAIN(TestRecordSyncStateCommand)
#include "testrecordsyncstatecommand.moc"
