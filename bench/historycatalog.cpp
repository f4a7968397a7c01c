// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycatalog.h"

#include "storage/sqlitedb.h"

#include <QHash>
#include <QJsonArray>

#include <array>

namespace tessera::bench {

namespace {

int typeIndex(const QString &code)
{
    if (code == QLatin1String("adult"))
        return 0;
    if (code == QLatin1String("child"))
        return 1;
    if (code == QLatin1String("student"))
        return 2;
    return -1;
}

// Runs `sql` with `binds` applied and calls `row` for each result row.
template<typename Bind, typename Row>
Result<void> eachRow(SqliteDb &db, const char *sql, Bind &&binds, Row &&row)
{
    auto s = db.prepare(QString::fromLatin1(sql));
    if (!s)
        return s.error();
    binds(*s);
    return s->forEachRow(row);
}

} // namespace

QJsonObject pastEventJson(qint64 venue, const QDateTime &startsAt, qint64 number)
{
    static const char *const titles[] = {"Swan Lake", "The Nutcracker", "Giselle", "Carmen",
                                         "La Bohème", "Don Quixote",    "Coppélia"};
    auto price = [](const char *category, const char *type, qint64 amount) {
        return QJsonObject{{QStringLiteral("category"), QLatin1String(category)},
                           {QStringLiteral("ticket_type"), QLatin1String(type)},
                           {QStringLiteral("amount"), amount}};
    };
    auto type = [](const char *code, const char *name) {
        return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                           {QStringLiteral("name"), QLatin1String(name)}};
    };
    const QString start = startsAt.toString(Qt::ISODate);
    const QString name = QStringLiteral("Repertoire ") + QString::number(number) +
                         QStringLiteral(": ") + QString::fromUtf8(titles[number % 7]);
    return QJsonObject{
        {QStringLiteral("venue"), venue},
        {QStringLiteral("name"), name},
        {QStringLiteral("starts_at"), start},
        {QStringLiteral("ends_at"), startsAt.addSecs(2 * 3600 + 30 * 60).toString(Qt::ISODate)},
        {QStringLiteral("sale_ends_at"), start},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("ticket_types"),
         QJsonArray{type("adult", "Adult"), type("child", "Child"), type("student", "Student")}},
        {QStringLiteral("prices"),
         QJsonArray{price("Stalls", "adult", 38000), price("Stalls", "child", 19000),
                    price("Stalls", "student", 28000), price("Balcony", "adult", 22000),
                    price("Balcony", "child", 11000), price("Balcony", "student", 16000)}},
        {QStringLiteral("ga"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("Standing")},
             {QStringLiteral("capacity"), 200},
             {QStringLiteral("prices"),
              QJsonArray{QJsonObject{{QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                     {QStringLiteral("amount"), 12000}}}}}}}};
}

Result<HistoryCatalog> HistoryCatalog::read(SqliteDb &db, qint64 firstEvent, qint64 cardProduct)
{
    HistoryCatalog c;
    c.cardProduct = cardProduct;
    auto none = [](SqliteStatement &) {};
    if (auto r = eachRow(db, "SELECT value FROM settings WHERE key = 'terminal_id'", none,
                         [&](SqliteStatement &s) { c.terminalId = s.columnText(0); });
        !r)
        return r.error();
    Event &first = c.first;
    auto r = eachRow(
        db, "SELECT id, starts_at, currency, venue_id FROM events WHERE id = ?",
        [&](SqliteStatement &s) { s.bind(1, firstEvent); },
        [&](SqliteStatement &s) {
            first.id = s.columnInt(0);
            first.startsAt = s.columnInt(1);
            c.currency = s.columnText(2);
            c.venue = s.columnInt(3);
        });
    if (!r)
        return r.error();
    r = eachRow(
        db, "SELECT id, code FROM ticket_types WHERE event_id = ?",
        [&](SqliteStatement &s) { s.bind(1, firstEvent); },
        [&](SqliteStatement &s) {
            const int type = typeIndex(s.columnText(1));
            if (type >= 0)
                first.typeIds[type] = s.columnInt(0);
        });
    if (!r)
        return r.error();
    r = eachRow(
        db, "SELECT id, capacity FROM ga_quotas WHERE event_id = ?",
        [&](SqliteStatement &s) { s.bind(1, firstEvent); },
        [&](SqliteStatement &s) {
            first.quota = s.columnInt(0);
            c.quotaCapacity = s.columnInt(1);
        });
    if (!r)
        return r.error();

    // Every bench event has the same prices; the first one's stand for all.
    QHash<qint64, std::array<qint64, 3>> priceByCategory;
    r = eachRow(
        db,
        "SELECT p.category_id, t.code, p.amount FROM seat_prices p "
        "JOIN ticket_types t ON t.id = p.ticket_type_id WHERE p.event_id = ?",
        [&](SqliteStatement &s) { s.bind(1, first.id); },
        [&](SqliteStatement &s) {
            const int type = typeIndex(s.columnText(1));
            if (type >= 0)
                priceByCategory[s.columnInt(0)][size_t(type)] = s.columnInt(2);
        });
    if (!r)
        return r.error();
    r = eachRow(
        db, "SELECT id, guid, category_id FROM seats WHERE venue_id = ? ORDER BY id",
        [&](SqliteStatement &s) { s.bind(1, c.venue); },
        [&](SqliteStatement &s) {
            const std::array<qint64, 3> prices = priceByCategory.value(s.columnInt(2));
            c.seats.push_back(
                Seat{s.columnInt(0), s.columnText(1), {prices[0], prices[1], prices[2]}});
        });
    if (!r)
        return r.error();
    r = eachRow(
        db, "SELECT amount FROM ga_prices WHERE quota_id = ? AND ticket_type_id = ?",
        [&](SqliteStatement &s) { s.bind(1, first.quota).bind(2, first.typeIds[0]); },
        [&](SqliteStatement &s) { c.gaPrice = s.columnInt(0); });
    if (!r)
        return r.error();

    r = eachRow(
        db, "SELECT price FROM card_products WHERE id = ?",
        [&](SqliteStatement &s) { s.bind(1, cardProduct); },
        [&](SqliteStatement &s) { c.cardPrice = s.columnInt(0); });
    if (!r)
        return r.error();
    r = eachRow(
        db, "SELECT id FROM card_codes WHERE product_id = ? AND state = 0 ORDER BY id",
        [&](SqliteStatement &s) { s.bind(1, cardProduct); },
        [&](SqliteStatement &s) { c.codes.push_back(s.columnInt(0)); });
    if (!r)
        return r.error();
    if (c.seats.empty() || !c.gaPrice || !c.cardPrice || !first.quota)
        return fail(ErrorCode::NotFound, QStringLiteral("the bench catalog is incomplete"));
    return c;
}

} // namespace tessera::bench
