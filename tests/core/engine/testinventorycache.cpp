// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/inventory.h"
#include "enginefixture.h"
#include "resultassert.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <set>

using namespace tessera;
using namespace tessera::test;

// What the writer's inventory cache loads before the first sale (warm()).
class TestInventoryCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void warmLoadsTheEventsOnSaleOnly();
    void warmStopsAtItsSeatBudgetSoonestFirst();
    void warmedSeatsAreTheSeatsOnDisk();

private:
    static constexpr qint64 kDay = 24 * 3600 * 1000;
    // The events loaded by warm(now, budget) on a fresh cache of the file.
    std::set<qint64> warmed(qint64 now, qint64 budget, int *loaded = nullptr);

    std::unique_ptr<EngineFixture> m_fixture;
    qint64 m_start = 0;
    qint64 m_inTwoDays = 0; // on sale
    qint64 m_saleEnded = 0; // in three days, its sale ending in one
    qint64 m_cancelled = 0; // in four days, cancelled
    qint64 m_demo = 0;      // the demo event, in seven days
};

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

void TestInventoryCache::init()
{
    m_fixture = std::make_unique<EngineFixture>();
    m_start = m_fixture->clock().nowMs();
    m_demo = m_fixture->ids().event;
    // Every category of the demo theatre priced, as creating an event asks.
    QJsonArray prices;
    for (const PlanCategory &c : DemoSeeder::theatre().categories)
        prices.push_back(QJsonObject{{QStringLiteral("category"), c.name},
                                     {QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                     {QStringLiteral("amount"), 10000}});
    auto create = [&](const QString &name, qint64 startsAt, qint64 saleEndsAt) {
        QJsonObject json{{QStringLiteral("venue"), m_fixture->ids().venue},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("starts_at"), iso(startsAt)},
                         {QStringLiteral("currency"), QStringLiteral("CNY")},
                         {QStringLiteral("prices"), prices}};
        if (saleEndsAt)
            json.insert(QStringLiteral("sale_ends_at"), iso(saleEndsAt));
        const CommandOutcome out = m_fixture->run(QStringLiteral("create_event"), json);
        if (!out.result)
            qFatal("create_event: %s", qPrintable(out.result.error().toString()));
        return out.result.value()[QStringLiteral("event")].toInteger();
    };
    m_inTwoDays = create(QStringLiteral("Soon"), m_start + 2 * kDay, 0);
    m_saleEnded = create(QStringLiteral("Sale ends early"), m_start + 3 * kDay, m_start + kDay);
    m_cancelled = create(QStringLiteral("Called off"), m_start + 4 * kDay, 0);
    m_fixture->close();
    auto db = SqliteDb::open(m_fixture->path());
    QVERIFY(db.ok());
    TESSERA_VERIFY_OK(db->exec(QStringLiteral("UPDATE events SET cancelled_at = %1 WHERE id = %2")
                                   .arg(m_start)
                                   .arg(m_cancelled)));
}

void TestInventoryCache::cleanup()
{
    m_fixture.reset();
}

std::set<qint64> TestInventoryCache::warmed(qint64 now, qint64 budget, int *loaded)
{
    auto db = SqliteDb::open(m_fixture->path());
    if (!db)
        qFatal("open: %s", qPrintable(db.error().toString()));
    InventoryCache cache(*db);
    auto count = cache.warm(now, budget);
    if (!count)
        qFatal("warm: %s", qPrintable(count.error().toString()));
    if (loaded)
        *loaded = *count;
    std::set<qint64> ids;
    for (const EventInventory *event : cache.loadedEvents())
        ids.insert(event->eventId);
    return ids;
}

void TestInventoryCache::warmLoadsTheEventsOnSaleOnly()
{
    int loaded = 0;
    QCOMPARE(warmed(m_start, 1'000'000, &loaded),
             (std::set<qint64>{m_inTwoDays, m_saleEnded, m_demo}));
    QCOMPARE(loaded, 3);
    // A day and a bit later the early sale has closed; two days later the
    // first event has begun. Cancelled events are never loaded.
    QCOMPARE(warmed(m_start + kDay + 1, 1'000'000), (std::set<qint64>{m_inTwoDays, m_demo}));
    QCOMPARE(warmed(m_start + 2 * kDay + 1, 1'000'000), (std::set<qint64>{m_demo}));
    QCOMPARE(warmed(m_start + 8 * kDay, 1'000'000), std::set<qint64>{});
}

void TestInventoryCache::warmStopsAtItsSeatBudgetSoonestFirst()
{
    int loaded = 0;
    // One seat's budget: the soonest event is loaded whole, nothing after it.
    QCOMPARE(warmed(m_start, 1, &loaded), std::set<qint64>{m_inTwoDays});
    QCOMPARE(loaded, 1);
    QCOMPARE(warmed(m_start, 0, &loaded), std::set<qint64>{});
    QCOMPARE(loaded, 0);
}

void TestInventoryCache::warmedSeatsAreTheSeatsOnDisk()
{
    auto db = SqliteDb::open(m_fixture->path());
    QVERIFY(db.ok());
    InventoryCache cache(*db);
    TESSERA_VERIFY_OK(cache.warm(m_start, 1'000'000));
    auto demo = cache.event(m_demo); // already loaded: no second read
    QVERIFY(demo.ok());
    const qint64 seats = m_fixture->scalar(
        QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = %1").arg(m_demo));
    QVERIFY(seats > 0);
    QCOMPARE(qint64((*demo)->seats.size()), seats);
    const std::vector<EventInventory *> events = cache.loadedEvents();
    QVERIFY(std::find(events.begin(), events.end(), *demo) != events.end());
}

QTEST_GUILESS_MAIN(TestInventoryCache)
#include "testinventorycache.moc"
