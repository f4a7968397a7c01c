// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-crash-child: sells as fast as it can from a few threads until it is
// killed. TestEngineCrash starts it, kills it with SIGKILL at a random moment
// and then checks that every sale it reported survived.
//
// Usage: tessera-crash-child <database> <event generation> <round>
// Stdout gets one line per answer, each written with a single write(2) right
// after the engine answered, so a line that arrived is a sale that was durable:
//   ACK <order id> <idempotency key>      a sale the engine confirmed
//   REFUSED <error code> <idempotency key>

#include "engine/engine.h"
#include "storage/sqlitedb.h"
#include "stressevent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <semaphore>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr int kSellers = 3;
constexpr int kInFlightPerSeller = 8;
// A child the parent forgot about must not run forever.
constexpr auto kLifetime = std::chrono::seconds(30);

void writeLine(const QByteArray &line)
{
    // One write(2) per line: the parent never sees half a line from a kill.
    const QByteArray bytes = line + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n =
            ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

[[noreturn]] void die(const QString &what)
{
    const QByteArray text = "tessera-crash-child: " + what.toUtf8() + '\n';
    (void)::write(STDERR_FILENO, text.constData(), size_t(text.size()));
    ::_exit(2);
}

// The seats of the event still on sale when this run starts, in a random order.
QList<StressEvent::Seat> seatsOnSale(const QString &path, const StressEvent::Ids &ids,
                                     QRandomGenerator &rng)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        die(db.error().toString());
    auto stmt =
        db->prepare(QStringLiteral("SELECT s.guid FROM event_seats es JOIN seats s ON "
                                   "s.id = es.seat_id WHERE es.event_id = ? AND es.state = 0"));
    if (!stmt)
        die(stmt.error().toString());
    stmt->bind(1, ids.event);
    QSet<QString> available;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            die(row.error().toString());
        if (!*row)
            break;
        available.insert(stmt->columnText(0));
    }
    QList<StressEvent::Seat> out;
    for (const StressEvent::Seat &seat : ids.seats) {
        if (available.contains(seat.guid))
            out.push_back(seat);
    }
    std::shuffle(out.begin(), out.end(), rng);
    return out;
}

class CrashSeller
{
public:
    CrashSeller(Engine &engine, const StressEvent::Ids &ids, QList<StressEvent::Seat> seats,
                int round)
        : m_engine(engine)
        , m_ids(ids)
        , m_seats(std::move(seats))
        , m_round(round)
    {}

    // Sells until the seats and GA tickets run out, then idles until killed.
    void run(int seller, quint32 seed)
    {
        QRandomGenerator rng(seed);
        for (int n = 0;; ++n) {
            m_inFlight.acquire();
            const QString key = QStringLiteral("r%1-w%2-%3-").arg(m_round).arg(seller).arg(n);
            const int roll = int(rng.bounded(100));
            const qsizetype seatIndex = roll < 80 ? m_nextSeat.fetch_add(1) : -1;
            const bool haveSeat = seatIndex >= 0 && seatIndex < m_seats.size();
            if (roll < 50 && haveSeat) {
                sell(key + QStringLiteral("seat"),
                     StressEvent::seatSale(m_ids.event, {m_seats[seatIndex]}));
            } else if (roll < 80 && haveSeat) {
                // Once GA is gone a hold of a seat and a GA ticket cannot succeed.
                if (m_gaGone.load())
                    sell(key + QStringLiteral("seat"),
                         StressEvent::seatSale(m_ids.event, {m_seats[seatIndex]}));
                else
                    holdThenSell(key, m_seats[seatIndex]);
            } else if (!m_gaGone.load()) {
                const qint64 quantity = 1 + rng.bounded(3);
                sell(key + QStringLiteral("ga%1").arg(quantity),
                     StressEvent::gaSale(m_ids.event, m_ids.quota, quantity));
            } else {
                m_inFlight.release();
                if (m_nextSeat.load() >= m_seats.size())
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
    }

private:
    void sell(const QString &key, std::unique_ptr<Command> command)
    {
        m_engine.submit(CommandRequest{std::move(command), key, QStringLiteral("crash")},
                        [this, key](CommandOutcome outcome) {
                            report(key, outcome);
                            m_inFlight.release();
                        });
    }

    void holdThenSell(const QString &key, const StressEvent::Seat &seat)
    {
        m_engine.submit(CommandRequest{StressEvent::seatAndGaHold(m_ids.event, seat, m_ids.quota),
                                       key + QStringLiteral("hold"), QStringLiteral("crash")},
                        [this, key, seat](CommandOutcome held) {
                            if (!held.result.ok()) {
                                report(key + QStringLiteral("hold"), held);
                                m_inFlight.release();
                                return;
                            }
                            // Sold from the hold as soon as the hold is durable.
                            const qint64 holdId =
                                held.result.value()[QStringLiteral("hold")].toInteger();
                            sell(key + QStringLiteral("holdsale"),
                                 StressEvent::saleFromHold(m_ids.event, holdId, seat, m_ids.quota));
                        });
    }

    void report(const QString &key, const CommandOutcome &outcome)
    {
        if (outcome.result.ok()) {
            const qint64 order = outcome.result.value()[QStringLiteral("order")].toInteger();
            if (order > 0)
                writeLine("ACK " + QByteArray::number(order) + ' ' + key.toUtf8());
            return;
        }
        if (outcome.result.error().code == ErrorCode::QuotaExhausted)
            m_gaGone = true;
        writeLine("REFUSED " + outcome.result.error().codeName().toUtf8() + ' ' + key.toUtf8());
    }

    Engine &m_engine;
    const StressEvent::Ids &m_ids;
    const QList<StressEvent::Seat> m_seats;
    const int m_round;
    std::atomic<qsizetype> m_nextSeat{0};
    std::atomic<bool> m_gaGone{false};
    std::counting_semaphore<kSellers * kInFlightPerSeller> m_inFlight{kSellers *
                                                                      kInFlightPerSeller};
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        die(QStringLiteral("usage: tessera-crash-child <database> <generation> <round>"));
    const QString path = args[1];
    const int generation = args[2].toInt();
    const int round = args[3].toInt();

    EngineOptions options;

    options.shiftRule = ShiftRule::None; // sells cash without opening a shift
    options.path = path;
    options.terminalId = QStringLiteral("CRASH");
    auto engine = Engine::open(options);
    if (!engine)
        die(engine.error().toString());
    auto ids =
        StressEvent::ensure(**engine, StressEvent::Layout{}, QStringLiteral("crash"), generation);
    if (!ids)
        die(ids.error().codeName() + QStringLiteral(": ") + ids.error().toString());

    QRandomGenerator rng(quint32(round) * 7919u + 17u);
    CrashSeller seller(**engine, *ids, seatsOnSale(path, *ids, rng), round);
    // The parent times its kill from here: a loaded machine may take a while
    // to start the process and open the engine, and that is not what is tested.
    writeLine("SELLING");
    for (int s = 0; s < kSellers; ++s)
        std::thread([&seller, s, seed = rng.generate()] { seller.run(s, seed); }).detach();
    std::this_thread::sleep_for(kLifetime);
    die(QStringLiteral("was not killed within %1 s").arg(kLifetime.count()));
}
