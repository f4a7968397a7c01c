// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogservice.h"

#include "catalog/cardallocation.h"
#include "catalog/catalogcommands.h"
#include "catalog/catalogexport.h"
#include "common/jsonfields.h"
#include "crypto/sha256.h"
#include "engine/engine.h"
#include "storage/sqlitedb.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace tessera {

namespace {

Result<QJsonObject> run(Engine &engine, std::unique_ptr<Command> command, const QString &key)
{
    CommandOutcome outcome = engine.execute(std::move(command), key);
    return outcome.result;
}

QString freshKey(const char *what)
{
    return QLatin1String(what) + QLatin1Char(':') +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isPositive(const QJsonValue &v)
{
    return isWholeNumber(v, 1);
}

Result<QStringList> seatList(const QJsonObject &request)
{
    QStringList seats;
    const QJsonArray list = request.value(QLatin1String("seats")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString() || list.at(i).toString().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        CatalogService::tr("A seat is named by its plan id (text)."),
                        QStringLiteral("seats[%1]").arg(i));
        seats << list.at(i).toString();
    }
    return seats;
}

// [[event, seat], …] as the terminal sends it.
Result<QJsonArray> pairs(const QJsonValue &value, const QString &where)
{
    if (!value.isUndefined() && !value.isArray())
        return fail(ErrorCode::InvalidInput, CatalogService::tr("A list is expected."), where);
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonArray p = list.at(i).toArray();
        if (p.size() != 2 || !isPositive(p.at(0)) || !isPositive(p.at(1)))
            return fail(ErrorCode::InvalidInput, CatalogService::tr("[event, seat] is expected."),
                        QStringLiteral("%1[%2]").arg(where).arg(i));
    }
    return list;
}

// [quota id, places kept] pairs of a GA take-back's answer.
Result<QJsonArray> kept(const QJsonValue &value, const QString &where)
{
    if (!value.isUndefined() && !value.isArray())
        return fail(ErrorCode::InvalidInput, CatalogService::tr("A list is expected."), where);
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonArray p = list.at(i).toArray();
        if (p.size() != 2 || !isPositive(p.at(0)) || !isWholeNumber(p.at(1), 0))
            return fail(ErrorCode::InvalidInput,
                        CatalogService::tr("[quota, places kept] is expected."),
                        QStringLiteral("%1[%2]").arg(where).arg(i));
    }
    return list;
}

// Card keys by the server's ids, as the terminal sends them back.
Result<QJsonArray> ids(const QJsonValue &value, const QString &where)
{
    if (!value.isUndefined() && !value.isArray())
        return fail(ErrorCode::InvalidInput, CatalogService::tr("A list is expected."), where);
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!isPositive(list.at(i)))
            return fail(ErrorCode::InvalidInput,
                        CatalogService::tr("A card key's id (a number) is expected."),
                        QStringLiteral("%1[%2]").arg(where).arg(i));
    }
    return list;
}

} // namespace

Result<void> CatalogService::prepare()
{
    auto r = run(m_engine, std::make_unique<PrepareCatalogCommand>(),
                 QStringLiteral("server:prepare-catalog:3"));
    if (!r)
        return r.error();
    return {};
}

Result<QJsonObject> CatalogService::allocate(const QJsonObject &request)
{
    const QString terminal = request.value(QLatin1String("terminal")).toString();
    if (request.contains(QLatin1String("card"))) {
        const QJsonValue codes = request.value(QLatin1String("codes"));
        if (!isPositive(codes))
            return fail(ErrorCode::InvalidInput, tr("Give a number of card keys above 0."),
                        QStringLiteral("codes"));
        return run(
            m_engine,
            std::make_unique<AllocateCardsCommand>(
                terminal, request.value(QLatin1String("card")).toString(), codes.toInteger()),
            freshKey("allocate-cards"));
    }
    const QJsonValue event = request.value(QLatin1String("event"));
    if (!isPositive(event))
        return fail(ErrorCode::InvalidInput, tr("Name the event by its id."),
                    QStringLiteral("event"));
    if (request.contains(QLatin1String("ga"))) {
        const QJsonValue places = request.value(QLatin1String("places"));
        if (!isPositive(places))
            return fail(ErrorCode::InvalidInput, tr("Give a number of places above 0."),
                        QStringLiteral("places"));
        return run(m_engine,
                   std::make_unique<AllocateGaCommand>(
                       terminal, event.toInteger(), request.value(QLatin1String("ga")).toString(),
                       places.toInteger()),
                   freshKey("allocate-ga"));
    }
    auto seats = seatList(request);
    if (!seats)
        return seats.error();
    const QJsonValue count = request.value(QLatin1String("count"));
    if (!count.isUndefined() && !isPositive(count))
        return fail(ErrorCode::InvalidInput, tr("Give a number of seats above 0."),
                    QStringLiteral("count"));
    return run(m_engine,
               std::make_unique<AllocateSeatsCommand>(terminal, event.toInteger(), *seats,
                                                      count.toInteger()),
               freshKey("allocate-seats"));
}

Result<QJsonObject> CatalogService::takeBack(const QJsonObject &request)
{
    if (request.contains(QLatin1String("card"))) {
        const QJsonValue codes = request.value(QLatin1String("codes"));
        if (!codes.isUndefined() && !isPositive(codes))
            return fail(ErrorCode::InvalidInput, tr("Give a number of card keys above 0."),
                        QStringLiteral("codes"));
        return run(m_engine,
                   std::make_unique<TakeBackCardsCommand>(
                       request.value(QLatin1String("terminal")).toString(),
                       request.value(QLatin1String("card")).toString(), codes.toInteger()),
                   freshKey("take-back-cards"));
    }
    const QJsonValue event = request.value(QLatin1String("event"));
    if (!isPositive(event))
        return fail(ErrorCode::InvalidInput, tr("Name the event by its id."),
                    QStringLiteral("event"));
    if (request.contains(QLatin1String("ga"))) {
        const QJsonValue places = request.value(QLatin1String("places"));
        if (!places.isUndefined() && !isPositive(places))
            return fail(ErrorCode::InvalidInput, tr("Give a number of places above 0."),
                        QStringLiteral("places"));
        return run(m_engine,
                   std::make_unique<TakeBackGaCommand>(
                       request.value(QLatin1String("terminal")).toString(), event.toInteger(),
                       request.value(QLatin1String("ga")).toString(), places.toInteger()),
                   freshKey("take-back-ga"));
    }
    auto seats = seatList(request);
    if (!seats)
        return seats.error();
    return run(m_engine,
               std::make_unique<TakeBackSeatsCommand>(
                   request.value(QLatin1String("terminal")).toString(), event.toInteger(), *seats),
               freshKey("take-back"));
}

Result<QJsonObject> CatalogService::pull(qint64 terminalId, const QJsonObject &body)
{
    const QJsonValue since = body.value(QLatin1String("since"));
    if (!isWholeNumber(since, 0))
        return fail(ErrorCode::InvalidInput,
                    tr("\"since\" is the catalog version the terminal has (0 for none)."),
                    QStringLiteral("since"));
    const QJsonObject ack = body.value(QLatin1String("ack")).toObject();
    auto released = pairs(ack.value(QLatin1String("released")), QStringLiteral("ack.released"));
    if (!released)
        return released.error();
    auto sold = pairs(ack.value(QLatin1String("sold")), QStringLiteral("ack.sold"));
    if (!sold)
        return sold.error();
    auto ga = kept(ack.value(QLatin1String("ga")), QStringLiteral("ack.ga"));
    if (!ga)
        return ga.error();
    auto cardsReleased =
        ids(ack.value(QLatin1String("cards_released")), QStringLiteral("ack.cards_released"));
    if (!cardsReleased)
        return cardsReleased.error();
    auto cardsSold = ids(ack.value(QLatin1String("cards_sold")), QStringLiteral("ack.cards_sold"));
    if (!cardsSold)
        return cardsSold.error();
    const QJsonValue version = ack.value(QLatin1String("version"));
    if (!ga->isEmpty() && !isPositive(version))
        return fail(ErrorCode::InvalidInput,
                    tr("\"version\" is the catalog version the answer comes from."),
                    QStringLiteral("ack.version"));
    if (!released->isEmpty() || !sold->isEmpty() || !ga->isEmpty() || !cardsReleased->isEmpty() ||
        !cardsSold->isEmpty()) {
        const QByteArray digest = Sha256::digest(
            {QJsonDocument(ack).toJson(QJsonDocument::Compact), QByteArray::number(terminalId)});
        // The same answer sent again is a replay: nothing changes twice.
        auto taken = run(m_engine,
                         std::make_unique<AcknowledgeTakeBackCommand>(
                             terminalId, *released, *sold, *ga, version.toInteger(),
                             CardKeysBack{*cardsReleased, *cardsSold}),
                         QStringLiteral("take-back-ack:") + QString::fromLatin1(digest.toHex()));
        if (!taken)
            return taken.error();
    }
    const auto key = m_engine.dataKey(*m_reader);
    return CatalogExport::since(*m_reader, terminalId, since.toInteger(), key.get());
}

Result<QJsonObject> CatalogService::topUp(const QString &terminal, const QJsonObject &body)
{
    if (body.contains(QLatin1String("card")))
        return topUpCards(terminal, body);
    const QJsonValue event = body.value(QLatin1String("event"));
    if (!isPositive(event))
        return fail(ErrorCode::InvalidInput, tr("Name the event by its id."),
                    QStringLiteral("event"));
    const bool ga = body.contains(QLatin1String("ga"));
    const QJsonValue wanted = body.value(ga ? QLatin1String("places") : QLatin1String("seats"));
    if (!isPositive(wanted))
        return fail(ErrorCode::InvalidInput, tr("Ask for a number above 0."),
                    ga ? QStringLiteral("places") : QStringLiteral("seats"));
    if (ga && !isPositive(body.value(QLatin1String("ga"))))
        return fail(ErrorCode::InvalidInput, tr("Name the GA quota by its id."),
                    QStringLiteral("ga"));
    // Only a terminal that holds an allocation of this event (not one whose
    // seats or places a manager took back, until a manager gives it more) is
    // topped up.
    auto holds = m_reader->prepare(
        ga ? QStringLiteral("SELECT COUNT(*) FROM ga_allocations a JOIN server_terminals t ON "
                            "t.id = a.terminal_id WHERE t.name = ? AND a.quota_id = ? AND "
                            "a.places > 0 AND a.taking_version = 0")
           : QStringLiteral("SELECT COUNT(*) FROM seat_allocations a JOIN server_terminals t ON "
                            "t.id = a.terminal_id WHERE t.name = ? AND a.event_id = ? AND "
                            "a.state = 0"));
    if (!holds)
        return holds.error();
    holds->bind(1, terminal)
        .bind(2, ga ? body.value(QLatin1String("ga")).toInteger() : event.toInteger());
    qint64 held = 0;
    if (auto r = holds->forEachRow([&](SqliteStatement &s) { held = s.columnInt(0); }); !r)
        return r.error();
    if (held == 0)
        return QJsonObject{{QStringLiteral("granted"), 0}};
    // What the server still has, read first: a request never fails for
    // asking more than is left.
    auto stmt = m_reader->prepare(
        ga ? QStringLiteral("SELECT q.name, q.capacity - q.sold - q.held - (SELECT "
                            "COALESCE(SUM(a.places), 0) FROM ga_allocations a WHERE a.quota_id = "
                            "q.id) FROM ga_quotas q WHERE q.id = ? AND q.event_id = ?")
           : QStringLiteral("SELECT '', COUNT(*) FROM event_seats WHERE state = 0 AND ? > 0 AND "
                            "event_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ga ? body.value(QLatin1String("ga")).toInteger() : qint64(1))
        .bind(2, event.toInteger());
    QString quota;
    qint64 left = 0;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
            quota = s.columnText(0);
            left = s.columnInt(1);
        });
        !r)
        return r.error();
    const qint64 n = std::min({wanted.toInteger(), left, kMaxTopUp});
    if (n <= 0)
        return QJsonObject{{QStringLiteral("granted"), 0}};
    std::unique_ptr<Command> command;
    if (ga)
        command = std::make_unique<AllocateGaCommand>(terminal, event.toInteger(), quota, n);
    else
        command =
            std::make_unique<AllocateSeatsCommand>(terminal, event.toInteger(), QStringList{}, n);
    auto given = run(m_engine, std::move(command), freshKey("top-up"));
    if (!given) {
        // Another allocation took them first: nothing this time.
        if (given.error().code == ErrorCode::SeatUnavailable ||
            given.error().code == ErrorCode::QuotaExhausted)
            return QJsonObject{{QStringLiteral("granted"), 0}};
        return given.error();
    }
    return QJsonObject{{QStringLiteral("granted"), n}};
}

// {"card": product id, "codes": N}: more card keys for a terminal that holds
// some of the product already.
Result<QJsonObject> CatalogService::topUpCards(const QString &terminal, const QJsonObject &body)
{
    const QJsonValue product = body.value(QLatin1String("card"));
    const QJsonValue wanted = body.value(QLatin1String("codes"));
    if (!isPositive(product))
        return fail(ErrorCode::InvalidInput, tr("Name the card product by its id."),
                    QStringLiteral("card"));
    if (!isPositive(wanted))
        return fail(ErrorCode::InvalidInput, tr("Ask for a number above 0."),
                    QStringLiteral("codes"));
    auto stmt = m_reader->prepare(QStringLiteral(
        "SELECT p.name, (SELECT COUNT(*) FROM card_allocations a JOIN server_terminals t ON "
        "t.id = a.terminal_id WHERE t.name = ? AND a.product_id = p.id), (SELECT COUNT(*) FROM "
        "card_codes c WHERE c.product_id = p.id AND c.state = 0) FROM card_products p WHERE "
        "p.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, terminal).bind(2, product.toInteger());
    QString name;
    qint64 held = 0, left = 0;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
            name = s.columnText(0);
            held = s.columnInt(1);
            left = s.columnInt(2);
        });
        !r)
        return r.error();
    const qint64 n = std::min({wanted.toInteger(), left, kMaxTopUp});
    if (held == 0 || n <= 0)
        return QJsonObject{{QStringLiteral("granted"), 0}};
    auto given = run(m_engine, std::make_unique<AllocateCardsCommand>(terminal, name, n),
                     freshKey("top-up"));
    if (!given) {
        if (given.error().code == ErrorCode::PoolExhausted)
            return QJsonObject{{QStringLiteral("granted"), 0}};
        return given.error();
    }
    return QJsonObject{{QStringLiteral("granted"), n}};
}

} // namespace tessera
