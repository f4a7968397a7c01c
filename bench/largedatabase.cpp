// SPDX-License-Identifier: GPL-3.0-or-later
#include "largedatabase.h"

#include "common/clock.h"
#include "crypto/datakey.h"
#include "engine/engine.h"
#include "orderhistory.h"
#include "query/orderqueries.h"
#include "setup/createeventcommand.h"
#include "setup/demoseeder.h"
#include "setup/demostaff.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace tessera::bench {

namespace {

// Bump when the generated data changes shape, so cached files are rebuilt.
constexpr int kGeneratorVersion = 3;
constexpr qint64 kOrdersPerEvent = 250; // ~450 of the theatre's 503 places

// The box office was set up the day before its first performance went on sale.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 ms)
        : m_ms(ms)
    {}
    qint64 nowMs() const override { return m_ms; }

private:
    qint64 m_ms;
};

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", ".key"})
        QFile::remove(path + QLatin1String(suffix));
}

// The real read paths find what was written: an order, a customer by name
// (blind index, sealed details) and a buyer's card keys (decrypted).
Result<void> checkReadable(SqliteDb &db, const QString &terminalId, const DataKey &key)
{
    OrderQueries queries(db, terminalId, &key);
    auto last = db.prepare(QStringLiteral(
        "SELECT (SELECT MAX(id) FROM orders), (SELECT MIN(order_id) FROM order_lines l JOIN "
        "orders o ON o.id = l.order_id WHERE l.kind = 2 AND o.state = 1)"));
    if (!last)
        return last.error();
    if (auto row = last->step(); !row)
        return row.error();
    const qint64 lastOrder = last->columnInt(0);
    const qint64 cardOrder = last->columnInt(1);
    last->reset();
    if (auto order = queries.order(lastOrder); !order)
        return order.error();
    if (cardOrder) {
        auto codes = queries.cardCodes(cardOrder);
        if (!codes)
            return codes.error();
        if (codes->isEmpty())
            return fail(ErrorCode::NotFound, QStringLiteral("bench card order without codes"));
    }
    return {};
}

Result<void> build(const QString &path, qint64 orders,
                   const std::function<void(const QString &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 events = qMax<qint64>(1, (orders + kOrdersPerEvent - 1) / kOrdersPerEvent);
    std::shared_ptr<const DataKey> key;
    QString terminalId;
    qint64 firstEvent = 0, product = 0;
    const QDateTime today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const QDateTime firstShow(today.date().addDays(-events), QTime(11, 30), Qt::UTC);
    {
        const FixedClock setUpDay(firstShow.toMSecsSinceEpoch() - 2 * 24 * 3600 * 1000);
        EngineOptions options;
        options.shiftRule = ShiftRule::None; // sells cash without opening a shift
        options.path = path;
        options.terminalId = QStringLiteral("T0001");
        options.clock = &setUpDay;
        auto engine = Engine::open(options);
        if (!engine)
            return engine.error();
        // Card keys for about one order in ten (1–2 each), with room to spare.
        const int codes = int(orders * 3 / 20 + 100);
        progress(QStringLiteral("demo box office, %1 card codes, %2 past performances")
                     .arg(codes)
                     .arg(events));
        auto ids = DemoSeeder::seed(**engine, now, codes);
        if (!ids)
            return ids.error();
        product = ids->cardProduct;
        if (auto staff = DemoStaff::seed(**engine); !staff)
            return staff.error();
        // The first performance through the engine; the writer copies it.
        auto command = CreateEventCommand::fromJson(pastEventJson(ids->venue, firstShow, 1));
        if (!command)
            return command.error();
        auto created = (*engine)->execute(std::move(*command), QStringLiteral("bench:event:1"),
                                          QStringLiteral("manager"));
        if (!created.result)
            return created.result.error();
        firstEvent = created.result.value()[QStringLiteral("event")].toInteger();
        auto reader = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
        if (!reader)
            return reader.error();
        key = (*engine)->dataKey(*reader);
        terminalId = (*engine)->terminalId();
        (*engine)->stop();
    }

    auto db = SqliteDb::open(path);
    if (!db)
        return db.error();
    // A throw-away file until it is renamed: no journal, no fsync.
    if (auto r = db->exec(QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA journal_mode=OFF; "
                                         "PRAGMA synchronous=OFF; PRAGMA cache_size=-524288"));
        !r)
        return r;
    auto catalog = HistoryCatalog::read(*db, firstEvent, product);
    if (!catalog)
        return catalog.error();
    progress(QStringLiteral("writing %1 orders (set-up took %2 s)")
                 .arg(orders)
                 .arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    OrderHistoryWriter writer(*db, *catalog, *key);
    auto written = writer.write(orders, events, [&](qint64 n) {
        if (n % 200000 == 0 || n == orders)
            progress(QStringLiteral("%1 orders written (%2 s)")
                         .arg(n)
                         .arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    });
    if (!written)
        return written;
    if (auto r = db->exec(QStringLiteral("PRAGMA journal_mode=WAL")); !r)
        return r;
    if (auto r = checkReadable(*db, terminalId, *key); !r)
        return r;
    progress(
        QStringLiteral("database ready in %1 s").arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    return {};
}

} // namespace

QString LargeDatabase::defaultCacheDir()
{
    return QDir(QDir::tempPath()).filePath(QStringLiteral("tessera-bench-cache"));
}

QString LargeDatabase::fileName(qint64 orders)
{
    return QStringLiteral("orders-%1-schema%2-gen%3.db")
        .arg(orders)
        .arg(Schema::kCurrentVersion)
        .arg(kGeneratorVersion);
}

Result<QString> LargeDatabase::ensure(const Options &options,
                                      const std::function<void(const QString &)> &progress)
{
    if (options.orders <= 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("orders must be positive"),
                    QStringLiteral("orders"));
    const QDir dir(options.cacheDir.isEmpty() ? defaultCacheDir() : options.cacheDir);
    if (!QDir().mkpath(dir.path()))
        return fail(ErrorCode::StorageError, QStringLiteral("cannot create the cache folder"),
                    dir.path());
    const QString name = fileName(options.orders);
    const QString path = dir.filePath(name);
    if (QFile::exists(path) && QFile::exists(path + QStringLiteral(".key"))) {
        progress(QStringLiteral("reusing %1").arg(path));
        return path;
    }
    // Files of other schema or generator versions are stale (about 1 GB each
    // at a million orders); builds of other processes are left alone.
    const QString prefix = QStringLiteral("orders-%1-").arg(options.orders);
    for (const QString &old : dir.entryList({prefix + QStringLiteral("*.db")}, QDir::Files)) {
        if (old != name)
            removeDatabase(dir.filePath(old));
    }
    const QString building =
        path + QStringLiteral(".building-%1").arg(QCoreApplication::applicationPid());
    removeDatabase(building);
    progress(QStringLiteral("building %1 (once; later runs reuse it)").arg(path));
    if (auto r = build(building, options.orders, progress); !r) {
        removeDatabase(building);
        return r.error();
    }
    // The key first: a database file at the final name is always complete.
    QFile::remove(path + QStringLiteral(".key"));
    QFile::remove(path);
    if (!QFile::rename(building + QStringLiteral(".key"), path + QStringLiteral(".key")) ||
        !QFile::rename(building, path)) {
        removeDatabase(building);
        return fail(ErrorCode::StorageError, QStringLiteral("cannot move the built database"),
                    path);
    }
    return path;
}

} // namespace tessera::bench
