// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "inventoryaudit.h"
#include "resultassert.h"
#include "stressevent.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <semaphore>
#include <thread>
#include <vector>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr int kThreads = 8;
constexpr int kAttemptsPerThread = 10000;
constexpr int kInFlightPerThread = 32;
constexpr int kGaPercent = 10;  // a GA sale of one or two tickets
constexpr int kPairPercent = 5; // two random seats in one order, all or nothing

// What the callbacks saw; they run on the engine's answer thread.
struct RushTally
{
    std::atomic<qint64> orders{0};
    std::atomic<qint64> seatsSold{0};
    std::atomic<qint64> gaSold{0};
    std::atomic<qint64> seatRefusals{0};
    std::atomic<qint64> gaRefusals{0};
    std::mutex mutex;
    std::vector<qint64> journalSeqs;
    QStringList unexpected;

    void refusedWrongly(const QString &key, const QString &what)
    {
        std::lock_guard lock(mutex);
        if (unexpected.size() < 20)
            unexpected.push_back(key + QStringLiteral(": ") + what);
    }
};

quint32 rushSeed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("TESSERA_STRESS_SEED").toUInt(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate();
}

// One counter hammering the engine: single seats in a random order of its
// own (so every thread tries every seat), some GA sales and some seat pairs,
// with a bounded number of sales in flight.
void sellFromCounter(Engine &engine, const StressEvent::Ids &ids, int counter, quint32 seed,
                     RushTally &tally)
{
    QRandomGenerator rng(seed + quint32(counter));
    std::vector<qsizetype> seatOrder(size_t(ids.seats.size()));
    std::iota(seatOrder.begin(), seatOrder.end(), 0);
    std::shuffle(seatOrder.begin(), seatOrder.end(), rng);
    size_t nextSeat = 0;
    std::counting_semaphore<kInFlightPerThread> inFlight(kInFlightPerThread);

    for (int attempt = 0; attempt < kAttemptsPerThread; ++attempt) {
        inFlight.acquire();
        const QString key = QStringLiteral("rush-%1-%2").arg(counter).arg(attempt);
        const int roll = int(rng.bounded(100));
        std::unique_ptr<Command> command;
        qint64 seats = 0;
        qint64 tickets = 0;
        if (roll < kGaPercent) {
            tickets = rng.bounded(4) == 0 ? 2 : 1;
            command = StressEvent::gaSale(ids.event, ids.quota, tickets);
        } else if (roll < kGaPercent + kPairPercent) {
            const qsizetype first = rng.bounded(int(ids.seats.size()));
            const qsizetype second =
                (first + 1 + rng.bounded(int(ids.seats.size()) - 1)) % ids.seats.size();
            seats = 2;
            command = StressEvent::seatSale(ids.event, {ids.seats[first], ids.seats[second]});
        } else {
            seats = 1;
            command = StressEvent::seatSale(ids.event,
                                            {ids.seats[seatOrder[nextSeat++ % seatOrder.size()]]});
        }
        engine.submit(
            CommandRequest{std::move(command), key, QStringLiteral("counter-%1").arg(counter)},
            [&tally, &inFlight, key, seats, tickets](CommandOutcome outcome) {
                if (outcome.replayed) {
                    tally.refusedWrongly(key, QStringLiteral("answered as a replay"));
                } else if (outcome.result.ok()) {
                    tally.orders++;
                    tally.seatsSold += seats;
                    tally.gaSold += tickets;
                    std::lock_guard lock(tally.mutex);
                    tally.journalSeqs.push_back(outcome.journalSeq);
                } else if (seats && outcome.result.error().code == ErrorCode::SeatUnavailable) {
                    tally.seatRefusals++;
                } else if (tickets && outcome.result.error().code == ErrorCode::QuotaExhausted) {
                    tally.gaRefusals++;
                } else {
                    tally.refusedWrongly(key, outcome.result.error().codeName() +
                                                  QStringLiteral(" ") +
                                                  outcome.result.error().toString());
                }
                inFlight.release();
            });
    }
    // Every slot back means every answer is in.
    for (int i = 0; i < kInFlightPerThread; ++i)
        inFlight.acquire();
}

} // namespace

// Many counters selling one event at once: the writer must hand out every
// seat and GA ticket exactly once and refuse the rest for the right reason.
class TestEngineConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void rushSellsEverySeatAndTicketExactlyOnce()
    {
        EngineFixture f(false);
        const StressEvent::Layout layout; // 50 rows x 100 seats, GA 2 000
        auto ids = StressEvent::ensure(f.engine(), layout, QStringLiteral("rush"));
        TESSERA_VERIFY_OK(ids);
        QCOMPARE(ids->seats.size(), 5000);
        const quint32 seed = rushSeed();
        qInfo("seed %u (TESSERA_STRESS_SEED=%u reproduces the draw)", seed, seed);

        RushTally tally;
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> counters;
        for (int t = 0; t < kThreads; ++t)
            counters.emplace_back(sellFromCounter, std::ref(f.engine()), std::cref(*ids), t, seed,
                                  std::ref(tally));
        for (std::thread &t : counters)
            t.join();
        const qint64 elapsed = timer.elapsed();
        const EngineStats stats = f.engine().stats();
        qInfo("%d attempts by %d threads in %lld ms (%.0f/s), %lld commits: %lld orders, %lld "
              "seats, %lld GA; refused %lld seat and %lld GA sales",
              kThreads * kAttemptsPerThread, kThreads, elapsed,
              kThreads * kAttemptsPerThread * 1000.0 / qMax<qint64>(1, elapsed), stats.batches,
              tally.orders.load(), tally.seatsSold.load(), tally.gaSold.load(),
              tally.seatRefusals.load(), tally.gaRefusals.load());

        QVERIFY2(tally.unexpected.isEmpty(), qPrintable(tally.unexpected.join(QLatin1Char('\n'))));
        QCOMPARE(tally.seatsSold.load(), 5000);
        QCOMPARE(tally.gaSold.load(), layout.gaCapacity);
        QCOMPARE(tally.orders.load() + tally.seatRefusals.load() + tally.gaRefusals.load(),
                 qint64(kThreads) * kAttemptsPerThread);
        std::sort(tally.journalSeqs.begin(), tally.journalSeqs.end());
        QVERIFY(std::adjacent_find(tally.journalSeqs.begin(), tally.journalSeqs.end()) ==
                tally.journalSeqs.end());
        QVERIFY(tally.journalSeqs.front() > 0);

        f.close();
        auto audit = InventoryAudit::open(f.path());
        TESSERA_VERIFY_OK(audit);
        const QStringList storage = audit->checkStorage();
        QVERIFY2(storage.isEmpty(), qPrintable(storage.join(QLatin1Char('\n'))));
        const QStringList inventory = audit->checkInventory();
        QVERIFY2(inventory.isEmpty(), qPrintable(inventory.join(QLatin1Char('\n'))));

        auto count = [&](const QString &sql) {
            auto value = audit->scalar(sql, {ids->event});
            return value ? *value : -1;
        };
        // No refunds happen here, so no seat may be on two lines at all.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT ref_id FROM order_lines "
                                      "WHERE kind = 0 AND event_id = ? GROUP BY ref_id "
                                      "HAVING COUNT(*) > 1)")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM order_lines WHERE kind = 0 AND event_id = ?")),
                 5000);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM event_seats WHERE event_id = ? AND state = 2")),
                 5000);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM event_seats WHERE event_id = ? AND state <> 2")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT sold FROM ga_quotas WHERE event_id = ?")),
                 layout.gaCapacity);
        QCOMPARE(count(QStringLiteral("SELECT capacity - sold FROM ga_quotas WHERE event_id = ?")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM order_lines WHERE kind = 1 AND event_id = ?")),
                 layout.gaCapacity);
        auto plain = [&](const QString &sql) {
            auto value = audit->scalar(sql);
            return value ? *value : -1;
        };
        QCOMPARE(plain(QStringLiteral("SELECT COUNT(*) FROM orders")), tally.orders.load());
        QCOMPARE(plain(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state <> 1")), 0);
        QCOMPARE(plain(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'sell'")),
                 tally.orders.load());
        QCOMPARE(plain(QStringLiteral("SELECT MAX(seq) FROM journal")),
                 plain(QStringLiteral("SELECT COUNT(*) FROM journal")));
    }
};

QTEST_GUILESS_MAIN(TestEngineConcurrency)
#include "testengineconcurrency.moc"
