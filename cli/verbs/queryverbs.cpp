// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that only read: venues, events, availability, card products, orders,
// the journal and the day's summary. They open a read-only connection and
// never create or change the database.

#include "cli.h"
#include "clisession.h"
#include "query/catalogqueries.h"
#include "query/orderqueries.h"
#include "verbarguments.h"
#include "verbs/verb.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace tessera {

namespace {

constexpr qint64 kMaxListed = 10000;

// Runs `read` on the catalog of the session's database.
template<typename Read>
auto withCatalog(CliSession &session, Read &&read)
    -> decltype(read(std::declval<CatalogQueries &>()))
{
    auto db = session.reader();
    if (!db)
        return db.error();
    CatalogQueries catalog(**db);
    return read(catalog);
}

template<typename Read>
auto withOrders(CliSession &session, Read &&read) -> decltype(read(std::declval<OrderQueries &>()))
{
    auto db = session.reader();
    if (!db)
        return db.error();
    auto terminal = session.terminalId();
    if (!terminal)
        return terminal.error();
    auto key = session.dataKey();
    if (!key)
        return key.error();
    OrderQueries orders(**db, *terminal, *key);
    return read(orders);
}

// {name: array}, so every list can grow more members later.
Result<QJsonObject> listed(const QString &name, const Result<QJsonArray> &list)
{
    if (!list)
        return list.error();
    return QJsonObject{{name, *list}};
}

Result<QJsonObject> venueList(CliSession &session, const VerbArguments &)
{
    return withCatalog(session, [](CatalogQueries &catalog) {
        return listed(QStringLiteral("venues"), catalog.venues());
    });
}

Result<QJsonObject> venueExport(CliSession &session, const VerbArguments &args)
{
    auto id = args.positionalId(0);
    if (!id)
        return id.error();
    auto plan =
        withCatalog(session, [&](CatalogQueries &catalog) { return catalog.exportPlan(*id); });
    if (!plan)
        return plan.error();
    const QJsonObject json = QJsonDocument::fromJson(*plan).object();
    if (!args.isSet(QStringLiteral("o")))
        return json;
    const QString path = args.value(QStringLiteral("o"));
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::StorageError,
                    CliText::tr("Cannot write %1: %2").arg(path, file.errorString()),
                    QStringLiteral("-o"));
    return QJsonObject{{QStringLiteral("venue"), *id},
                       {QStringLiteral("file"), path},
                       {QStringLiteral("bytes"), qint64(bytes.size())}};
}

Result<QJsonObject> eventList(CliSession &session, const VerbArguments &)
{
    return withCatalog(session, [](CatalogQueries &catalog) {
        return listed(QStringLiteral("events"), catalog.events());
    });
}

Result<QJsonObject> eventShow(CliSession &session, const VerbArguments &args)
{
    auto id = args.positionalId(0);
    if (!id)
        return id.error();
    return withCatalog(session, [&](CatalogQueries &catalog) { return catalog.event(*id); });
}

Result<QJsonObject> eventAvailability(CliSession &session, const VerbArguments &args)
{
    auto id = args.positionalId(0);
    if (!id)
        return id.error();
    return withCatalog(session, [&](CatalogQueries &catalog) { return catalog.availability(*id); });
}

Result<QJsonObject> eventSeats(CliSession &session, const VerbArguments &args)
{
    auto id = args.positionalId(0);
    if (!id)
        return id.error();
    return withCatalog(session, [&](CatalogQueries &catalog) -> Result<QJsonObject> {
        // An unknown event has no seats: say so rather than print an empty list.
        auto event = catalog.event(*id);
        if (!event)
            return event.error();
        auto seats = catalog.seats(*id);
        if (!seats)
            return seats.error();
        return QJsonObject{{QStringLiteral("event"), *id}, {QStringLiteral("seats"), *seats}};
    });
}

Result<QJsonObject> cardProductList(CliSession &session, const VerbArguments &)
{
    return withCatalog(session, [](CatalogQueries &catalog) {
        return listed(QStringLiteral("card_products"), catalog.cardProducts());
    });
}

Result<QJsonObject> orderShow(CliSession &session, const VerbArguments &args)
{
    auto id = args.positionalId(0);
    if (!id)
        return id.error();
    return withOrders(session, [&](OrderQueries &orders) { return orders.order(*id); });
}

Result<QJsonObject> orderFind(CliSession &session, const VerbArguments &args)
{
    auto limit = args.positive(QStringLiteral("limit"), 50);
    if (!limit)
        return limit.error();
    return withOrders(session, [&](OrderQueries &orders) {
        return listed(QStringLiteral("orders"),
                      orders.find(args.positional(0), int(qMin(*limit, kMaxListed))));
    });
}

Result<QJsonObject> orderCards(CliSession &session, const VerbArguments &args)
{
    auto id = args.positionalId(0);
    if (!id)
        return id.error();
    // Showing keys is a change: the first time a delivery, later a reveal
    // with a reason, audited.
    const bool reveal = args.isSet(QStringLiteral("reason"));
    QJsonObject show{
        {QStringLiteral("order"), *id},
        {QStringLiteral("mode"), reveal ? QStringLiteral("reveal") : QStringLiteral("delivery")}};
    if (reveal)
        show.insert(QStringLiteral("reason"), args.value(QStringLiteral("reason")));
    auto shown = session.execute(
        reveal ? QStringLiteral("reveal_card_keys") : QStringLiteral("deliver_card_keys"), show);
    if (!shown)
        return shown.error();
    return withOrders(session, [&](OrderQueries &orders) -> Result<QJsonObject> {
        auto codes = orders.cardCodes(*id);
        if (!codes)
            return codes.error();
        return QJsonObject{{QStringLiteral("order"), *id}, {QStringLiteral("card_codes"), *codes}};
    });
}

Result<QJsonObject> journal(CliSession &session, const VerbArguments &args)
{
    auto after = args.nonNegative(QStringLiteral("after"), 0);
    if (!after)
        return after.error();
    auto limit = args.positive(QStringLiteral("limit"), 100);
    if (!limit)
        return limit.error();
    return withOrders(session, [&](OrderQueries &orders) {
        return listed(QStringLiteral("entries"),
                      orders.journal(*after, int(qMin(*limit, kMaxListed))));
    });
}

Result<QJsonObject> summary(CliSession &session, const VerbArguments &)
{
    return withOrders(session, [](OrderQueries &orders) { return orders.summary(); });
}

} // namespace

QList<Verb> queryVerbs()
{
    const QString id = QStringLiteral("ID");
    const QString venue = QStringLiteral("venue");
    const QString event = QStringLiteral("event");
    const QString order = QStringLiteral("order");
    return {
        {venue,
         QStringLiteral("list"),
         {},
         CliText::tr("List the venues."),
         {},
         &venueList,
         Permission::ViewCatalog},
        {venue,
         QStringLiteral("export"),
         {id},
         CliText::tr("Print a venue's seating plan as pretix JSON, or write it to a file."),
         {valueOption("o", CliText::tr("Write the plan to FILE instead."), "FILE")},
         &venueExport,
         Permission::ViewCatalog},
        {event,
         QStringLiteral("list"),
         {},
         CliText::tr("List the events."),
         {},
         &eventList,
         Permission::ViewCatalog},
        {event,
         QStringLiteral("show"),
         {id},
         CliText::tr("One event with its ticket types, prices and GA quotas."),
         {},
         &eventShow,
         Permission::ViewCatalog},
        {event,
         QStringLiteral("availability"),
         {id},
         CliText::tr("Seats per category and state, and what is left of each GA quota."),
         {},
         &eventAvailability,
         Permission::ViewCatalog},
        {event,
         QStringLiteral("seats"),
         {id},
         CliText::tr("Every seat of an event with its position, category and state."),
         {},
         &eventSeats,
         Permission::ViewCatalog},
        {QStringLiteral("card-product"),
         QStringLiteral("list"),
         {},
         CliText::tr("List the card products with the codes available and sold."),
         {},
         &cardProductList,
         Permission::ViewCatalog},
        {order,
         QStringLiteral("show"),
         {id},
         CliText::tr("One order: lines (with ticket codes once paid), payments, refunds."),
         {},
         &orderShow,
         Permission::ViewOrders},
        {order,
         QStringLiteral("find"),
         {QStringLiteral("TEXT")},
         CliText::tr("Find orders by number, id, ticket code, customer name or phone."),
         {valueOption("limit", CliText::tr("At most N orders (default: 50)."), "N")},
         &orderFind,
         Permission::ViewOrders},
        {order,
         QStringLiteral("cards"),
         {id},
         CliText::tr("The card keys of a paid order, for its buyer (once; again only with "
                     "--reason, audited)."),
         {valueOption("reason", CliText::tr("Why the keys are shown again."), "TEXT")},
         &orderCards},
        {{},
         QStringLiteral("journal"),
         {},
         CliText::tr("Journal entries after a sequence number, oldest first."),
         {valueOption("after", CliText::tr("Only entries after SEQ (default: 0)."), "SEQ"),
          valueOption("limit", CliText::tr("At most N entries (default: 100)."), "N")},
         &journal,
         Permission::ViewJournal},
        {{},
         QStringLiteral("summary"),
         {},
         CliText::tr("Orders per state, net takings per currency, the last journal sequence."),
         {},
         &summary,
         Permission::ViewReports},
    };
}

} // namespace tessera
