// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/editeventcommand.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "setup/eventprices.h"

#include <QDateTime>
#include <QSet>

namespace tessera {

namespace {

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

// An ISO 8601 date-time with its offset; "" (0) where clearing is allowed.
Result<std::optional<qint64>> readTime(const JsonFields &f, const QString &name, bool clearable)
{
    if (!f.has(name))
        return std::optional<qint64>();
    auto text = f.optionalString(name);
    if (!text)
        return text.error();
    if (text->isEmpty()) {
        if (clearable)
            return std::optional<qint64>(0);
        return fail(ErrorCode::MissingField, EditEventCommand::tr("The event needs a start time."),
                    f.path(name));
    }
    const QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return fail(ErrorCode::InvalidInput,
                    EditEventCommand::tr("Give a date and time with its offset, e.g. "
                                         "2026-12-31T19:30:00+08:00."),
                    f.path(name));
    return std::optional<qint64>(t.toMSecsSinceEpoch());
}

Result<QList<EventPrice>> readPrices(const JsonFields &f, const QString &field,
                                     const char *nameField)
{
    auto array = f.optionalArray(field);
    if (!array)
        return array.error();
    return readEventPrices(*array, f.path(field), nameField);
}

QJsonArray pricesToJson(const QList<EditEventCommand::Price> &prices, const QString &nameField)
{
    QJsonArray out;
    for (const auto &p : prices)
        out.push_back(QJsonObject{{nameField, p.category},
                                  {QStringLiteral("ticket_type"), p.ticketType},
                                  {QStringLiteral("amount"), p.amount}});
    return out;
}

// name -> id from a two-column query bound to one id.
Result<QHash<QString, qint64>> idsByName(WriteContext &ctx, const char *sql, qint64 scope)
{
    auto stmt = ctx.statement(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, scope);
    QHash<QString, qint64> out;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.insert((*stmt)->columnText(1), (*stmt)->columnInt(0));
    }
    return out;
}

} // namespace

Result<std::unique_ptr<Command>> EditEventCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"event", "name", "starts_at", "ends_at", "sale_starts_at", "sale_ends_at",
                         "prices", "ga_prices"});
        !r)
        return r.error();
    Input in;
    auto event = f.positive(QStringLiteral("event"));
    if (!event)
        return event.error();
    in.eventId = *event;
    if (f.has(QStringLiteral("name"))) {
        auto name = f.string(QStringLiteral("name"));
        if (!name)
            return name.error();
        if (name->trimmed().isEmpty())
            return fail(ErrorCode::MissingField, tr("The event needs a name."),
                        QStringLiteral("name"));
        in.name = name->trimmed();
    }
    for (auto [field, target, clearable] :
         {std::tuple{"starts_at", &in.startsAt, false}, std::tuple{"ends_at", &in.endsAt, true},
          std::tuple{"sale_starts_at", &in.saleStartsAt, true},
          std::tuple{"sale_ends_at", &in.saleEndsAt, true}}) {
        auto t = readTime(f, QString::fromLatin1(field), clearable);
        if (!t)
            return t.error();
        *target = *t;
    }
    auto prices = readPrices(f, QStringLiteral("prices"), "category");
    if (!prices)
        return prices.error();
    in.prices = *prices;
    auto gaPrices = readPrices(f, QStringLiteral("ga_prices"), "ga");
    if (!gaPrices)
        return gaPrices.error();
    in.gaPrices = *gaPrices;
    return std::unique_ptr<Command>(new EditEventCommand(std::move(in)));
}

QJsonObject EditEventCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("event"), m_in.eventId}};
    if (m_in.name)
        o.insert(QStringLiteral("name"), *m_in.name);
    for (auto [field, value] :
         {std::pair{"starts_at", m_in.startsAt}, std::pair{"ends_at", m_in.endsAt},
          std::pair{"sale_starts_at", m_in.saleStartsAt},
          std::pair{"sale_ends_at", m_in.saleEndsAt}}) {
        if (value)
            o.insert(QLatin1String(field), isoTime(*value));
    }
    if (!m_in.prices.isEmpty())
        o.insert(QStringLiteral("prices"), pricesToJson(m_in.prices, QStringLiteral("category")));
    if (!m_in.gaPrices.isEmpty())
        o.insert(QStringLiteral("ga_prices"), pricesToJson(m_in.gaPrices, QStringLiteral("ga")));
    return o;
}

Result<CommandResult> EditEventCommand::apply(WriteContext &ctx)
{
    qint64 venueId = 0;
    qint64 startsAt = 0, endsAt = 0, saleStartsAt = 0, saleEndsAt = 0;
    QString name;
    {
        auto stmt = ctx.statement("SELECT venue_id, name, starts_at, ends_at, sale_starts_at, "
                                  "sale_ends_at, cancelled_at FROM events WHERE id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, m_in.eventId);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return fail(ErrorCode::NotFound, tr("There is no event %1.").arg(m_in.eventId),
                        QStringLiteral("event"));
        venueId = (*stmt)->columnInt(0);
        name = (*stmt)->columnText(1);
        startsAt = (*stmt)->columnInt(2);
        endsAt = (*stmt)->columnInt(3);
        saleStartsAt = (*stmt)->columnInt(4);
        saleEndsAt = (*stmt)->columnInt(5);
        const bool cancelled = !(*stmt)->columnIsNull(6);
        (*stmt)->reset();
        if (cancelled)
            return fail(ErrorCode::InvalidState,
                        tr("\"%1\" was cancelled; a cancelled event cannot be changed.").arg(name),
                        QStringLiteral("event"));
    }
    name = m_in.name.value_or(name);
    startsAt = m_in.startsAt.value_or(startsAt);
    endsAt = m_in.endsAt.value_or(endsAt);
    saleStartsAt = m_in.saleStartsAt.value_or(saleStartsAt);
    saleEndsAt = m_in.saleEndsAt.value_or(saleEndsAt);
    if (endsAt && endsAt < startsAt)
        return fail(ErrorCode::InvalidInput, tr("The event ends before it starts."),
                    QString::fromLatin1(m_in.endsAt ? "ends_at" : "starts_at"));
    if (saleStartsAt && saleEndsAt && saleEndsAt <= saleStartsAt)
        return fail(ErrorCode::InvalidInput, tr("Sales close before they open."),
                    QString::fromLatin1(m_in.saleEndsAt ? "sale_ends_at" : "sale_starts_at"));

    // Every price names what the event already has; checked before any write.
    auto categories = idsByName(ctx, "SELECT id, name FROM categories WHERE venue_id = ?", venueId);
    if (!categories)
        return categories.error();
    auto types =
        idsByName(ctx, "SELECT id, code FROM ticket_types WHERE event_id = ?", m_in.eventId);
    if (!types)
        return types.error();
    auto quotas = idsByName(ctx, "SELECT id, name FROM ga_quotas WHERE event_id = ?", m_in.eventId);
    if (!quotas)
        return quotas.error();
    const auto check = [&](const QList<Price> &prices, const QString &field,
                           const QHash<QString, qint64> &owners,
                           const QString &ownerField) -> Result<void> {
        for (qsizetype i = 0; i < prices.size(); ++i) {
            const QString path = jsonIndexPath({}, field, i);
            if (!owners.contains(prices[i].category))
                return fail(
                    ErrorCode::UnknownReference,
                    field == QLatin1String("prices")
                        ? tr("The venue has no seat category \"%1\".").arg(prices[i].category)
                        : tr("The event has no GA quota \"%1\".").arg(prices[i].category),
                    path + QLatin1Char('.') + ownerField);
            if (!types->contains(prices[i].ticketType))
                return fail(
                    ErrorCode::UnknownReference,
                    tr("\"%1\" is not one of this event's ticket types.").arg(prices[i].ticketType),
                    path + QStringLiteral(".ticket_type"));
        }
        return {};
    };
    if (auto r =
            check(m_in.prices, QStringLiteral("prices"), *categories, QStringLiteral("category"));
        !r)
        return r.error();
    if (auto r = check(m_in.gaPrices, QStringLiteral("ga_prices"), *quotas, QStringLiteral("ga"));
        !r)
        return r.error();

    auto updated = ctx.run("UPDATE events SET name = ?, starts_at = ?, ends_at = ?, "
                           "sale_starts_at = ?, sale_ends_at = ? WHERE id = ?",
                           [&](SqliteStatement &s) {
                               s.bind(1, name).bind(2, startsAt);
                               endsAt ? s.bind(3, endsAt) : s.bindNull(3);
                               saleStartsAt ? s.bind(4, saleStartsAt) : s.bindNull(4);
                               saleEndsAt ? s.bind(5, saleEndsAt) : s.bindNull(5);
                               s.bind(6, m_in.eventId);
                           });
    if (!updated)
        return updated.error();
    for (const Price &p : m_in.prices) {
        auto r = ctx.run("INSERT OR REPLACE INTO seat_prices(event_id, category_id, "
                         "ticket_type_id, amount) VALUES(?, ?, ?, ?)",
                         [&](SqliteStatement &s) {
                             s.bind(1, m_in.eventId).bind(2, categories->value(p.category));
                             s.bind(3, types->value(p.ticketType)).bind(4, p.amount);
                         });
        if (!r)
            return r.error();
    }
    for (const Price &p : m_in.gaPrices) {
        auto r = ctx.run("INSERT OR REPLACE INTO ga_prices(quota_id, ticket_type_id, amount) "
                         "VALUES(?, ?, ?)",
                         [&](SqliteStatement &s) {
                             s.bind(1, quotas->value(p.category));
                             s.bind(2, types->value(p.ticketType)).bind(3, p.amount);
                         });
        if (!r)
            return r.error();
    }

    // The writer's view of the event follows, so the next sale uses it.
    auto inventory = ctx.inventory().event(m_in.eventId);
    if (!inventory)
        return inventory.error();
    EventInventory &e = **inventory;
    e.name = name;
    e.startsAt = startsAt;
    e.saleStartsAt = saleStartsAt;
    e.saleEndsAt = saleEndsAt;
    for (const Price &p : m_in.prices)
        e.seatPrice.insert(
            EventInventory::priceKey(categories->value(p.category), types->value(p.ticketType)),
            p.amount);
    for (const Price &p : m_in.gaPrices) {
        auto quota = e.quotas.find(quotas->value(p.category));
        if (quota != e.quotas.end())
            quota->priceByTicketType.insert(types->value(p.ticketType), p.amount);
    }
    if (e.generation)
        ++*e.generation;
    return QJsonObject{
        {QStringLiteral("event"), m_in.eventId},
        {QStringLiteral("name"), name},
        {QStringLiteral("starts_at"), isoTime(startsAt)},
        {QStringLiteral("sale_starts_at"), isoTime(saleStartsAt)},
        {QStringLiteral("sale_ends_at"), isoTime(saleEndsAt)},
        {QStringLiteral("prices_changed"), qint64(m_in.prices.size() + m_in.gaPrices.size())}};
}

} // namespace tessera
