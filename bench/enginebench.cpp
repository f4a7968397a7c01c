// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginebench.h"

#include "benchsales.h"
#include "benchstats.h"
#include "crypto/datakey.h"
#include "crypto/keyring.h"
#include "rawsqlitebaseline.h"
#include "sales/holdcommand.h"
#include "samerowsbaseline.h"
#include "venue/stadiumplangenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>
#include <thread>

namespace tessera::bench {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// One kind of sale, measured against plain SQLite writing its rows.
struct SaleRun
{
    QString name;         // "ga" or "seat"
    QString templatePath; // the database the engine starts each round from
    BenchEvent event;
    int sales = 0;
    qint64 quotaId = 0; // the GA quota the sales draw from; 0 for seats
    std::function<std::unique_ptr<Command>(int)> sale;
};

QJsonObject measure(const SaleRun &run, const EngineBenchOptions &o,
                    const std::function<void(const QString &)> &progress)
{
    const QDir dir(o.workDir);
    std::vector<double> engineRates, sameRates, rawRates, ratios, batches;
    QJsonArray ratioByRound;
    QStringList differences;
    qint64 enginePages = 0, samePages = 0;
    double bytesPerSale = 0;
    for (int round = 1; round <= o.rounds; ++round) {
        const QString enginePath = dir.filePath(QStringLiteral("%1-engine.db").arg(run.name));
        const QString samePath = dir.filePath(QStringLiteral("%1-same-rows.db").arg(run.name));
        const QString rawPath = dir.filePath(QStringLiteral("%1-raw.db").arg(run.name));
        progress(QStringLiteral("%1 round %2/%3: engine, %4 sales from %5 threads")
                     .arg(run.name)
                     .arg(round)
                     .arg(o.rounds)
                     .arg(run.sales)
                     .arg(o.threads));
        copyDatabase(run.templatePath, enginePath);
        const SalesMarks marks = SalesMarks::read(enginePath);
        double meanBatch = 0;
        {
            auto engine = openEngine(enginePath);
            const EngineStats before = engine->stats();
            auto [seconds, ok] = drive(*engine, run.sales, o.threads, o.inFlightPerThread, run.sale,
                                       QStringLiteral("sale-"));
            if (ok != run.sales)
                qFatal("bench: only %lld of %d sales succeeded", ok, run.sales);
            engineRates.push_back(double(ok) / seconds);
            const EngineStats after = engine->stats();
            meanBatch = double(after.commands - before.commands) /
                        double(qMax<qint64>(1, after.batches - before.batches));
            batches.push_back(meanBatch);
        }
        // The baselines commit as often as the engine did.
        const int batch = qMax(1, int(std::lround(meanBatch)));

        progress(QStringLiteral("%1 round %2/%3: plain SQLite writing the engine's rows, %4 a "
                                "commit")
                     .arg(run.name)
                     .arg(round)
                     .arg(o.rounds)
                     .arg(batch));
        const SameRowsBaseline rows = SameRowsBaseline::capture(enginePath, marks, run.quotaId);
        bytesPerSale = rows.bytesPerSale();
        copyDatabase(run.templatePath, samePath);
        {
            // On a thread of its own, as the engine's writer is: on this one
            // its SQLite page cache would come from heap the capture above
            // had just faulted in, while the writer, a new thread with a
            // malloc arena of its own, faults in every page its cache grows
            // by (17 600 a GA round, each a hypervisor exit here).
            double rate = 0;
            std::thread runner([&] { rate = rows.run(samePath, batch); });
            runner.join();
            sameRates.push_back(rate);
        }
        ratios.push_back(engineRates.back() / sameRates.back());
        ratioByRound.push_back(rounded(ratios.back(), 3));
        if (round == 1)
            differences = compareDatabases(enginePath, samePath, &enginePages, &samePages);

        progress(QStringLiteral("%1 round %2/%3: raw SQLite, two tiny rows a sale")
                     .arg(run.name)
                     .arg(round)
                     .arg(o.rounds));
        removeDatabase(rawPath);
        rawRates.push_back(rawSqliteSalesPerSecond(rawPath, run.sales, batch));
        removeDatabase(rawPath);
        if (!(o.keepDatabases && round == o.rounds)) {
            removeDatabase(enginePath);
            removeDatabase(samePath);
        }
    }

    progress(QStringLiteral("%1: %2 lone counter sales, one at a time")
                 .arg(run.name)
                 .arg(o.singleSales));
    std::vector<double> latencies;
    {
        const QString path = dir.filePath(QStringLiteral("%1-single.db").arg(run.name));
        copyDatabase(run.templatePath, path);
        auto engine = openEngine(path);
        for (int i = 0; i < o.singleSales; ++i) {
            QElapsedTimer t;
            t.start();
            CommandOutcome outcome = engine->execute(run.sale(i), QStringLiteral("one-%1").arg(i));
            latencies.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!outcome.result)
                qFatal("bench: single sale failed: %s",
                       qPrintable(outcome.result.error().toString()));
        }
        engine.reset();
        removeDatabase(path);
    }

    return QJsonObject{
        {QStringLiteral("engine_sales_per_s"), qRound64(median(engineRates))},
        {QStringLiteral("sqlite_same_rows_sales_per_s"), qRound64(median(sameRates))},
        {QStringLiteral("engine_vs_same_rows_ratio"), rounded(median(ratios), 3)},
        {QStringLiteral("ratio_by_round"), ratioByRound},
        {QStringLiteral("mean_batch"), rounded(median(batches), 1)},
        {QStringLiteral("single_sale_p50_ms"), rounded(percentile(latencies, 50), 3)},
        {QStringLiteral("single_sale_p99_ms"), rounded(percentile(latencies, 99), 3)},
        {QStringLiteral("raw_sqlite_sales_per_s"), qRound64(median(rawRates))},
        {QStringLiteral("sales_per_round"), run.sales},
        {QStringLiteral("row_bytes_per_sale"), rounded(bytesPerSale, 1)},
        {QStringLiteral("engine_db_pages"), enginePages},
        {QStringLiteral("same_rows_db_pages"), samePages},
        {QStringLiteral("same_rows_identical"), differences.isEmpty()},
        {QStringLiteral("same_rows_differences"), QJsonArray::fromStringList(differences)}};
}

// What the engine's writer pays per seat sale for the customer and the
// baseline does not (it binds the engine's sealed bytes): sealing the details
// (AES-256-GCM) and the two blind indexes, on one thread.
double sealMicrosecondsPerSale(int count)
{
    const DataKey key = DataKey::generate();
    qint64 bytes = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        const QString number = QString::number(i).rightJustified(6, QLatin1Char('0'));
        const QString name = QStringLiteral("Wang Xiaoming ") + number;
        const QString phone = QStringLiteral("+86 139 10") + number;
        const QString email =
            QStringLiteral("xiaoming.wang.") + number + QStringLiteral("@example.cn");
        bytes += SealedFields::sealCustomer(key, name, phone, email).size();
        bytes += SealedFields::phoneIndex(key, phone).size();
        bytes += SealedFields::nameIndex(key, name).size();
    }
    const double us = double(t.nsecsElapsed()) / 1e3 / count;
    return bytes > 0 ? us : 0.0;
}

// Sets an event up in a fresh database through the engine and closes it, so
// every round starts from a copy of the same file. Returns the event.
BenchEvent makeTemplate(const QString &path, SeatPlan plan, qint64 gaCapacity, double *ms)
{
    removeDatabase(path);
    auto engine = openEngine(path);
    QElapsedTimer t;
    t.start();
    BenchEvent event = setUpEvent(*engine, std::move(plan), gaCapacity);
    if (ms)
        *ms = double(t.nsecsElapsed()) / 1e6;
    engine.reset();
    // Opened once more so whatever an open writes is in the template already.
    openEngine(path).reset();
    return event;
}

} // namespace

QJsonObject runEngineBench(const EngineBenchOptions &o,
                           const std::function<void(const QString &)> &progress)
{
    QDir().mkpath(o.workDir);
    const QDir dir(o.workDir);

    progress(
        QStringLiteral("set-up: GA event on the theatre; stadium of %1 seats").arg(o.stadiumSeats));
    SaleRun ga;
    ga.name = QStringLiteral("ga");
    ga.templatePath = dir.filePath(QStringLiteral("ga-template.db"));
    ga.event = makeTemplate(ga.templatePath, StadiumPlanGenerator::theatre(),
                            qMax(o.sales, o.singleSales), nullptr);
    ga.sales = o.sales;
    ga.quotaId = ga.event.quota;
    ga.sale = [&event = ga.event](int) { return gaSale(event); };

    SaleRun seat;
    seat.name = QStringLiteral("seat");
    seat.templatePath = dir.filePath(QStringLiteral("seat-template.db"));
    double importMs = 0;
    seat.event = makeTemplate(seat.templatePath, StadiumPlanGenerator::stadium(o.stadiumSeats), 1,
                              &importMs);
    seat.sales = int(qMin<qsizetype>(o.sales, seat.event.seatGuids.size()));
    seat.sale = [&event = seat.event](int i) { return seatSale(event, i, i); };

    const QJsonObject gaFigures = measure(ga, o, progress);
    QJsonObject seatFigures = measure(seat, o, progress);
    seatFigures.insert(QStringLiteral("seal_and_index_us_per_sale"),
                       rounded(sealMicrosecondsPerSale(20000), 2));

    progress(QStringLiteral("stadium: hold 4 adjacent seats %1 times").arg(o.holds));
    double holdsPerSecond = 0;
    {
        // Groups of 4 adjacent seats, row by row.
        std::vector<QStringList> groups;
        for (const PlanZone &zone : std::as_const(seat.event.plan.zones)) {
            for (const PlanRow &row : zone.rows) {
                for (qsizetype i = 0; i + 4 <= row.seats.size(); i += 4) {
                    QStringList group;
                    for (qsizetype k = i; k < i + 4; ++k)
                        group.push_back(row.seats[k].seatGuid);
                    groups.push_back(group);
                }
            }
        }
        const QString path = dir.filePath(QStringLiteral("holds.db"));
        copyDatabase(seat.templatePath, path);
        auto engine = openEngine(path);
        const int holds = int(qMin<size_t>(size_t(o.holds), groups.size()));
        const qint64 eventId = seat.event.event;
        auto [seconds, ok] = drive(
            *engine, holds, o.threads, o.inFlightPerThread,
            [&](int i) {
                QList<SaleLine> lines;
                for (const QString &guid : groups[size_t(i)]) {
                    SaleLine line;
                    line.seatGuid = guid;
                    lines.push_back(line);
                }
                return std::make_unique<HoldCommand>(eventId, lines);
            },
            QStringLiteral("hold-"));
        if (ok != holds)
            qFatal("bench: only %lld of %d holds succeeded", ok, holds);
        holdsPerSecond = double(ok) / seconds;
        engine.reset();
        removeDatabase(path);
    }
    removeDatabase(ga.templatePath);
    removeDatabase(seat.templatePath);

    return QJsonObject{{QStringLiteral("ga"), gaFigures},
                       {QStringLiteral("seat"), seatFigures},
                       {QStringLiteral("seat_holds_per_s"), qRound64(holdsPerSecond)},
                       {QStringLiteral("stadium_import_ms"), qRound64(importMs)},
                       {QStringLiteral("stadium_seats"), qint64(seat.event.seatGuids.size())},
                       {QStringLiteral("rounds"), o.rounds},
                       {QStringLiteral("client_threads"), o.threads},
                       {QStringLiteral("in_flight"), o.threads * o.inFlightPerThread}};
}

} // namespace tessera::bench
