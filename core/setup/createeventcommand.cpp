// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/createeventcommand.h"

#include "common/jsonfields.h"
#include "common/money.h"
#include "engine/writecontext.h"
#include "setup/eventprices.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera", text);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Reads an ISO 8601 date-time with an offset ("2026-12-31T19:30:00+08:00" or "...Z").
Result<qint64> readTime(const JsonFields &f, const QString &name, bool required)
{
    auto text = required ? f.string(name) : f.optionalString(name);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return qint64(0);
    const QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return fail(ErrorCode::InvalidInput,
                    tr("Give a date and time with its offset, e.g. 2026-12-31T19:30:00+08:00."),
                    f.path(name));
    return t.toMSecsSinceEpoch();
}

QJsonArray pricesToJson(const QList<CreateEventCommand::Price> &prices)
{
    QJsonArray out;
    for (const auto &p : prices) {
        QJsonObject o{{QStringLiteral("ticket_type"), p.ticketType},
                      {QStringLiteral("amount"), p.amount}};
        if (!p.category.isEmpty())
            o.insert(QStringLiteral("category"), p.category);
        out.push_back(o);
    }
    return out;
}

} // namespace

Result<std::unique_ptr<Command>> CreateEventCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"venue", "name", "starts_at", "ends_at", "sale_starts_at", "sale_ends_at",
                         "currency", "ticket_types", "prices", "ga"});
        !r)
        return r.error();
    Input in;
    auto venue = f.positive(QStringLiteral("venue"));
    if (!venue)
        return venue.error();
    in.venueId = *venue;
    auto name = f.string(QStringLiteral("name"));
    if (!name)
        return name.error();
    in.name = name->trimmed();
    for (auto [field, target, required] :
         {std::tuple{"starts_at", &in.startsAt, true}, std::tuple{"ends_at", &in.endsAt, false},
          std::tuple{"sale_starts_at", &in.saleStartsAt, false},
          std::tuple{"sale_ends_at", &in.saleEndsAt, false}}) {
        auto t = readTime(f, QString::fromLatin1(field), required);
        if (!t)
            return t.error();
        *target = *t;
    }
    if (in.endsAt && in.endsAt < in.startsAt)
        return fail(ErrorCode::InvalidInput, tr("The event ends before it starts."),
                    QStringLiteral("ends_at"));
    if (in.saleStartsAt && in.saleEndsAt && in.saleEndsAt <= in.saleStartsAt)
        return fail(ErrorCode::InvalidInput, tr("Sales close before they open."),
                    QStringLiteral("sale_ends_at"));
    auto currency = f.string(QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    if (!isCurrencyCode(*currency))
        return fail(ErrorCode::InvalidInput,
                    tr("A currency is a three-letter ISO 4217 code such as CNY."),
                    QStringLiteral("currency"));
    in.currency = *currency;

    auto types = f.optionalArray(QStringLiteral("ticket_types"));
    if (!types)
        return types.error();
    QSet<QString> typeCodes;
    for (qsizetype i = 0; i < types->size(); ++i) {
        const JsonFields t(types->at(i).toObject(),
                           jsonIndexPath({}, QStringLiteral("ticket_types"), i));
        if (auto r = t.only({"code", "name"}); !r)
            return r.error();
        auto code = t.string(QStringLiteral("code"));
        if (!code)
            return code.error();
        auto typeName = t.optionalString(QStringLiteral("name"));
        if (!typeName)
            return typeName.error();
        if (typeCodes.contains(*code))
            return fail(ErrorCode::DuplicateId, tr("This ticket type is given twice."),
                        t.path(QStringLiteral("code")));
        typeCodes.insert(*code);
        in.ticketTypes.push_back({*code, typeName->isEmpty() ? *code : *typeName});
    }
    if (in.ticketTypes.isEmpty()) {
        in.ticketTypes.push_back({QStringLiteral("adult"), QStringLiteral("Adult")});
        typeCodes.insert(QStringLiteral("adult"));
    }

    auto prices = f.optionalArray(QStringLiteral("prices"));
    if (!prices)
        return prices.error();
    auto seatPrices = readEventPrices(*prices, QStringLiteral("prices"), "category");
    if (!seatPrices)
        return seatPrices.error();
    in.prices = *seatPrices;

    auto quotas = f.optionalArray(QStringLiteral("ga"));
    if (!quotas)
        return quotas.error();
    QSet<QString> quotaNames;
    for (qsizetype i = 0; i < quotas->size(); ++i) {
        const QString path = jsonIndexPath({}, QStringLiteral("ga"), i);
        const JsonFields q(quotas->at(i).toObject(), path);
        if (auto r = q.only({"name", "capacity", "prices"}); !r)
            return r.error();
        Quota quota;
        auto qname = q.string(QStringLiteral("name"));
        if (!qname)
            return qname.error();
        if (quotaNames.contains(*qname))
            return fail(ErrorCode::DuplicateId, tr("Two GA quotas have this name."),
                        q.path(QStringLiteral("name")));
        quotaNames.insert(*qname);
        quota.name = *qname;
        auto capacity = q.positive(QStringLiteral("capacity"));
        if (!capacity)
            return capacity.error();
        quota.capacity = *capacity;
        auto qprices = q.array(QStringLiteral("prices"));
        if (!qprices)
            return qprices.error();
        auto parsed = readEventPrices(*qprices, q.path(QStringLiteral("prices")), nullptr);
        if (!parsed)
            return parsed.error();
        if (parsed->isEmpty())
            return fail(ErrorCode::MissingField, tr("A GA quota needs at least one price."),
                        q.path(QStringLiteral("prices")));
        quota.prices = *parsed;
        in.quotas.push_back(quota);
    }
    auto checkType = [&](const Price &p, const QString &path) -> Result<void> {
        if (!typeCodes.contains(p.ticketType))
            return fail(ErrorCode::UnknownReference,
                        tr("\"%1\" is not one of this event's ticket types.").arg(p.ticketType),
                        path);
        return {};
    };
    for (qsizetype i = 0; i < in.prices.size(); ++i) {
        if (auto r = checkType(in.prices[i], jsonIndexPath({}, QStringLiteral("prices"), i) +
                                                 QStringLiteral(".ticket_type"));
            !r)
            return r.error();
    }
    for (qsizetype i = 0; i < in.quotas.size(); ++i) {
        for (qsizetype j = 0; j < in.quotas[i].prices.size(); ++j) {
            if (auto r = checkType(in.quotas[i].prices[j],
                                   jsonIndexPath(jsonIndexPath({}, QStringLiteral("ga"), i),
                                                 QStringLiteral("prices"), j) +
                                       QStringLiteral(".ticket_type"));
                !r)
                return r.error();
        }
    }
    return std::unique_ptr<Command>(new CreateEventCommand(std::move(in)));
}

QJsonObject CreateEventCommand::toJson() const
{
    QJsonArray types;
    for (const auto &t : m_in.ticketTypes)
        types.push_back(
            QJsonObject{{QStringLiteral("code"), t.code}, {QStringLiteral("name"), t.name}});
    QJsonArray quotas;
    for (const auto &q : m_in.quotas)
        quotas.push_back(QJsonObject{{QStringLiteral("name"), q.name},
                                     {QStringLiteral("capacity"), q.capacity},
                                     {QStringLiteral("prices"), pricesToJson(q.prices)}});
    QJsonObject o{{QStringLiteral("venue"), m_in.venueId},
                  {QStringLiteral("name"), m_in.name},
                  {QStringLiteral("starts_at"), isoTime(m_in.startsAt)},
                  {QStringLiteral("currency"), m_in.currency},
                  {QStringLiteral("ticket_types"), types},
                  {QStringLiteral("prices"), pricesToJson(m_in.prices)},
                  {QStringLiteral("ga"), quotas}};
    if (m_in.endsAt)
        o.insert(QStringLiteral("ends_at"), isoTime(m_in.endsAt));
    if (m_in.saleStartsAt)
        o.insert(QStringLiteral("sale_starts_at"), isoTime(m_in.saleStartsAt));
    if (m_in.saleEndsAt)
        o.insert(QStringLiteral("sale_ends_at"), isoTime(m_in.saleEndsAt));
    return o;
}

Result<CommandResult> CreateEventCommand::apply(WriteContext &ctx)
{
    // The venue's categories: every price must name one, and every category
    // must have a price, or its seats could never be sold.
    QHash<QString, qint64> categories;
    {
        auto stmt = ctx.statement("SELECT id, name FROM categories WHERE venue_id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, m_in.venueId);
        for (;;) {
            auto row = (*stmt)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            categories.insert((*stmt)->columnText(1), (*stmt)->columnInt(0));
        }
    }
    if (categories.isEmpty()) {
        auto stmt = ctx.statement("SELECT 1 FROM venues WHERE id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, m_in.venueId);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        (*stmt)->reset();
        if (!*row)
            return fail(ErrorCode::NotFound, tr("There is no venue %1.").arg(m_in.venueId),
                        QStringLiteral("venue"));
    }
    QSet<QString> priced;
    for (qsizetype i = 0; i < m_in.prices.size(); ++i) {
        if (!categories.contains(m_in.prices[i].category))
            return fail(ErrorCode::UnknownReference,
                        tr("The venue has no seat category \"%1\".").arg(m_in.prices[i].category),
                        jsonIndexPath({}, QStringLiteral("prices"), i) +
                            QStringLiteral(".category"));
        priced.insert(m_in.prices[i].category);
    }
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        if (!priced.contains(it.key()))
            return fail(ErrorCode::MissingField,
                        tr("Seat category \"%1\" has no price, so its seats could not be sold.")
                            .arg(it.key()),
                        QStringLiteral("prices"));
    }

    auto eventId = ctx.insert(
        "INSERT INTO events(venue_id, name, starts_at, ends_at, sale_starts_at, sale_ends_at, "
        "currency, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
        [&](SqliteStatement &s) {
            s.bind(1, m_in.venueId).bind(2, m_in.name).bind(3, m_in.startsAt);
            m_in.endsAt ? s.bind(4, m_in.endsAt) : s.bindNull(4);
            m_in.saleStartsAt ? s.bind(5, m_in.saleStartsAt) : s.bindNull(5);
            m_in.saleEndsAt ? s.bind(6, m_in.saleEndsAt) : s.bindNull(6);
            s.bind(7, m_in.currency).bind(8, ctx.now());
        });
    if (!eventId)
        return eventId.error();
    QHash<QString, qint64> typeIds;
    for (const auto &t : m_in.ticketTypes) {
        auto id = ctx.insert(
            "INSERT INTO ticket_types(event_id, code, name) VALUES(?, ?, ?)",
            [&](SqliteStatement &s) { s.bind(1, *eventId).bind(2, t.code).bind(3, t.name); });
        if (!id)
            return id.error();
        typeIds.insert(t.code, *id);
    }
    for (const auto &p : m_in.prices) {
        auto r = ctx.run("INSERT INTO seat_prices(event_id, category_id, ticket_type_id, amount) "
                         "VALUES(?, ?, ?, ?)",
                         [&](SqliteStatement &s) {
                             s.bind(1, *eventId).bind(2, categories.value(p.category));
                             s.bind(3, typeIds.value(p.ticketType)).bind(4, p.amount);
                         });
        if (!r)
            return r.error();
    }
    QJsonArray quotaIds;
    for (const auto &q : m_in.quotas) {
        auto id = ctx.insert(
            "INSERT INTO ga_quotas(event_id, name, capacity) VALUES(?, ?, ?)",
            [&](SqliteStatement &s) { s.bind(1, *eventId).bind(2, q.name).bind(3, q.capacity); });
        if (!id)
            return id.error();
        quotaIds.push_back(QJsonObject{{QStringLiteral("ga"), *id},
                                       {QStringLiteral("name"), q.name},
                                       {QStringLiteral("capacity"), q.capacity}});
        for (const auto &p : q.prices) {
            auto r = ctx.run("INSERT INTO ga_prices(quota_id, ticket_type_id, amount) "
                             "VALUES(?, ?, ?)",
                             [&](SqliteStatement &s) {
                                 s.bind(1, *id).bind(2, typeIds.value(p.ticketType));
                                 s.bind(3, p.amount);
                             });
            if (!r)
                return r.error();
        }
    }
    auto seats = ctx.run("INSERT INTO event_seats(event_id, seat_id) "
                         "SELECT ?, id FROM seats WHERE venue_id = ? ORDER BY id",
                         [&](SqliteStatement &s) { s.bind(1, *eventId).bind(2, m_in.venueId); });
    if (!seats)
        return seats.error();
    const qint64 seatCount = ctx.db().changes();
    return QJsonObject{{QStringLiteral("event"), *eventId},
                       {QStringLiteral("name"), m_in.name},
                       {QStringLiteral("seats"), seatCount},
                       {QStringLiteral("ga"), quotaIds}};
}

} // namespace tessera
