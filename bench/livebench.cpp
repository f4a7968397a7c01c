// SPDX-License-Identifier: GPL-3.0-or-later
#include "livebench.h"

#include "benchsales.h"
#include "benchserver.h"
#include "benchstats.h"
#include "consoleenrolment.h"
#include "crypto/sha256.h"
#include "livefeed.h"
#include "serverclient.h"
#include "setup/demostaff.h"
#include "sync/journalbatch.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

namespace tessera::bench {

namespace {

constexpr qint64 kPrice = 12000;

QJsonObject failed(const QString &why)
{
    return {{QStringLiteral("error"), why}};
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// Sale `seq` of a terminal, committed at `atMs`: one standing ticket of the
// demo event paid in cash, as the engine journals it.
ShippedEntry sale(const QString &terminal, qint64 seq, qint64 atMs)
{
    ShippedEntry e;
    e.seq = seq;
    e.kind = QStringLiteral("sell");
    e.createdAt = atMs;
    e.actor = QStringLiteral("cashier");
    e.payload = "{\"channel\":\"counter\",\"event\":1,\"lines\":[{\"ga\":1,\"quantity\":1,"
                "\"ticket_type\":\"adult\"}],\"payments\":[{\"amount\":" +
                number(kPrice) + ",\"method\":\"cash\",\"state\":\"approved\"}]}";
    e.result = "{\"order\":" + number(seq) +
               ",\"state\":\"paid\",\"currency\":\"CNY\",\"total\":" + number(kPrice) +
               ",\"paid\":" + number(kPrice) + ",\"tickets\":[{\"line\":" + number(seq) +
               ",\"ga\":1,\"ticket_type\":\"adult\",\"price\":" + number(kPrice) +
               "}],\"cards\":[]}";
    e.idemKey = terminal + QStringLiteral(":sell:") + QString::number(seq);
    e.requestHash = Sha256::digest({e.kind.toUtf8(), "\n", e.payload});
    return e;
}

// What every terminal committed, and when (steady ms): sale k of terminal i
// is commits[i][k - 1].
struct Commits
{
    std::mutex mutex;
    std::vector<std::vector<qint64>> at;
};

} // namespace

QJsonObject runLiveBench(const LiveBenchOptions &o,
                         const std::function<void(const QString &)> &progress)
{
    if (o.terminals <= 0 || o.seconds <= 0 || o.saleIntervalMs <= 0 || o.syncIntervalMs <= 0)
        return failed(QStringLiteral("--terminals, --seconds and the intervals must be positive"));
    BenchServer server(o.serverExe, QDir(o.workDir).filePath(QStringLiteral("live-server")));
    progress(QStringLiteral("tessera-server init and run on loopback"));
    if (!server.init())
        return failed(server.lastError());
    {
        auto engine = openEngine(server.database());
        if (auto r = DemoStaff::seed(*engine); !r)
            return failed(r.error().message);
    }
    if (!server.start())
        return failed(server.lastError());

    progress(QStringLiteral("enrolling %1 terminals").arg(o.terminals));
    std::vector<ServerLink> links;
    for (int i = 0; i < o.terminals; ++i) {
        const QString name = QStringLiteral("LIVE-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        auto link = ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()),
                                            server.enrolmentCode(name));
        if (!link)
            return failed(QStringLiteral("enrolling %1: %2").arg(name, link.error().message));
        links.push_back(*link);
    }

    progress(QStringLiteral("a dashboard signs in on /v1/live"));
    LiveFeed::Options feedOptions;
    feedOptions.address = links.front().address;
    feedOptions.ca = links.front().ca;
    feedOptions.user = QStringLiteral("manager");
    feedOptions.pin = QStringLiteral("3333");
    LiveFeed feed(feedOptions);
    Commits commits;
    commits.at.resize(size_t(o.terminals));
    QHash<QString, int> indexOf;
    for (int i = 0; i < o.terminals; ++i)
        indexOf.insert(links[size_t(i)].terminal, i);
    std::vector<qint64> seen(size_t(o.terminals), 0);
    std::vector<double> latencies;
    qint64 frames = 0;
    QObject::connect(&feed, &LiveFeed::figuresChanged, &feed, [&](const QJsonObject &figures) {
        const qint64 now = steadyMs();
        ++frames;
        const QJsonObject byTerminal =
            figures.value(QStringLiteral("orders_by_terminal")).toObject();
        std::lock_guard lock(commits.mutex);
        for (auto it = byTerminal.begin(); it != byTerminal.end(); ++it) {
            const int i = indexOf.value(it.key(), -1);
            if (i < 0)
                continue;
            const auto &at = commits.at[size_t(i)];
            const qint64 count = qMin<qint64>(it.value().toInteger(), qint64(at.size()));
            for (qint64 k = seen[size_t(i)]; k < count; ++k)
                latencies.push_back(double(now - at[size_t(k)]));
            seen[size_t(i)] = qMax(seen[size_t(i)], count);
        }
    });
    feed.start();
    {
        QEventLoop loop;
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        QObject::connect(&feed, &LiveFeed::stateChanged, &loop, [&](LiveFeed::State s) {
            if (s == LiveFeed::State::Live)
                loop.quit();
        });
        loop.exec();
    }
    if (feed.state() != LiveFeed::State::Live)
        return failed(QStringLiteral("the dashboard did not go live: %1").arg(feed.errorMessage()));

    progress(QStringLiteral("%1 terminals sell for %2 s, shipping every %3 ms")
                 .arg(o.terminals)
                 .arg(o.seconds)
                 .arg(o.syncIntervalMs));
    std::atomic<bool> stop{false};
    std::atomic<int> errors{0};
    QString firstError;
    std::mutex errorMutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < o.terminals; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const ServerLink &link = links[size_t(i)];
            ServerClient client(link.address, link.ca, link.token, 30000);
            QRandomGenerator random(quint32(i + 1));
            std::vector<ShippedEntry> unsynced;
            qint64 seq = 0;
            qint64 nextSale = steadyMs() + random.bounded(o.saleIntervalMs);
            qint64 nextSync = steadyMs() + random.bounded(o.syncIntervalMs);
            while (!stop.load()) {
                const qint64 now = steadyMs();
                if (now >= nextSale) {
                    ++seq;
                    {
                        std::lock_guard lock(commits.mutex);
                        commits.at[size_t(i)].push_back(now);
                    }
                    unsynced.push_back(
                        sale(link.terminal, seq, QDateTime::currentMSecsSinceEpoch()));
                    // Poisson-like: between half and one and a half intervals.
                    nextSale = now + o.saleIntervalMs / 2 + random.bounded(o.saleIntervalMs);
                }
                if (now >= nextSync) {
                    if (!unsynced.empty()) {
                        auto r = client.post(QStringLiteral("/v1/journal"),
                                             JournalBatch::toJson(unsynced));
                        if (r) {
                            unsynced.clear();
                        } else if (errors.fetch_add(1) == 0) {
                            std::lock_guard lock(errorMutex);
                            firstError = r.error().message;
                        }
                    }
                    nextSync = steadyMs() + o.syncIntervalMs;
                }
                QThread::msleep(quint32(qMax<qint64>(1, qMin(nextSale, nextSync) - steadyMs())));
            }
            // What was sold last still goes up, as a console's agent would ship it.
            if (!unsynced.empty() &&
                !client.post(QStringLiteral("/v1/journal"), JournalBatch::toJson(unsynced)))
                errors.fetch_add(1);
        }));
        threads.back()->start();
    }
    {
        QEventLoop loop;
        QTimer::singleShot(o.seconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    stop = true;
    for (auto &t : threads)
        t->wait();
    threads.clear();
    qint64 sales = 0;
    for (const auto &at : commits.at)
        sales += qint64(at.size());
    progress(QStringLiteral("waiting for the last frames"));
    {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(10000);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (qint64(latencies.size()) >= sales)
                loop.quit();
        });
        poll.start(50);
        loop.exec();
    }
    feed.stop();
    server.stop();
    if (errors.load() > 0)
        return failed(QStringLiteral("%1 shipments failed; the first: %2")
                          .arg(errors.load())
                          .arg(firstError));
    if (latencies.empty())
        return failed(QStringLiteral("no sale reached the dashboard"));
    const auto rounded = [](double v) { return qRound(v * 10) / 10.0; };
    return {{QStringLiteral("p50_ms"), rounded(percentile(latencies, 50))},
            {QStringLiteral("p99_ms"), rounded(percentile(latencies, 99))},
            {QStringLiteral("max_ms"), rounded(percentile(latencies, 100))},
            {QStringLiteral("sales"), sales},
            {QStringLiteral("sales_seen"), qint64(latencies.size())},
            {QStringLiteral("frames"), frames},
            {QStringLiteral("terminals"), o.terminals},
            {QStringLiteral("seconds"), o.seconds},
            {QStringLiteral("sale_interval_ms"), o.saleIntervalMs},
            {QStringLiteral("sync_interval_ms"), o.syncIntervalMs}};
}

} // namespace tessera::bench
