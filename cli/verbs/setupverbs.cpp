// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that build the catalog: the database itself, venues, events, card
// products and their codes.

#include "cli.h"
#include "clisession.h"
#include "common/clock.h"
#include "engine/engine.h"
#include "setup/cardproductcommands.h"
#include "setup/createvenuecommand.h"
#include "setup/demoseeder.h"
#include "storage/schema.h"
#include "verbarguments.h"
#include "verbs/verb.h"

#include <QFileInfo>

namespace tessera {

namespace {

Result<QJsonObject> init(CliSession &session, const VerbArguments &args)
{
    const QString path = session.settings().databasePath;
    const bool existed = QFileInfo(path).isFile();
    auto engine = session.engine(args.value(QStringLiteral("terminal")).trimmed());
    if (!engine)
        return engine.error();
    const QString terminal = (*engine)->terminalId();
    session.stop();
    auto db = session.reader();
    if (!db)
        return db.error();
    return QJsonObject{{QStringLiteral("database"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("created"), !existed},
                       {QStringLiteral("terminal"), terminal},
                       {QStringLiteral("schema_version"), Schema::version(**db)}};
}

Result<QJsonObject> demo(CliSession &session, const VerbArguments &args)
{
    auto codes = args.nonNegative(QStringLiteral("card-codes"), 50);
    if (!codes)
        return codes.error();
    if (*codes > 100000)
        return fail(ErrorCode::InvalidInput, CliText::tr("--card-codes is at most 100000."),
                    QStringLiteral("--card-codes"));
    auto engine = session.engine();
    if (!engine)
        return engine.error();
    auto ids = DemoSeeder::seed(**engine, session.settings().clock->nowMs(), int(*codes));
    if (!ids)
        return ids.error();
    QJsonObject out = DemoSeeder::toJson(*ids);
    out.insert(QStringLiteral("terminal"), (*engine)->terminalId());
    return out;
}

Result<QJsonObject> venueImport(CliSession &session, const VerbArguments &args)
{
    auto plan = session.readInput(args.positional(0), QStringLiteral("PLAN.json"));
    if (!plan)
        return plan.error();
    // Read here (errors name the plan's line); handed to a running holder
    // as create_venue's JSON.
    auto command = CreateVenueCommand::fromPlanFile(*plan, args.value(QStringLiteral("name")),
                                                    args.value(QStringLiteral("timezone")));
    if (!command)
        return command.error();
    return session.execute(QStringLiteral("create_venue"), (*command)->toJson());
}

Result<QJsonObject> eventCreate(CliSession &session, const VerbArguments &args)
{
    auto file = args.required(QStringLiteral("json"));
    if (!file)
        return file.error();
    auto json = session.readJsonObject(*file, QStringLiteral("--json"));
    if (!json)
        return json.error();
    return session.execute(QStringLiteral("create_event"), *json);
}

Result<QJsonObject> cardProductCreate(CliSession &session, const VerbArguments &args)
{
    auto name = args.required(QStringLiteral("name"));
    if (!name)
        return name.error();
    auto price = args.nonNegative(QStringLiteral("price"));
    if (!price)
        return price.error();
    auto currency = args.required(QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    return session.execute(QStringLiteral("create_card_product"),
                           QJsonObject{{QStringLiteral("name"), *name},
                                       {QStringLiteral("price"), *price},
                                       {QStringLiteral("currency"), currency->trimmed()}});
}

Result<QJsonObject> cardCodesImport(CliSession &session, const VerbArguments &args)
{
    auto product = args.positionalId(0);
    if (!product)
        return product.error();
    auto csv = session.readInput(args.positional(1), QStringLiteral("FILE.csv"));
    if (!csv)
        return csv.error();
    // Checked here first (errors name the CSV's line); as import_card_codes'
    // JSON it also reaches a program that holds the file (a running server).
    if (auto checked = ImportCardCodesCommand::fromCsv(*product, *csv); !checked)
        return checked.error();
    return session.execute(QStringLiteral("import_card_codes"),
                           QJsonObject{{QStringLiteral("product"), *product},
                                       {QStringLiteral("csv"), QString::fromUtf8(*csv)}});
}

} // namespace

QList<Verb> setupVerbs()
{
    const QString file = QStringLiteral("FILE");
    return {
        {{},
         QStringLiteral("init"),
         {},
         CliText::tr("Create or migrate the database; print its terminal id and schema version."),
         {QCommandLineOption(QStringLiteral("terminal"),
                             CliText::tr("Terminal id of a new database (default: a random one)."),
                             QStringLiteral("ID"))},
         &init},
        {{},
         QStringLiteral("demo"),
         {},
         CliText::tr("Seed the demo venue, an event a week from now and a gift-card product."),
         {QCommandLineOption(QStringLiteral("card-codes"),
                             CliText::tr("Gift-card codes to import (default: 50)."),
                             QStringLiteral("N"))},
         &demo},
        {QStringLiteral("venue"),
         QStringLiteral("import"),
         {QStringLiteral("PLAN.json")},
         CliText::tr("Create a venue from a pretix seating plan (\"-\" reads standard input)."),
         {QCommandLineOption(QStringLiteral("name"),
                             CliText::tr("Venue name (default: the plan's name)."),
                             QStringLiteral("NAME")),
          QCommandLineOption(
              QStringLiteral("timezone"),
              CliText::tr("The venue's time zone, e.g. Asia/Shanghai (default: UTC)."),
              QStringLiteral("TZ"))},
         &venueImport},
        {QStringLiteral("event"),
         QStringLiteral("create"),
         {},
         CliText::tr("Create an event from its create_event JSON."),
         {QCommandLineOption(QStringLiteral("json"),
                             CliText::tr("The event as JSON; \"-\" reads standard input."), file)},
         &eventCreate},
        {QStringLiteral("card-product"),
         QStringLiteral("create"),
         {},
         CliText::tr("Create a card product (gift card, voucher, top-up code)."),
         {QCommandLineOption(QStringLiteral("name"), CliText::tr("Product name, unique."),
                             QStringLiteral("NAME")),
          QCommandLineOption(QStringLiteral("price"), CliText::tr("Price in minor units (fen)."),
                             QStringLiteral("MINOR")),
          QCommandLineOption(QStringLiteral("currency"),
                             CliText::tr("ISO 4217 currency code, e.g. CNY."),
                             QStringLiteral("CODE"))},
         &cardProductCreate},
        {QStringLiteral("card-codes"),
         QStringLiteral("import"),
         {QStringLiteral("PRODUCT_ID"), QStringLiteral("FILE.csv")},
         CliText::tr("Import a CSV of codes into a product's pool: all of them or none."),
         {},
         &cardCodesImport},
    };
}

} // namespace tessera
