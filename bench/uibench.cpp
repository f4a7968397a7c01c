// SPDX-License-Identifier: GPL-3.0-or-later
#include "uibench.h"

#include "benchstats.h"
#include "coldstart.h"
#include "counterstall.h"
#include "engine/engine.h"
#include "largedatabase.h"
#include "seatmap/seatmapreader.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"
#include "setup/createeventcommand.h"
#include "setup/createvenuecommand.h"
#include "storage/sqlitedb.h"
#include "venue/seatplanwriter.h"
#include "venue/stadiumplangenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <numbers>

namespace tessera::bench {

namespace {

QJsonObject mustRun(Engine &engine, Result<std::unique_ptr<Command>> command, const QString &key)
{
    if (!command)
        qFatal("bench: bad setup command: %s", qPrintable(command.error().toString()));
    CommandOutcome outcome = engine.execute(std::move(*command), key);
    if (!outcome.result)
        qFatal("bench: setup failed: %s", qPrintable(outcome.result.error().toString()));
    return outcome.result.value();
}

// A database with the stadium and one event on it; returns the event's id.
qint64 createStadiumEvent(const QString &path, int seats)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    EngineOptions options;
    options.shiftRule = ShiftRule::None; // sells cash without opening a shift
    options.path = path;
    options.terminalId = QStringLiteral("BENCH");
    auto engine = Engine::open(options);
    if (!engine)
        qFatal("bench: cannot open engine: %s", qPrintable(engine.error().toString()));
    const SeatPlan plan = StadiumPlanGenerator::stadium(seats);
    const QJsonObject venue =
        mustRun(**engine, CreateVenueCommand::fromPlanFile(SeatPlanWriter::toJson(plan), {}, {}),
                QStringLiteral("bench:venue"));
    QJsonArray prices;
    for (const PlanCategory &c : plan.categories)
        prices.push_back(QJsonObject{{QStringLiteral("category"), c.name},
                                     {QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                     {QStringLiteral("amount"), 10000}});
    const QJsonObject event =
        mustRun(**engine,
                CreateEventCommand::fromJson(QJsonObject{
                    {QStringLiteral("venue"), venue[QStringLiteral("venue")]},
                    {QStringLiteral("name"), QStringLiteral("Bench derby")},
                    {QStringLiteral("starts_at"), QStringLiteral("2030-01-01T19:00:00Z")},
                    {QStringLiteral("currency"), QStringLiteral("CNY")},
                    {QStringLiteral("prices"), prices}}),
                QStringLiteral("bench:event"));
    return event[QStringLiteral("event")].toInteger();
}

// A sold-out-in-places look: about 40 % sold and a few held, in runs, so the
// frames draw every kind of seat.
void markSomeSeatsTaken(SeatMapData &data)
{
    quint32 x = 2463534242u;
    for (SeatMapSeat &s : data.seats) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        const quint32 roll = x % 100;
        s.state = roll < 40 ? SeatState::Sold : roll < 43 ? SeatState::Held : SeatState::Available;
    }
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double rounded(double v)
{
    return std::round(v * 100) / 100;
}

// The console started again and again on a database with a long history.
QJsonObject coldStartFigures(const UiBenchOptions &o,
                             const std::function<void(const QString &)> &progress)
{
    auto path = LargeDatabase::ensure({o.dataDir, o.orders}, progress);
    if (!path)
        qFatal("bench: %s", qPrintable(path.error().toString()));
    auto samples = ColdStart::measure(*path, o.coldStartRuns, progress);
    if (!samples)
        qFatal("bench: %s", qPrintable(samples.error().toString()));
    std::vector<double> totals, launches, opens, windows;
    for (const ColdStartSample &s : *samples) {
        totals.push_back(s.totalMs);
        launches.push_back(s.launchMs);
        opens.push_back(s.engineOpenMs);
        windows.push_back(s.windowMs);
    }
    return QJsonObject{{QStringLiteral("orders"), o.orders},
                       {QStringLiteral("cold_start_runs"), o.coldStartRuns},
                       {QStringLiteral("cold_start_ms"), rounded(median(totals))},
                       {QStringLiteral("cold_start_p90_ms"), rounded(percentile(totals, 90))},
                       {QStringLiteral("cold_start_max_ms"), rounded(percentile(totals, 100))},
                       {QStringLiteral("cold_start_engine_open_ms"), rounded(median(opens))},
                       {QStringLiteral("cold_start_window_ms"), rounded(median(windows))},
                       {QStringLiteral("cold_start_launch_ms"), rounded(median(launches))}};
}

} // namespace

QJsonObject runUiBench(const UiBenchOptions &o,
                       const std::function<void(const QString &)> &progress)
{
    QJsonObject figures;
    if (o.orders > 0)
        figures = coldStartFigures(o, progress);

    const QString path = QDir(o.workDir).filePath(QStringLiteral("ui-bench.db"));
    progress(QStringLiteral("stadium: import %1 seats").arg(o.stadiumSeats));
    const qint64 eventId = createStadiumEvent(path, o.stadiumSeats);

    std::vector<double> loads, firstPaints, fullFrames, panMeans, panP99s;
    qsizetype seatCount = 0;
    double panZoom = 0;
    for (int round = 0; round < o.rounds; ++round) {
        progress(QStringLiteral("round %1 of %2: load, first paint, pan %3 frames")
                     .arg(round + 1)
                     .arg(o.rounds)
                     .arg(o.panSteps));
        auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
        if (!db)
            qFatal("bench: %s", qPrintable(db.error().toString()));
        QElapsedTimer t;
        t.start();
        auto data = SeatMapReader::read(*db, eventId);
        loads.push_back(msSince(t));
        if (!data)
            qFatal("bench: %s", qPrintable(data.error().toString()));
        seatCount = qsizetype(data->seats.size());
        markSomeSeatsTaken(*data);

        SeatMapView view;
        view.resize(1600, 1000);
        view.show();
        QCoreApplication::processEvents();
        t.restart();
        view.setSeatMap(std::move(*data));
        QPixmap frame = view.viewport()->grab();
        firstPaints.push_back(msSince(t));

        for (int i = 0; i < 5; ++i) {
            t.restart();
            frame = view.viewport()->grab();
            fullFrames.push_back(msSince(t));
        }
        if (!qEnvironmentVariableIsEmpty("TESSERA_BENCH_FRAMES") && round == 0)
            frame.save(QDir(qEnvironmentVariable("TESSERA_BENCH_FRAMES"))
                           .filePath(QStringLiteral("seatmap-full.png")));

        // Mid zoom: seats about 9 pixels across, circles rather than dots.
        view.zoomBy(9.0 / (2 * 10 * view.zoom()));
        panZoom = view.zoom();
        // Around the bowl, where the seats are, one frame per step.
        const QRectF bounds = view.seatMapScene()->seatsBounds();
        // For a look at what was timed: TESSERA_BENCH_FRAMES=<folder>.
        const QString framesDir = qEnvironmentVariable("TESSERA_BENCH_FRAMES");
        if (!framesDir.isEmpty() && round == 0)
            view.viewport()->grab().save(
                QDir(framesDir).filePath(QStringLiteral("seatmap-mid-zoom.png")));
        std::vector<double> frames;
        for (int step = 0; step < o.panSteps; ++step) {
            const double angle = 2 * std::numbers::pi * step / o.panSteps;
            const QPointF at(bounds.center().x() + bounds.width() * 0.4 * std::cos(angle),
                             bounds.center().y() + bounds.height() * 0.4 * std::sin(angle));
            t.restart();
            view.centerOn(at);
            frame = view.viewport()->grab();
            frames.push_back(msSince(t));
            if (!framesDir.isEmpty() && round == 0 && step == o.panSteps / 4)
                frame.save(QDir(framesDir).filePath(QStringLiteral("seatmap-pan.png")));
        }
        double sum = 0;
        for (double f : frames)
            sum += f;
        panMeans.push_back(sum / double(frames.size()));
        panP99s.push_back(percentile(frames, 99));
    }
    figures.insert(QStringLiteral("seatmap_seats"), seatCount);
    figures.insert(QStringLiteral("seatmap_load_ms"), rounded(median(loads)));
    figures.insert(QStringLiteral("seatmap_first_paint_ms"), rounded(median(firstPaints)));
    figures.insert(QStringLiteral("seatmap_full_map_frame_ms"), rounded(median(fullFrames)));
    figures.insert(QStringLiteral("seatmap_pan_frame_ms_mean"), rounded(median(panMeans)));
    figures.insert(QStringLiteral("seatmap_pan_frame_ms_p99"), rounded(median(panP99s)));
    figures.insert(QStringLiteral("seatmap_pan_zoom"), rounded(panZoom * 1000) / 1000);
    figures.insert(QStringLiteral("seatmap_frame_size"), QStringLiteral("1600x1000"));

    progress(QStringLiteral("counter sale on the stadium: event-loop stalls"));
    const QJsonObject counter = counterStallFigures(path, eventId);
    for (auto it = counter.begin(); it != counter.end(); ++it)
        figures.insert(it.key(), it.value());
    return figures;
}

int runUiBenchMain(int argc, char *argv[])
{
    // First, so a cold-start child times its whole start-up.
    const qint64 mainEnteredNs = ColdStart::nowNs();
    // Frames are rendered in memory: no display needed, and the figures do
    // not depend on one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tessera benchmarks: the seat map and the console's cold start (ui)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("ui"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("End with one JSON object on the last line."));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Folder for the throw-away database."),
                                 QStringLiteral("path"));
    const QCommandLineOption seats(QStringLiteral("seats"), QStringLiteral("Stadium seats."),
                                   QStringLiteral("n"), QStringLiteral("80000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Rounds (medians are reported)."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small sizes, for a smoke run."));
    const QCommandLineOption orders(
        QStringLiteral("orders"),
        QStringLiteral("Orders in the cold-start database (0: no cold start)."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption coldRuns(QStringLiteral("cold-runs"),
                                      QStringLiteral("Cold starts (median, p90, max reported)."),
                                      QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder that keeps the cold-start database between runs (default: %1).")
            .arg(LargeDatabase::defaultCacheDir()),
        QStringLiteral("path"));
    // The re-executed bench that times one start of the console.
    QCommandLineOption child(QStringLiteral("cold-start-child"),
                             QStringLiteral("Internal: time one cold start on this database."),
                             QStringLiteral("database"));
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption spawnedAt(QStringLiteral("spawned-at"),
                                 QStringLiteral("Internal: the parent's steady clock at spawn."),
                                 QStringLiteral("ns"));
    spawnedAt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {json, dir, seats, rounds, quick, orders, coldRuns, dataDir, child, spawnedAt});
    parser.process(app);
    if (parser.isSet(child))
        return ColdStart::runChild(app, parser.value(child), mainEnteredNs,
                                   parser.value(spawnedAt).toLongLong());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir temp;
    UiBenchOptions options;
    options.workDir = parser.isSet(dir) ? parser.value(dir) : temp.path();
    options.stadiumSeats = parser.value(seats).toInt();
    options.rounds = parser.value(rounds).toInt();
    options.orders = parser.value(orders).toLongLong();
    options.coldStartRuns = parser.value(coldRuns).toInt();
    options.dataDir = parser.value(dataDir);
    if (parser.isSet(quick)) {
        options.stadiumSeats = 5000;
        options.rounds = 1;
        options.panSteps = 20;
        if (!parser.isSet(orders))
            options.orders = 2000;
        if (!parser.isSet(coldRuns))
            options.coldStartRuns = 2;
    }
    if (options.stadiumSeats <= 0 || options.rounds <= 0 || options.orders < 0 ||
        options.coldStartRuns <= 0) {
        err << "tessera-bench: --seats, --rounds and --cold-runs must be positive numbers, "
               "--orders 0 or more\n";
        return 2;
    }
    const QJsonObject figures = runUiBench(options, [&](const QString &step) {
        err << "… " << step << '\n';
        err.flush();
    });
    out << "\nTessera UI benchmark (seat map: " << options.rounds
        << " rounds, cold start: " << options.coldStartRuns << " runs; medians, "
        << QGuiApplication::platformName() << ")\n";
    for (auto it = figures.begin(); it != figures.end(); ++it)
        out << "  " << it.key().leftJustified(32) << it.value().toVariant().toString() << '\n';
    out << "  targets: seatmap_first_paint_ms <= 500, seatmap_pan_frame_ms_p99 <= 33, "
           "cold_start_ms <= 1000 (1 000 000 orders)\n";
    if (parser.isSet(json))
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace tessera::bench
