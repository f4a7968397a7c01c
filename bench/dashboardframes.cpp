// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardframes.h"

#include "benchstats.h"
#include "common/clock.h"
#include "console/consolecontext.h"
#include "dashboard/dashboardfigures.h"
#include "dashboard/dashboardpage.h"
#include "engine/engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <random>
#include <vector>

namespace tessera::bench {

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double rounded(double v)
{
    return qRound(v * 10) / 10.0;
}

// Every venue's sales so far, growing tick by tick: orders on three channels,
// payments by three methods with now and then a refusal, three categories of
// stock per venue.
class StreamingVenues
{
public:
    StreamingVenues(int venues, qint64 startMs)
        : m_venues(venues)
    {
        static const char *const categories[] = {"Stalls", "Balcony", "Standing"};
        for (int v = 0; v < venues; ++v) {
            for (const char *category : categories)
                m_facts.stock.push_back(StockFact{v + 1, QStringLiteral("Venue %1 gala").arg(v + 1),
                                                  QLatin1String(category), 2000, 0, 0});
        }
        m_now = startMs;
    }

    void tick(qint64 nowMs, int ordersPerVenue)
    {
        static const char *const channels[] = {"counter", "counter", "online", "phone"};
        static const char *const methods[] = {"cash", "card", "qr"};
        static const char *const errors[] = {"timeout", "insufficient_funds", "card_declined"};
        m_now = nowMs;
        for (int v = 0; v < m_venues; ++v) {
            const QString terminal = QStringLiteral("V%1").arg(v + 1);
            for (int i = 0; i < ordersPerVenue; ++i) {
                const qint64 order = ++m_orders;
                const qint64 at = nowMs - qint64(m_random() % 250);
                const QString method = QLatin1String(methods[m_random() % 3]);
                m_facts.orders.push_back(OrderFact{terminal, order, v + 1,
                                                   QLatin1String(channels[m_random() % 4]),
                                                   QStringLiteral("CNY"), 1, 38000, at});
                if (m_random() % 10 == 0)
                    m_facts.payments.push_back(PaymentFact{
                        terminal, ++m_payments, order, method, paymentProviderOf(method), 1,
                        QLatin1String(errors[m_random() % 3]), 38000, at});
                m_facts.payments.push_back(PaymentFact{terminal, ++m_payments, order, method,
                                                       paymentProviderOf(method), 0, QString(),
                                                       38000, at});
                StockFact &stock = m_facts.stock[v * 3 + int(m_random() % 3)];
                ++stock.sold;
                m_facts.lines.push_back(LineFact{v + 1, stock.stock, 0, at});
            }
        }
    }

    const SaleFacts &facts() const { return m_facts; }

private:
    int m_venues;
    SaleFacts m_facts;
    std::mt19937 m_random{42};
    qint64 m_orders = 0;
    qint64 m_payments = 0;
    qint64 m_now = 0;
};

} // namespace

QJsonObject dashboardFrameFigures(const DashboardFramesOptions &o, const QString &workDir)
{
    EngineOptions options;
    options.path = workDir + QStringLiteral("/dashboard-bench.db");
    auto engine = Engine::open(options);
    if (!engine)
        qFatal("bench: %s", qPrintable(engine.error().toString()));
    SystemClock clock;
    ConsolePayments payments(clock, ConsolePayments::demoSandbox(1));
    auto readers = ConsoleReaders::open(options.path);
    if (!readers)
        qFatal("bench: %s", qPrintable(readers.error().toString()));
    ConsoleContext context(**engine, clock, **readers, payments);

    DashboardPage page(context);
    page.resize(1600, 1000);
    page.show();
    QCoreApplication::processEvents();
    // Where a frame is painted: one buffer the size of the page for the whole
    // run, as the window's backing store is, so a frame is the page's own
    // painting and not a new 5.5 MB pixmap each time.
    QImage backingStore(page.size() * page.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    backingStore.setDevicePixelRatio(page.devicePixelRatio());
    // The page as F6 opens it, before any figure: the window paints it when
    // it is shown (the offscreen platform does not), and the figures arrive
    // afterwards. Reported on its own, not as a streaming frame.
    QElapsedTimer opening;
    opening.start();
    page.render(&backingStore);
    const double openPaintMs = msSince(opening);

    std::vector<double> stalls;
    QElapsedTimer since;
    since.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(2);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        stalls.push_back(std::max(0.0, double(since.nsecsElapsed()) / 1e6 - 2.0));
        since.restart();
    });

    // The server: another thread (another process, in the field) computes
    // the figures from every venue's facts and hands the console JSON.
    std::vector<double> frames;
    std::vector<double> computes;
    qsizetype jsonBytes = 0;
    QThread serverThread;
    QTimer feed;
    feed.setTimerType(Qt::PreciseTimer);
    feed.setInterval(o.frameMs);
    feed.moveToThread(&serverThread);
    StreamingVenues venues(o.venues, clock.nowMs());
    QObject::connect(&feed, &QTimer::timeout, [&] {
        const qint64 now = clock.nowMs();
        venues.tick(now, o.ordersPerTick);
        QElapsedTimer server;
        server.start();
        DashboardFilter live;
        live.fromMs = now - DashboardPage::kLiveWindowMs;
        live.toMs = now + 1;
        const QByteArray json =
            QJsonDocument(DashboardFigures::compute(venues.facts(), live, now).toJson())
                .toJson(QJsonDocument::Compact);
        const double computeMs = msSince(server);
        // The console's frame, on its own thread: parse, show, paint.
        QMetaObject::invokeMethod(&page, [&, json, computeMs] {
            computes.push_back(computeMs);
            jsonBytes = json.size();
            QElapsedTimer frame;
            frame.start();
            page.showFigures(DashboardFigures::fromJson(QJsonDocument::fromJson(json).object()));
            page.render(&backingStore);
            frames.push_back(msSince(frame));
        });
    });
    QObject::connect(&serverThread, &QThread::started, &feed, qOverload<>(&QTimer::start));
    probe.start();
    serverThread.start();
    QElapsedTimer run;
    run.start();
    while (run.elapsed() < qint64(o.seconds) * 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QMetaObject::invokeMethod(&feed, &QTimer::stop, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    QCoreApplication::processEvents(); // frames already queued
    probe.stop();
    page.close();
    context.waitForBackgroundWork();

    double worstStall = 0;
    qint64 over50 = 0;
    for (double s : stalls) {
        worstStall = std::max(worstStall, s);
        over50 += s > 50 ? 1 : 0;
    }
    return QJsonObject{
        {QStringLiteral("dashboard_venues"), o.venues},
        {QStringLiteral("dashboard_frames"), qint64(frames.size())},
        {QStringLiteral("dashboard_open_paint_ms"), rounded(openPaintMs)},
        {QStringLiteral("dashboard_frame_ms_p50"), rounded(percentile(frames, 50))},
        {QStringLiteral("dashboard_frame_ms_p99"), rounded(percentile(frames, 99))},
        {QStringLiteral("dashboard_frame_ms_max"), rounded(percentile(frames, 100))},
        {QStringLiteral("dashboard_first_frame_ms"), rounded(frames.empty() ? 0 : frames.front())},
        {QStringLiteral("dashboard_frame_ms_p99_after_first"),
         rounded(frames.size() < 2
                     ? 0
                     : percentile(std::vector<double>(frames.begin() + 1, frames.end()), 99))},
        {QStringLiteral("dashboard_stall_max_ms"), rounded(worstStall)},
        {QStringLiteral("dashboard_stall_over_50ms"), over50},
        {QStringLiteral("dashboard_server_compute_ms_p50"), rounded(percentile(computes, 50))},
        {QStringLiteral("dashboard_json_kb"), rounded(double(jsonBytes) / 1024)},
        {QStringLiteral("dashboard_frame_size"), QStringLiteral("1600x1000")}};
}

int runDashboardBenchMain(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tessera benchmarks: the F6 Dashboard painting while venues stream (dashboard)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("dashboard"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("End with one JSON object on the last line."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Three seconds, for a smoke run."));
    const QCommandLineOption venues(QStringLiteral("venues"), QStringLiteral("Venues streaming."),
                                    QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("How long they stream."), QStringLiteral("n"),
                                     QStringLiteral("20"));
    parser.addOptions({json, quick, venues, seconds});
    parser.process(app);
    DashboardFramesOptions o;
    o.venues = std::max(1, parser.value(venues).toInt());
    o.seconds = parser.isSet(quick) ? 3 : std::max(1, parser.value(seconds).toInt());
    QTemporaryDir dir;
    QTextStream out(stdout);
    const QJsonObject figures = dashboardFrameFigures(o, dir.path());
    for (auto it = figures.begin(); it != figures.end(); ++it)
        out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    if (parser.isSet(json))
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace tessera::bench
