// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that sell and serve: holds, sales, payments, cancellations, refunds,
// gate redemption, and any command as raw JSON.

#include "cli.h"
#include "clioutput.h"
#include "clisession.h"
#include "engine/engine.h"
#include "query/orderqueries.h"
#include "saleoptions.h"
#include "sales/pendingorderwait.h"
#include "verbarguments.h"
#include "verbs/verb.h"

#include <QJsonArray>

namespace tessera {

namespace {

// Appends the parsed values of one repeatable option to `lines`.
Result<void> appendLines(QJsonArray &lines, const QStringList &specs,
                         Result<QJsonObject> (*parse)(const QString &, bool), bool withTicketType)
{
    for (const QString &spec : specs) {
        auto line = parse(spec, withTicketType);
        if (!line)
            return line.error();
        lines.push_back(*line);
    }
    return {};
}

Result<QJsonArray> saleLines(const VerbArguments &args, bool withTicketType)
{
    QJsonArray lines;
    if (auto r = appendLines(lines, args.values(QStringLiteral("seat")), &SaleOptions::seat,
                             withTicketType);
        !r)
        return r.error();
    if (auto r =
            appendLines(lines, args.values(QStringLiteral("ga")), &SaleOptions::ga, withTicketType);
        !r)
        return r.error();
    for (const QString &spec : args.values(QStringLiteral("card"))) {
        auto line = SaleOptions::card(spec);
        if (!line)
            return line.error();
        lines.push_back(*line);
    }
    if (lines.isEmpty())
        return fail(ErrorCode::MissingField,
                    CliText::tr("Name at least one --seat, --ga or --card."),
                    QStringLiteral("--seat"));
    return lines;
}

// The buyer sees the card keys of a paid order with the sale itself. The sale
// stands whatever happens here, so a failure to read them is reported beside
// the result rather than instead of it.
void revealCardCodes(CliSession &session, QJsonObject &result)
{
    if (result.value(QStringLiteral("state")).toString() != QLatin1String("paid"))
        return;
    // The delivery is recorded first; a later showing needs leave.
    auto delivered = session.executeFollowUp(
        QStringLiteral("deliver_card_keys"),
        QJsonObject{{QStringLiteral("order"), result.value(QStringLiteral("order"))},
                    {QStringLiteral("mode"), QStringLiteral("delivery")}},
        QStringLiteral("deliver"));
    if (!delivered) {
        // No card keys on the order (or shown before): nothing to show here.
        if (delivered.error().code != ErrorCode::InvalidState)
            result.insert(QStringLiteral("card_codes_error"),
                          CliOutput::errorToJson(delivered.error()));
        return;
    }
    auto terminal = session.terminalId();
    auto db = terminal ? session.reader() : Result<SqliteDb *>(terminal.error());
    if (!db) {
        result.insert(QStringLiteral("card_codes_error"), CliOutput::errorToJson(db.error()));
        return;
    }
    auto key = session.dataKey();
    if (!key) {
        result.insert(QStringLiteral("card_codes_error"), CliOutput::errorToJson(key.error()));
        return;
    }
    OrderQueries orders(**db, *terminal, *key);
    auto codes = orders.cardCodes(result.value(QStringLiteral("order")).toInteger());
    if (!codes)
        result.insert(QStringLiteral("card_codes_error"), CliOutput::errorToJson(codes.error()));
    else if (!codes->isEmpty())
        result.insert(QStringLiteral("card_codes"), *codes);
}

Result<QJsonObject> hold(CliSession &session, const VerbArguments &args)
{
    QJsonObject json;
    auto event = args.positive(QStringLiteral("event"), 0);
    if (!event)
        return event.error();
    if (*event)
        json.insert(QStringLiteral("event"), *event);
    auto lines = saleLines(args, false);
    if (!lines)
        return lines.error();
    json.insert(QStringLiteral("lines"), *lines);
    if (args.isSet(QStringLiteral("ttl"))) {
        auto ttl = args.positive(QStringLiteral("ttl"));
        if (!ttl)
            return ttl.error();
        json.insert(QStringLiteral("ttl_seconds"), *ttl);
    }
    return session.execute(QStringLiteral("hold"), json);
}

Result<QJsonObject> releaseHold(CliSession &session, const VerbArguments &args)
{
    auto id = args.positionalId(0);
    if (!id)
        return id.error();
    return session.execute(QStringLiteral("release_hold"),
                           QJsonObject{{QStringLiteral("hold"), *id}});
}

Result<QJsonObject> sell(CliSession &session, const VerbArguments &args)
{
    QJsonObject json;
    for (const QString &name : {QStringLiteral("event"), QStringLiteral("hold")}) {
        auto id = args.positive(name, 0);
        if (!id)
            return id.error();
        if (*id)
            json.insert(name, *id);
    }
    auto lines = saleLines(args, true);
    if (!lines)
        return lines.error();
    json.insert(QStringLiteral("lines"), *lines);
    QJsonArray payments;
    for (const QString &spec : args.values(QStringLiteral("pay"))) {
        auto payment = SaleOptions::payment(spec);
        if (!payment)
            return payment.error();
        payments.push_back(*payment);
    }
    if (!payments.isEmpty())
        json.insert(QStringLiteral("payments"), payments);
    QJsonObject customer;
    for (const char *field : {"name", "phone", "email"}) {
        const QString option = QStringLiteral("customer-") + QLatin1String(field);
        if (args.isSet(option))
            customer.insert(QLatin1String(field), args.value(option));
    }
    if (!customer.isEmpty())
        json.insert(QStringLiteral("customer"), customer);
    if (args.isSet(QStringLiteral("channel")))
        json.insert(QStringLiteral("channel"), args.value(QStringLiteral("channel")));
    auto result = session.execute(QStringLiteral("sell"), json);
    if (!result)
        return result.error();
    if (!result->value(QStringLiteral("cards")).toArray().isEmpty())
        revealCardCodes(session, *result);
    return result;
}

Result<QJsonObject> pay(CliSession &session, const VerbArguments &args)
{
    auto order = args.positionalId(0);
    if (!order)
        return order.error();
    auto method = args.required(QStringLiteral("method"));
    if (!method)
        return method.error();
    auto amount = args.positive(QStringLiteral("amount"));
    if (!amount)
        return amount.error();
    QJsonObject payment{{QStringLiteral("method"), method->trimmed()},
                        {QStringLiteral("amount"), *amount}};
    for (const char *field : {"state", "reference", "error-code"}) {
        const QString option = QLatin1String(field);
        if (args.isSet(option))
            payment.insert(QString(option).replace(QLatin1Char('-'), QLatin1Char('_')),
                           args.value(option));
    }
    auto result = session.execute(
        QStringLiteral("add_payment"),
        QJsonObject{{QStringLiteral("order"), *order}, {QStringLiteral("payment"), payment}});
    if (!result)
        return result.error();
    revealCardCodes(session, *result);
    return result;
}

Result<QJsonObject> cancel(CliSession &session, const VerbArguments &args)
{
    auto order = args.positionalId(0);
    if (!order)
        return order.error();
    QJsonObject json{{QStringLiteral("order"), *order}};
    if (args.isSet(QStringLiteral("reason")))
        json.insert(QStringLiteral("reason"), args.value(QStringLiteral("reason")));
    return session.execute(QStringLiteral("cancel_order"), json);
}

Result<QJsonObject> refund(CliSession &session, const VerbArguments &args)
{
    auto order = args.positionalId(0);
    if (!order)
        return order.error();
    auto reason = args.required(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    QJsonObject json{{QStringLiteral("order"), *order}, {QStringLiteral("reason"), *reason}};
    QJsonArray lines;
    for (const QString &text : args.values(QStringLiteral("line"))) {
        auto line = VerbArguments::readInteger(text, QStringLiteral("--line"), 1);
        if (!line)
            return line.error();
        lines.push_back(*line);
    }
    if (!lines.isEmpty())
        json.insert(QStringLiteral("lines"), lines);
    return session.execute(QStringLiteral("refund"), json);
}

Result<QJsonObject> exchange(CliSession &session, const VerbArguments &args)
{
    auto order = args.positionalId(0);
    if (!order)
        return order.error();
    auto line = args.positive(QStringLiteral("line"));
    if (!line)
        return line.error();
    auto seat = args.required(QStringLiteral("seat"));
    if (!seat)
        return seat.error();
    QJsonObject json{{QStringLiteral("order"), *order},
                     {QStringLiteral("line"), *line},
                     {QStringLiteral("seat"), seat->trimmed()}};
    // A dearer seat: the difference, paid.
    if (args.isSet(QStringLiteral("pay"))) {
        auto payment = SaleOptions::payment(args.value(QStringLiteral("pay")));
        if (!payment)
            return payment.error();
        json.insert(QStringLiteral("payment"), *payment);
    }
    return session.execute(QStringLiteral("exchange_seat"), json);
}

Result<QJsonObject> redeem(CliSession &session, const VerbArguments &args)
{
    auto gate = args.required(QStringLiteral("gate"));
    if (!gate)
        return gate.error();
    QJsonObject json{{QStringLiteral("code"), args.positional(0)}, {QStringLiteral("gate"), *gate}};
    auto event = args.positive(QStringLiteral("event"), 0);
    if (!event)
        return event.error();
    if (*event)
        json.insert(QStringLiteral("event"), *event);
    return session.execute(QStringLiteral("redeem"), json);
}

Result<QJsonObject> exec(CliSession &session, const VerbArguments &args)
{
    auto file = args.required(QStringLiteral("json"));
    if (!file)
        return file.error();
    auto json = session.readJsonObject(*file, QStringLiteral("--json"));
    if (!json)
        return json.error();
    return session.execute(args.positional(0), *json);
}

Result<QJsonObject> orderWait(CliSession &session, const VerbArguments &args)
{
    if (args.isSet(QStringLiteral("minutes"))) {
        auto minutes = args.nonNegative(QStringLiteral("minutes"));
        if (!minutes)
            return minutes.error();
        return session.execute(QStringLiteral("set_pending_order_wait"),
                               QJsonObject{{QStringLiteral("minutes"), *minutes}});
    }
    auto db = session.reader();
    if (!db)
        return db.error();
    const std::optional<int> set = PendingOrderWait::read(**db);
    return QJsonObject{
        {QStringLiteral("minutes"), set ? *set : EngineOptions().pendingOrderTtlMs / 60'000},
        {QStringLiteral("set"), set.has_value()}};
}

} // namespace

QList<Verb> salesVerbs()
{
    const QString orderId = QStringLiteral("ORDER_ID");
    return {
        {{},
         QStringLiteral("hold"),
         {},
         CliText::tr("Reserve seats, GA tickets and card keys until the hold expires."),
         {valueOption("event", CliText::tr("The event (needed for seats and GA)."), "ID"),
          valueOption("seat", CliText::tr("A seat by its plan guid; repeat for more."), "GUID"),
          valueOption("ga", CliText::tr("QTY tickets of GA quota QUOTA; repeatable."), "QUOTA:QTY"),
          valueOption("card", CliText::tr("QTY card keys of product PRODUCT; repeatable."),
                      "PRODUCT:QTY"),
          valueOption("ttl", CliText::tr("Seconds until the hold expires (default: 600)."),
                      "SECONDS")},
         &hold},
        {{},
         QStringLiteral("release-hold"),
         {QStringLiteral("HOLD_ID")},
         CliText::tr("Give a hold's inventory back before it expires."),
         {},
         &releaseHold},
        {{},
         QStringLiteral("sell"),
         {},
         CliText::tr("Sell seats, GA tickets and card keys; paid in full, tickets and card keys "
                     "are issued."),
         {valueOption("event", CliText::tr("The event (needed for seats and GA)."), "ID"),
          valueOption("hold", CliText::tr("Sell what this hold reserved."), "ID"),
          valueOption("seat",
                      CliText::tr("A seat by its plan guid, with a ticket type (default: adult); "
                                  "repeatable."),
                      "GUID[:TYPE]"),
          valueOption("ga", CliText::tr("QTY tickets of GA quota QUOTA; repeatable."),
                      "QUOTA:QTY[:TYPE]"),
          valueOption("card", CliText::tr("QTY card keys of product PRODUCT; repeatable."),
                      "PRODUCT:QTY"),
          valueOption(
              "pay",
              CliText::tr("An approved payment (cash, card, qr, transfer, voucher) in minor "
                          "units; repeatable."),
              "METHOD:AMOUNT[:REFERENCE]"),
          valueOption("customer-name", CliText::tr("The buyer's name."), "NAME"),
          valueOption("customer-phone", CliText::tr("The buyer's phone number."), "PHONE"),
          valueOption("customer-email", CliText::tr("The buyer's e-mail address."), "EMAIL"),
          valueOption("channel", CliText::tr("counter (default), online or phone."), "CHANNEL")},
         &sell},
        {{},
         QStringLiteral("pay"),
         {orderId},
         CliText::tr("Record a payment against a pending order."),
         {valueOption("method", CliText::tr("cash, card, qr, transfer or voucher."), "METHOD"),
          valueOption("amount", CliText::tr("Amount in minor units."), "MINOR"),
          valueOption("state", CliText::tr("approved (default), declined or unknown."), "STATE"),
          valueOption("reference", CliText::tr("Provider reference or approval code."), "REF"),
          valueOption("error-code", CliText::tr("The provider's error code, when not approved."),
                      "CODE")},
         &pay},
        {{},
         QStringLiteral("cancel"),
         {orderId},
         CliText::tr("Cancel an unpaid order; its inventory goes back on sale."),
         {valueOption("reason", CliText::tr("Why it is cancelled."), "REASON")},
         &cancel},
        {{},
         QStringLiteral("order-wait"),
         {},
         CliText::tr("Show, or set with --minutes, how long an unpaid counter order waits "
                     "before its seats go back on sale."),
         {valueOption("minutes",
                      CliText::tr("Minutes, at most 1440; 0 keeps unpaid orders until "
                                  "cancelled."),
                      "N")},
         &orderWait,
         Permission::ViewCatalog},
        {{},
         QStringLiteral("refund"),
         {orderId},
         CliText::tr("Refund a paid order, or some of its lines."),
         {valueOption("reason", CliText::tr("Why it is refunded (required)."), "REASON"),
          valueOption("line", CliText::tr("Refund only this line; repeatable (default: all)."),
                      "ID")},
         &refund},
        {{},
         QStringLiteral("exchange"),
         {orderId},
         CliText::tr("Move a seat ticket of a paid order to another seat; a cheaper seat "
                     "refunds the difference."),
         {valueOption("line", CliText::tr("The seat ticket line to exchange."), "ID"),
          valueOption("seat", CliText::tr("The new seat by its plan guid."), "GUID"),
          valueOption("pay",
                      CliText::tr("For a dearer seat: the approved payment of the difference, in "
                                  "minor units."),
                      "METHOD:AMOUNT[:REFERENCE]")},
         &exchange},
        {{},
         QStringLiteral("redeem"),
         {QStringLiteral("CODE")},
         CliText::tr("Let a ticket in at a gate; a second use is refused."),
         {valueOption("gate", CliText::tr("The gate scanning the ticket."), "GATE"),
          valueOption("event", CliText::tr("Refuse tickets of any other event."), "ID")},
         &redeem},
        {{},
         QStringLiteral("exec"),
         {QStringLiteral("KIND")},
         CliText::tr("Run any engine command from its JSON request (see docs/cli.md)."),
         {valueOption("json", CliText::tr("The request as JSON; \"-\" reads standard input."),
                      "FILE")},
         &exec},
    };
}

} // namespace tessera
