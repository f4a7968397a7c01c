// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsales.h"

#include "sales/sellcommand.h"
#include "setup/createeventcommand.h"
#include "setup/createvenuecommand.h"
#include "venue/seatplanwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <atomic>
#include <latch>
#include <thread>

namespace tessera::bench {

namespace {

const QStringList &databaseSuffixes()
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral(".key")};
    return suffixes;
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

PaymentInput cash(qint64 amount)
{
    PaymentInput payment;
    payment.method = QStringLiteral("cash");
    payment.amount = amount;
    return payment;
}

} // namespace

void removeDatabase(const QString &path)
{
    for (const QString &suffix : databaseSuffixes())
        QFile::remove(path + suffix);
}

void copyDatabase(const QString &from, const QString &to)
{
    removeDatabase(to);
    if (QFile::exists(from + QStringLiteral("-wal")))
        qFatal("bench: %s is still open", qPrintable(from));
    for (const QString &suffix : {QString(), QStringLiteral(".key")}) {
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            qFatal("bench: cannot copy %s", qPrintable(from + suffix));
    }
}

std::unique_ptr<Engine> openEngine(const QString &path)
{
    EngineOptions options;
    options.shiftRule = ShiftRule::None; // sells cash without opening a shift
    options.path = path;
    options.terminalId = QStringLiteral("BENCH");
    auto engine = Engine::open(options);
    if (!engine)
        qFatal("bench: cannot open engine: %s", qPrintable(engine.error().toString()));
    return std::move(*engine);
}

BenchEvent setUpEvent(Engine &engine, SeatPlan plan, qint64 gaCapacity)
{
    BenchEvent v;
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
    for (const PlanZone &zone : std::as_const(plan.zones))
        for (const PlanRow &row : zone.rows)
            for (const PlanSeat &seat : row.seats)
                v.seatGuids.push_back(seat.seatGuid);
    v.plan = std::move(plan);
    return v;
}

std::unique_ptr<Command> gaSale(const BenchEvent &event)
{
    SellCommand::Input in;
    in.eventId = event.event;
    SaleLine line;
    line.kind = ItemKind::GeneralAdmission;
    line.refId = event.quota;
    line.ticketType = QStringLiteral("adult");
    in.lines = {line};
    in.payments = {cash(12000)};
    return std::make_unique<SellCommand>(std::move(in));
}

std::unique_ptr<Command> seatSale(const BenchEvent &event, int seat, int n)
{
    SellCommand::Input in;
    in.eventId = event.event;
    SaleLine line;
    line.kind = ItemKind::Seat;
    line.seatGuid = event.seatGuids.at(seat);
    line.ticketType = QStringLiteral("adult");
    in.lines = {line};
    in.payments = {cash(10000)};
    // Details of a usual length: a two-word name, a mobile number, an address.
    const QString number = QString::number(n).rightJustified(6, QLatin1Char('0'));
    in.customer.name = QStringLiteral("Wang Xiaoming ") + number;
    in.customer.phone = QStringLiteral("+86 139 10") + number;
    in.customer.email = QStringLiteral("xiaoming.wang.") + number + QStringLiteral("@example.cn");
    return std::make_unique<SellCommand>(std::move(in));
}

// A client sleeps until a sixteenth of its window has been answered and then
// refills it, as a server thread does with the requests one poll() hands it,
// rather than waking once per answer.
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

} // namespace tessera::bench
