// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncbench.h"

#include "benchsales.h"
#include "benchserver.h"
#include "benchstats.h"
#include "consoleenrolment.h"
#include "replica/applycatalogcommand.h"
#include "serverclient.h"
#include "serverjournalcheck.h"
#include "simulatedterminal.h"
#include "venue/stadiumplangenerator.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <sys/resource.h>

namespace tessera::bench {

namespace {

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QJsonObject failed(const QString &why)
{
    return {{QStringLiteral("error"), why}};
}

struct CatalogPull
{
    double pullMs = 0;  // median of three
    double applyMs = 0; // into a fresh console engine
    qint64 seats = 0;
    qint64 bytes = 0;
};

// What a newly enrolled terminal does first: the whole catalog (since 0),
// fetched three times (the median), then applied once into a fresh console.
Result<CatalogPull> pullWholeCatalog(const ServerLink &link, const QString &workDir)
{
    CatalogPull out;
    std::vector<double> ms;
    QJsonObject answer;
    for (int i = 0; i < 3; ++i) {
        ServerClient client(link.address, link.ca, link.token, 120000);
        QElapsedTimer t;
        t.start();
        auto got = client.post(QStringLiteral("/v1/catalog"), {{QStringLiteral("since"), 0}});
        if (!got)
            return got.error();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        answer = *got;
    }
    out.pullMs = qRound(percentile(ms, 50) * 10) / 10.0;
    out.seats = answer.value(QLatin1String("tables"))
                    .toObject()
                    .value(QLatin1String("seats"))
                    .toArray()
                    .size();
    out.bytes = QJsonDocument(answer).toJson(QJsonDocument::Compact).size();
    const QString path = QDir(workDir).filePath(QStringLiteral("catalog-console.db"));
    removeDatabase(path);
    auto engine = openEngine(path);
    auto command = ApplyCatalogCommand::parse(answer);
    if (!command)
        return command.error();
    QElapsedTimer t;
    t.start();
    CommandOutcome applied = engine->execute(std::move(*command), QStringLiteral("catalog:bench"));
    out.applyMs = qRound(double(t.nsecsElapsed()) / 1e5) / 10.0;
    Result<QJsonObject> result = applied.result;
    if (!result)
        return result.error();
    engine.reset();
    removeDatabase(path);
    return out;
}

} // namespace

QJsonObject runSyncBench(const SyncBenchOptions &o,
                         const std::function<void(const QString &)> &progress)
{
    if (o.terminals <= 0 || o.entries < o.terminals || o.batchSize <= 0)
        return failed(QStringLiteral("--terminals, --entries and the batch must be positive"));
    BenchServer server(o.serverExe, QDir(o.workDir).filePath(QStringLiteral("sync-server")));
    progress(QStringLiteral("tessera-server init and run on loopback"));
    if (!server.init())
        return failed(server.lastError());
    if (o.stadiumSeats > 0) {
        progress(
            QStringLiteral("a %1-seat stadium and its event on the server").arg(o.stadiumSeats));
        auto engine = openEngine(server.database());
        setUpEvent(*engine, StadiumPlanGenerator::stadium(o.stadiumSeats), 12000);
    }
    if (!server.start())
        return failed(server.lastError());

    progress(QStringLiteral("enrolling %1 terminals").arg(o.terminals));
    std::vector<ServerLink> links;
    for (int i = 0; i < o.terminals; ++i) {
        const QString name = QStringLiteral("SIM-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const QString code = server.enrolmentCode(name);
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()), code);
        if (!link)
            return failed(QStringLiteral("enrolling %1: %2").arg(name, link.error().message));
        links.push_back(*link);
    }

    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 86400000;
    std::vector<SyntheticJournal> journals;
    std::vector<qint64> ends;
    for (int i = 0; i < o.terminals; ++i) {
        journals.emplace_back(links[size_t(i)].terminal, startMs);
        ends.push_back(o.entries / o.terminals + (i < o.entries % o.terminals ? 1 : 0));
    }

    progress(
        QStringLiteral("%1 terminals ship %2 entries over HTTPS").arg(o.terminals).arg(o.entries));
    std::vector<ShipOutcome> outcomes(size_t(o.terminals));
    std::vector<std::unique_ptr<QThread>> threads;
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    for (int i = 0; i < o.terminals; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const ServerLink &link = links[size_t(i)];
            ServerClient client(link.address, link.ca, link.token, 60000);
            // A console reads and serialises its journal on its own machine:
            // made before the clock starts, so the figures are the server's.
            const std::vector<QByteArray> bodies =
                prebuildBatches(journals[size_t(i)], ends[size_t(i)], o.batchSize);
            ++ready;
            while (!go.load())
                QThread::yieldCurrentThread();
            outcomes[size_t(i)] =
                shipSynthetic(client, journals[size_t(i)], ends[size_t(i)], o.batchSize, &bodies);
        }));
        threads.back()->start();
    }
    while (ready.load() < o.terminals)
        QThread::msleep(1);
    QElapsedTimer wall;
    const double serverCpuBefore = server.cpuSeconds();
    const double clientCpuBefore = processCpuSeconds();
    wall.start();
    go = true;
    for (auto &t : threads)
        t->wait();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    // CPU per entry holds still on a busy machine, where wall time does not.
    const double serverCpu = server.cpuSeconds() - serverCpuBefore;
    const double clientCpu = processCpuSeconds() - clientCpuBefore;
    threads.clear();

    std::vector<double> ackMs;
    qint64 sent = 0;
    for (const ShipOutcome &out : outcomes) {
        if (out.error)
            return failed(QStringLiteral("a terminal stopped: %1").arg(out.error->message));
        ackMs.insert(ackMs.end(), out.ackMs.begin(), out.ackMs.end());
        sent += out.sent;
    }
    progress(QStringLiteral("a terminal pulls the whole catalog three times"));
    auto pull = pullWholeCatalog(links.front(), o.workDir);
    if (!pull)
        return failed(pull.error().message);
    progress(QStringLiteral("stopping the server; comparing its rows with the terminals'"));
    if (!server.stop())
        return failed(QStringLiteral("the server did not stop cleanly"));
    std::vector<ExpectedJournal> expected;
    for (int i = 0; i < o.terminals; ++i) {
        const SyntheticJournal *journal = &journals[size_t(i)];
        expected.push_back({links[size_t(i)].terminalId, ends[size_t(i)],
                            [journal](qint64 seq) { return journal->entry(seq).digest(); }});
    }
    auto check = checkServerJournal(server.database(), expected);
    if (!check)
        return failed(check.error().message);

    return {{QStringLiteral("events_per_s"), qRound64(double(o.entries) / seconds)},
            {QStringLiteral("lost"), check->lost},
            {QStringLiteral("duplicated"), check->duplicated},
            {QStringLiteral("differing"), check->differing + check->extra},
            {QStringLiteral("p50_ack_ms"), qRound(percentile(ackMs, 50) * 10) / 10.0},
            {QStringLiteral("p99_ack_ms"), qRound(percentile(ackMs, 99) * 10) / 10.0},
            {QStringLiteral("server_cpu_us_per_entry"),
             qRound(serverCpu * 1e7 / double(o.entries)) / 10.0},
            {QStringLiteral("client_cpu_us_per_entry"),
             qRound(clientCpu * 1e7 / double(o.entries)) / 10.0},
            {QStringLiteral("catalog_pull_ms"), pull->pullMs},
            {QStringLiteral("catalog_apply_ms"), pull->applyMs},
            {QStringLiteral("catalog_seats"), pull->seats},
            {QStringLiteral("catalog_bytes"), pull->bytes},
            {QStringLiteral("seconds"), qRound(seconds * 100) / 100.0},
            {QStringLiteral("entries"), o.entries},
            {QStringLiteral("entries_sent"), sent},
            {QStringLiteral("batches"), qint64(ackMs.size())},
            {QStringLiteral("terminals"), o.terminals},
            {QStringLiteral("batch_size"), o.batchSize}};
}

} // namespace tessera::bench
