// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfaults.h"

#include "benchconsole.h"
#include "benchserver.h"
#include "consoleenrolment.h"
#include "crypto/keyring.h"
#include "cuttingproxy.h"
#include "journalshipper.h"
#include "serverclient.h"
#include "serverjournalcheck.h"
#include "simulatedterminal.h"
#include "storage/sqlitedb.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <csignal>
#include <optional>
#include <random>

namespace tessera::bench {

namespace {

struct SimTerminal
{
    ServerLink link; // through the proxy
    SyntheticJournal journal;
    qint64 end = 0;
};

using Failure = std::optional<QString>;

class Campaign
{
public:
    Campaign(const SyncFaultOptions &options, const std::function<void(const QString &)> &log)
        : m_o(options)
        , m_log(log)
        , m_random(options.seed)
        , m_server(options.serverExe,
                   QDir(options.workDir).filePath(QStringLiteral("faults-%1").arg(options.seed)))
    {}

    QJsonObject run();

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_random); }
    bool chance() { return uniform(0, 1) == 1; }
    Failure setUp();
    Failure round(int number);
    Failure misdeliver(SimTerminal &terminal);
    Failure catchUpAndCheck();
    void count(const QString &fault) { m_faults[fault] = m_faults[fault].toInt() + 1; }

    SyncFaultOptions m_o;
    std::function<void(const QString &)> m_log;
    std::mt19937_64 m_random;
    BenchServer m_server;
    std::unique_ptr<CuttingProxy> m_proxy;
    std::vector<SimTerminal> m_terminals;
    std::unique_ptr<BenchConsole> m_console;
    ServerLink m_consoleLink;
    QJsonObject m_faults;
};

Failure Campaign::setUp()
{
    QDir(m_server.data()).removeRecursively();
    if (!m_server.init() || !m_server.start())
        return m_server.lastError();
    m_proxy = std::make_unique<CuttingProxy>(m_server.port());
    if (m_proxy->port() <= 0)
        return QStringLiteral("the proxy cannot listen");
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_server.port());
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 86400000;
    for (int i = 0; i < m_o.terminals; ++i) {
        const QString name = QStringLiteral("SIM-%1").arg(i + 1);
        auto link = ConsoleEnrolment::enrol(address, m_server.enrolmentCode(name));
        if (!link)
            return QStringLiteral("enrolling %1: %2").arg(name, link.error().message);
        link->address.setPort(m_proxy->port());
        m_terminals.push_back({*link, SyntheticJournal(name, startMs), 0});
    }
    m_console = std::make_unique<BenchConsole>(
        QDir(m_server.data()).filePath(QStringLiteral("../console-%1.db").arg(m_o.seed)));
    auto link = ConsoleEnrolment::enrol(address, m_server.enrolmentCode(QStringLiteral("BOX-1")));
    if (!link)
        return QStringLiteral("enrolling the console: %1").arg(link.error().message);
    m_consoleLink = *link;
    if (auto r = m_consoleLink.save(m_console->engine()); !r)
        return r.error().message;
    return std::nullopt;
}

// Deliveries a sound console never makes, and one it makes after a lost
// answer: each is answered as the protocol says and changes nothing else.
Failure Campaign::misdeliver(SimTerminal &t)
{
    ServerClient client(t.link.address, t.link.ca, t.link.token, 15000);
    auto ackNow = [&]() -> qint64 {
        auto ack = client.get(QStringLiteral("/v1/journal/ack"));
        return ack ? ack->value(QStringLiteral("acked")).toInteger() : -1;
    };
    const qint64 acked = ackNow();
    if (acked < 0)
        return QStringLiteral("GET /v1/journal/ack failed");
    auto refused = [&](const QString &what, const QJsonObject &body, ErrorCode code) -> Failure {
        auto answer = client.post(QStringLiteral("/v1/journal"), body);
        if (answer)
            return QStringLiteral("%1 was accepted").arg(what);
        if (answer.error().code != code)
            return QStringLiteral("%1 was refused with %2: %3")
                .arg(what, errorCodeName(answer.error().code), answer.error().message);
        if (ackNow() != acked)
            return QStringLiteral("%1 moved the acknowledgement").arg(what);
        return std::nullopt;
    };
    if (acked >= 1) {
        // An old batch again (a lost answer, a restored backup): all duplicates.
        const int lo = uniform(1, int(acked));
        const int hi = uniform(lo, int(qMin<qint64>(acked, lo + 300)));
        auto again = client.post(QStringLiteral("/v1/journal"), t.journal.batch(lo, hi));
        if (!again || again->value(QStringLiteral("received")).toInteger() != 0 ||
            again->value(QStringLiteral("acked")).toInteger() != acked)
            return QStringLiteral("entries %1…%2 sent again were not all duplicates")
                .arg(lo)
                .arg(hi);
        // A forged entry under a known sequence.
        ShippedEntry forged = t.journal.entry(uniform(1, int(acked)));
        forged.payload = QByteArrayLiteral("{\"forged\":true}");
        if (auto f = refused(QStringLiteral("a forged entry"), JournalBatch::toJson({forged}),
                             ErrorCode::IdempotencyConflict))
            return f;
    }
    // Out of order: a batch past a hole.
    const qint64 ahead = acked + uniform(2, 50);
    if (auto f = refused(QStringLiteral("a batch from %1 (acked %2)").arg(ahead).arg(acked),
                         t.journal.batch(ahead, ahead + uniform(0, 20)), ErrorCode::InvalidState))
        return f;
    // A hole inside the batch, and a malformed entry.
    if (auto f =
            refused(QStringLiteral("a batch with a hole"),
                    JournalBatch::toJson({t.journal.entry(acked + 1), t.journal.entry(acked + 3)}),
                    ErrorCode::InvalidInput))
        return f;
    QJsonObject malformed = t.journal.entry(acked + 1).toJson();
    malformed.insert(QStringLiteral("request_hash"), QStringLiteral("not hex"));
    if (auto f = refused(QStringLiteral("a malformed entry"),
                         QJsonObject{{QStringLiteral("entries"), QJsonArray{malformed}}},
                         ErrorCode::InvalidInput))
        return f;
    // Overlapping the acknowledged end: the new part is kept, the rest skipped.
    if (acked < t.end) {
        const qint64 lo = qMax<qint64>(1, acked - uniform(0, 20));
        const qint64 hi = qMin<qint64>(t.end, acked + uniform(1, 50));
        auto overlap = client.post(QStringLiteral("/v1/journal"), t.journal.batch(lo, hi));
        if (!overlap || overlap->value(QStringLiteral("acked")).toInteger() != hi ||
            overlap->value(QStringLiteral("received")).toInteger() != hi - acked)
            return QStringLiteral("an overlapping batch %1…%2 (acked %3) was not kept as new from "
                                  "%4: %5")
                .arg(lo)
                .arg(hi)
                .arg(acked)
                .arg(acked + 1)
                .arg(overlap ? QString::fromUtf8(QJsonDocument(*overlap).toJson())
                             : overlap.error().message);
    }
    return std::nullopt;
}

Failure Campaign::round(int number)
{
    bool kill = chance(), cut = chance(), misdelivery = chance(), shipperKill = chance(),
         offline = chance();
    if (!kill && !cut && !misdelivery && !shipperKill && !offline) {
        const int one = uniform(0, 4);
        (one == 0   ? kill
         : one == 1 ? cut
         : one == 2 ? misdelivery
         : one == 3 ? shipperKill
                    : offline) = true;
    }
    const int n = int(m_terminals.size());
    const int offlineIndex = offline ? uniform(0, n - 1) : -1;
    // Sales: offline, on every counter.
    for (int i = 0; i < n; ++i) {
        m_terminals[size_t(i)].end += uniform(1, m_o.salesPerRound);
        if (i == offlineIndex)
            m_terminals[size_t(i)].end += uniform(m_o.offlineSales / 2, m_o.offlineSales);
    }
    if (!m_console->sell(uniform(1, m_o.consoleSalesPerRound)))
        return QStringLiteral("the console's engine refused a sale");
    QStringList applied;
    if (misdelivery) {
        count(QStringLiteral("misdelivered"));
        applied << QStringLiteral("misdelivered");
        if (auto f = misdeliver(m_terminals[size_t(uniform(0, n - 1))]))
            return f;
    }

    // Everybody online ships at once, while the faults strike.
    if (cut) {
        const int cuts = uniform(1, 3);
        m_proxy->cutAnswers(cuts);
        applied << QStringLiteral("answers cut x%1").arg(cuts);
    }
    std::vector<int> batches;
    for (int i = 0; i < n; ++i)
        batches.push_back(uniform(50, 500));
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<ShipOutcome> outcomes(static_cast<size_t>(n));
    const int cutsBefore = m_proxy->cutsDone();
    for (int i = 0; i < n; ++i) {
        if (i == offlineIndex)
            continue;
        const SimTerminal *t = &m_terminals[size_t(i)];
        ShipOutcome *outcome = &outcomes[size_t(i)];
        threads.emplace_back(QThread::create([t, outcome, batch = batches[size_t(i)]] {
            ServerClient client(t->link.address, t->link.ca, t->link.token, 15000);
            *outcome = shipSynthetic(client, t->journal, t->end, batch); // faults may stop it
        }));
        threads.back()->start();
    }
    QProcess shipper;
    const int killServerAfter = uniform(5, 250);
    const int killShipperAfter = uniform(20, 250);
    if (shipperKill) {
        shipper.setStandardOutputFile(QProcess::nullDevice());
        shipper.setStandardErrorFile(QProcess::nullDevice());
        shipper.start(m_o.benchExe,
                      {QStringLiteral("sync-ship"), QStringLiteral("--db"), m_console->path(),
                       QStringLiteral("--batch"), QStringLiteral("2")});
    }
    if (kill) {
        QThread::msleep(ulong(killServerAfter));
        m_server.kill();
        count(QStringLiteral("server_killed"));
        applied << QStringLiteral("server killed after %1 ms").arg(killServerAfter);
    }
    if (shipperKill) {
        QThread::msleep(ulong(killShipperAfter));
        const bool running = shipper.state() != QProcess::NotRunning;
        if (running)
            ::kill(pid_t(shipper.processId()), SIGKILL);
        shipper.waitForFinished(10000);
        count(running ? QStringLiteral("shipper_killed") : QStringLiteral("shipper_done_first"));
        applied << QStringLiteral("console's shipper %1 after %2 ms")
                       .arg(running ? QStringLiteral("killed") : QStringLiteral("done"))
                       .arg(killShipperAfter);
    }
    for (auto &thread : threads)
        thread->wait();
    int interrupted = 0;
    for (const ShipOutcome &o : outcomes)
        interrupted += o.error ? 1 : 0;
    if (interrupted)
        applied << QStringLiteral("%1 terminals interrupted").arg(interrupted);
    if (cut) {
        const int cuts = m_proxy->cutsDone() - cutsBefore;
        m_faults[QStringLiteral("answers_cut")] =
            m_faults[QStringLiteral("answers_cut")].toInt() + cuts;
        applied << QStringLiteral("%1 answers lost after the commit").arg(cuts);
        m_proxy->disarm();
    }
    if (offline) {
        count(QStringLiteral("offline_day"));
        applied << QStringLiteral("SIM-%1 offline").arg(offlineIndex + 1);
    }
    if (kill && !m_server.start())
        return QStringLiteral("the server did not start again: %1").arg(m_server.lastError());
    if (auto f = catchUpAndCheck())
        return f;
    m_log(QStringLiteral("round %1: %2; ok").arg(number).arg(applied.join(QStringLiteral(", "))));
    return std::nullopt;
}

// Everybody catches up without faults; then every terminal's acknowledged
// end is its local end, and the server has each entry once, as sent.
Failure Campaign::catchUpAndCheck()
{
    std::vector<ExpectedJournal> expected;
    for (const SimTerminal &t : m_terminals) {
        ServerClient client(t.link.address, t.link.ca, t.link.token, 15000);
        const ShipOutcome out = shipSynthetic(client, t.journal, t.end, 1000);
        if (out.error)
            return QStringLiteral("%1 could not catch up: %2")
                .arg(t.journal.terminal(), out.error->message);
        if (out.acked != t.end)
            return QStringLiteral("%1: acked %2, local end %3")
                .arg(t.journal.terminal())
                .arg(out.acked)
                .arg(t.end);
        const SyntheticJournal *journal = &t.journal;
        expected.push_back({t.link.terminalId, t.end,
                            [journal](qint64 seq) { return journal->entry(seq).digest(); }});
    }
    auto report = JournalShipper(m_console->path(), m_consoleLink, 200).shipOnce();
    if (!report)
        return QStringLiteral("the console could not catch up: %1").arg(report.error().message);
    if (report->acked != m_console->journalEnd())
        return QStringLiteral("the console: acked %1, local end %2")
            .arg(report->acked)
            .arg(m_console->journalEnd());
    auto console = m_console->expected(m_consoleLink.terminalId);
    if (!console)
        return console.error().message;
    expected.push_back(*console);
    auto check = checkServerJournal(m_server.database(), expected);
    if (!check)
        return check.error().message;
    if (!check->ok())
        return QStringLiteral("the server's journal: %1").arg(check->summary());
    return std::nullopt;
}

QJsonObject Campaign::run()
{
    QJsonObject out{{QStringLiteral("seed"), QString::number(m_o.seed)}};
    Failure failure = setUp();
    int done = 0;
    for (int r = 1; !failure && r <= m_o.rounds; ++r) {
        failure = round(r);
        if (!failure)
            done = r;
    }
    if (!failure) {
        // What was acknowledged survives a kill of the server.
        m_server.kill();
        if (!m_server.start())
            failure = m_server.lastError();
        else
            failure = catchUpAndCheck();
    }
    m_proxy.reset();
    m_server.stop();
    out.insert(QStringLiteral("ok"), !failure.has_value());
    out.insert(QStringLiteral("rounds_run"), done);
    out.insert(QStringLiteral("faults"), m_faults);
    if (failure)
        out.insert(QStringLiteral("failure"),
                   QStringLiteral("round %1: %2").arg(done + 1).arg(*failure));
    return out;
}

} // namespace

QJsonObject runSyncFaults(const SyncFaultOptions &options,
                          const std::function<void(const QString &)> &log)
{
    return Campaign(options, log).run();
}

int shipConsoleJournal(const QString &database, int batch)
{
    // Another process than the console's writer: the link's credentials
    // through a reader and the key file, as tessera-cli sync now reads them.
    auto db = SqliteDb::open(database, SqliteDb::Mode::ReadOnly);
    if (!db)
        return 2;
    KeyFileKeySource keys(KeyFileKeySource::defaultPath(database));
    auto ring = KeyRing::open(*db, keys);
    if (!ring)
        return 2;
    const auto key = (*ring)->keyFor(*db);
    if (!key)
        return 2;
    auto link = ServerLink::load(database, *db, *key);
    if (!link || !link->has_value())
        return 2;
    return JournalShipper(database, **link, batch).shipOnce() ? 0 : 1;
}

} // namespace tessera::bench
