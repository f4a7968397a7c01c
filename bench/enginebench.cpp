// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginebench.h"

#include "benchstats.h"
#include "engine/engine.h"
#include "rawsqlitebaseline.h"
#include "sales/holdcommand.h"
#include "sales/sellcommand.h"
#include "setup/createeventcommand.h"
#include "setup/createvenuecommand.h"
#include "venue/seatplanwriter.h"
#include "venue/stadiumplangenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <atomic>
#include <latch>
#include <semaphore>
#include <thread>

namespace tessera::bench {

namespace {

std::unique_ptr<Engine> openEngine(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    EngineOptions options;
    options.path = path;
    options.terminalId = QStringLiteral("BENCH");
    auto engine = Engine::open(options);
    if (!engine)
        qFatal("bench: cannot open engine: %s", qPrintable(engine.error().toString()));
    return std::move(*engine);
}

QJsonObject mustRun(Engine &engine, Result<std::unique_ptr<Command>> command, const QString &key)
{
    if (!command)
        qFatal("bench: bad setup command: %s", qPrintable(command.error().toString()));
    CommandOutcome outcome = engine.execute(std::move(*command), key);
    if (!outcome.result)
        qFatal("bench: setup failed: %s", qPrintable(outcome.result.error().toString()));
    return outcome.result.value();
}

struct Venue
{
    qint64 event = 0;
    qint64 quota = 0;
    SeatPlan plan;
};

// A venue from `plan` and an event on it with every category priced and a GA
// quota of `gaCapacity`.
Venue setUpEvent(Engine &engine, SeatPlan plan, qint64 gaCapacity)
{
    Venue v;
    const QJsonObject venue =
        mustRun(engine, CreateVenueCommand::fromPlanFile(SeatPlanWriter::toJson(plan), {}, {}),
                QStringLiteral("bench:venue"));
    QJsonArray prices;
    for (const PlanCategory &c : std::as_const(plan.categories))
        prices.push_back(QJsonObject{{QStringLiteral("category"), c.name},
                                     {QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                     {QStringLiteral("amount"), 10000}});
    const QJsonObject event = mustRun(
        engine,
        CreateEventCommand::fromJson(QJsonObject{
            {QStringLiteral("venue"), venue[QStringLiteral("venue")]},
            {QStringLiteral("name"), QStringLiteral("Bench night")},
            {QStringLiteral("starts_at"), QStringLiteral("2030-01-01T19:00:00Z")},
            {QStringLiteral("currency"), QStringLiteral("CNY")},
            {QStringLiteral("prices"), prices},
            {QStringLiteral("ga"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("Floor")},
                 {QStringLiteral("capacity"), gaCapacity},
                 {QStringLiteral("prices"),
                  QJsonArray{QJsonObject{{QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                         {QStringLiteral("amount"), 12000}}}}}}}}),
        QStringLiteral("bench:event"));
    v.event = event[QStringLiteral("event")].toInteger();
    v.quota = event[QStringLiteral("ga")].toArray().first()[QStringLiteral("ga")].toInteger();
    v.plan = std::move(plan);
    return v;
}

std::unique_ptr<Command> gaSale(qint64 event, qint64 quota)
{
    SellCommand::Input in;
    in.eventId = event;
    SaleLine line;
    line.kind = ItemKind::GeneralAdmission;
    line.refId = quota;
    line.ticketType = QStringLiteral("adult");
    in.lines = {line};
    PaymentInput cash;
    cash.method = QStringLiteral("cash");
    cash.amount = 12000;
    in.payments = {cash};
    return std::make_unique<SellCommand>(std::move(in));
}

// Runs `count` commands from `threads` client threads, each keeping up to
// `inFlight` submitted and unanswered. A client sleeps until a sixteenth of
// its window has been answered and then refills it, as a server thread does
// with the requests one poll() hands it, rather than waking once per answer.
// Returns (seconds, succeeded).
std::pair<double, qint64> drive(Engine &engine, int count, int threads, int inFlight,
                                const std::function<std::unique_ptr<Command>(int)> &make,
                                const QString &keyPrefix)
{
    std::atomic<qint64> ok{0};
    std::latch finished(count);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> clients;
    const int refill = qMax(1, inFlight / 16);
    for (int t = 0; t < threads; ++t) {
        clients.emplace_back([&, t] {
            // Answers not yet counted back into the window.
            std::atomic<int> answered{0};
            int outstanding = 0;
            const int mine = count / threads + (t < count % threads ? 1 : 0);
            int submitted = 0;
            for (int i = t; i < count; i += threads) {
                if (outstanding == inFlight) {
                    int seen = answered.load(std::memory_order_acquire);
                    while (seen < refill && seen < outstanding) {
                        answered.wait(seen, std::memory_order_acquire);
                        seen = answered.load(std::memory_order_acquire);
                    }
                    outstanding -= answered.exchange(0, std::memory_order_acq_rel);
                }
                ++outstanding;
                ++submitted;
                engine.submit(CommandRequest{make(i), keyPrefix + QString::number(i), {}},
                              [&](CommandOutcome outcome) {
                                  if (outcome.result.ok())
                                      ok.fetch_add(1, std::memory_order_relaxed);
                                  if (answered.fetch_add(1, std::memory_order_acq_rel) + 1 ==
                                      refill)
                                      answered.notify_one();
                                  finished.count_down();
                              });
            }
            Q_ASSERT(submitted == mine);
            // The callbacks use `answered`: stay until every one has run.
            finished.wait();
        });
    }
    finished.wait();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (std::thread &c : clients)
        c.join();
    return {seconds, ok.load()};
}

} // namespace

QJsonObject runEngineBench(const EngineBenchOptions &o,
                           const std::function<void(const QString &)> &progress)
{
    QDir().mkpath(o.workDir);
    const QString enginePath = QDir(o.workDir).filePath(QStringLiteral("engine.db"));
    std::vector<double> raw, sameRows, sold, ratios, sameRowsRatios;
    qint64 batches = 0, commands = 0;
    for (int round = 1; round <= o.rounds; ++round) {
        progress(QStringLiteral("round %1/%2: raw SQLite, %3 sales")
                     .arg(round)
                     .arg(o.rounds)
                     .arg(o.sales));
        const QString rawPath = QDir(o.workDir).filePath(QStringLiteral("raw-%1.db").arg(round));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(rawPath + suffix);
        raw.push_back(rawSqliteSalesPerSecond(rawPath, o.sales, 1000));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(rawPath + suffix);

        progress(QStringLiteral("round %1/%2: plain SQLite writing the engine's rows")
                     .arg(round)
                     .arg(o.rounds));
        const QString samePath = QDir(o.workDir).filePath(QStringLiteral("same-%1.db").arg(round));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(samePath + suffix);
        sameRows.push_back(sameRowsSalesPerSecond(samePath, o.sales, 2000));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(samePath + suffix);

        progress(QStringLiteral("round %1/%2: engine, %3 sales from %4 threads")
                     .arg(round)
                     .arg(o.rounds)
                     .arg(o.sales)
                     .arg(o.threads));
        auto engine = openEngine(enginePath);
        const Venue v = setUpEvent(*engine, StadiumPlanGenerator::theatre(), o.sales);
        const EngineStats before = engine->stats();
        auto [seconds, ok] = drive(
            *engine, o.sales, o.threads, o.inFlightPerThread,
            [&](int) { return gaSale(v.event, v.quota); }, QStringLiteral("sale-"));
        if (ok != o.sales)
            qFatal("bench: only %lld of %d sales succeeded", ok, o.sales);
        sold.push_back(double(ok) / seconds);
        ratios.push_back(sold.back() / raw.back());
        sameRowsRatios.push_back(sold.back() / sameRows.back());
        batches += engine->stats().batches - before.batches;
        commands += engine->stats().commands - before.commands;
    }

    progress(QStringLiteral("single sales: %1, one at a time").arg(o.singleSales));
    std::vector<double> latencies;
    {
        auto engine = openEngine(enginePath);
        const Venue v = setUpEvent(*engine, StadiumPlanGenerator::theatre(), o.singleSales);
        for (int i = 0; i < o.singleSales; ++i) {
            QElapsedTimer t;
            t.start();
            CommandOutcome outcome =
                engine->execute(gaSale(v.event, v.quota), QStringLiteral("one-%1").arg(i));
            latencies.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!outcome.result)
                qFatal("bench: single sale failed: %s",
                       qPrintable(outcome.result.error().toString()));
        }
    }

    progress(QStringLiteral("stadium: import %1 seats, hold 4 adjacent seats %2 times")
                 .arg(o.stadiumSeats)
                 .arg(o.holds));
    double importMs = 0;
    double holdsPerSecond = 0;
    {
        auto engine = openEngine(enginePath);
        QElapsedTimer t;
        t.start();
        const Venue v = setUpEvent(*engine, StadiumPlanGenerator::stadium(o.stadiumSeats), 1);
        importMs = double(t.nsecsElapsed()) / 1e6;
        // Groups of 4 adjacent seats, row by row.
        std::vector<QStringList> groups;
        for (const PlanZone &zone : std::as_const(v.plan.zones)) {
            for (const PlanRow &row : zone.rows) {
                for (qsizetype i = 0; i + 4 <= row.seats.size(); i += 4) {
                    QStringList group;
                    for (qsizetype k = i; k < i + 4; ++k)
                        group.push_back(row.seats[k].seatGuid);
                    groups.push_back(group);
                }
            }
        }
        const int holds = int(qMin<size_t>(size_t(o.holds), groups.size()));
        auto [seconds, ok] = drive(
            *engine, holds, o.threads, o.inFlightPerThread,
            [&](int i) {
                QList<SaleLine> lines;
                for (const QString &guid : groups[size_t(i)]) {
                    SaleLine line;
                    line.seatGuid = guid;
                    lines.push_back(line);
                }
                return std::make_unique<HoldCommand>(v.event, lines);
            },
            QStringLiteral("hold-"));
        if (ok != holds)
            qFatal("bench: only %lld of %d holds succeeded", ok, holds);
        holdsPerSecond = double(ok) / seconds;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(enginePath + suffix);

    return QJsonObject{
        {QStringLiteral("raw_sqlite_sales_per_s"), qRound64(median(raw))},
        {QStringLiteral("engine_sales_per_s"), qRound64(median(sold))},
        {QStringLiteral("ratio"), qRound(median(ratios) * 1000) / 1000.0},
        {QStringLiteral("sqlite_same_rows_sales_per_s"), qRound64(median(sameRows))},
        {QStringLiteral("engine_vs_same_rows_ratio"),
         qRound(median(sameRowsRatios) * 1000) / 1000.0},
        {QStringLiteral("single_sale_p50_ms"), qRound(percentile(latencies, 50) * 1000) / 1000.0},
        {QStringLiteral("single_sale_p99_ms"), qRound(percentile(latencies, 99) * 1000) / 1000.0},
        {QStringLiteral("seat_holds_per_s"), qRound64(holdsPerSecond)},
        {QStringLiteral("stadium_import_ms"), qRound64(importMs)},
        {QStringLiteral("mean_batch_size"), commands ? double(commands) / double(batches) : 0.0},
        {QStringLiteral("rounds"), o.rounds},
        {QStringLiteral("sales_per_round"), o.sales},
        {QStringLiteral("client_threads"), o.threads},
        {QStringLiteral("in_flight"), o.threads * o.inFlightPerThread}};
}

} // namespace tessera::bench
