// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/demoseeder.h"

#include "engine/engine.h"
#include "setup/cardproductcommands.h"
#include "setup/createeventcommand.h"
#include "setup/createvenuecommand.h"
#include "venue/seatplanwriter.h"
#include "venue/stadiumplangenerator.h"

#include <QDateTime>
#include <QTimeZone>

namespace tessera {

namespace {

Result<QJsonObject> run(Engine &engine, Result<std::unique_ptr<Command>> command,
                        const QString &key)
{
    if (!command)
        return command.error();
    CommandOutcome outcome = engine.execute(std::move(*command), key, QStringLiteral("demo"));
    return outcome.result;
}

QByteArray demoCodes(int count)
{
    QByteArray csv = "code,serial\n";
    for (int i = 1; i <= count; ++i) {
        // Deterministic but not sequential-looking, like a supplier's batch.
        const quint64 mixed = (quint64(i) * 0x9E3779B97F4A7C15ULL) >> 24;
        csv += "GC100-" +
               QByteArray::number(mixed % 100000000ULL, 36).toUpper().rightJustified(6, '0') + '-' +
               QByteArray::number(i).rightJustified(4, '0') + ",DEMO-" +
               QByteArray::number(i).rightJustified(4, '0') + '\n';
    }
    return csv;
}

} // namespace

SeatPlan DemoSeeder::theatre()
{
    SeatPlan plan = StadiumPlanGenerator::theatre();
    plan.name = tr("Tessera Playhouse");
    const QHash<QString, QString> names{{QStringLiteral("Stalls"), tr("Stalls")},
                                        {QStringLiteral("Balcony"), tr("Balcony")},
                                        {QStringLiteral("Stage"), tr("Stage")},
                                        {QStringLiteral("STAGE"), tr("STAGE")}};
    const auto named = [&names](const QString &english) { return names.value(english, english); };
    for (PlanCategory &category : plan.categories)
        category.name = named(category.name);
    for (PlanZone &zone : plan.zones) {
        if (zone.name)
            zone.name = named(*zone.name);
        for (PlanRow &row : zone.rows) {
            for (PlanSeat &seat : row.seats)
                seat.category = named(seat.category);
        }
        if (!zone.areas)
            continue;
        QJsonArray areas;
        for (const QJsonValue &value : std::as_const(*zone.areas)) {
            QJsonObject area = value.toObject();
            QJsonObject text = area.value(QLatin1String("text")).toObject();
            if (!text.isEmpty()) {
                text.insert(QLatin1String("text"),
                            named(text.value(QLatin1String("text")).toString()));
                area.insert(QLatin1String("text"), text);
            }
            areas.push_back(area);
        }
        zone.areas = areas;
    }
    return plan;
}

Result<DemoSeeder::Ids> DemoSeeder::seed(Engine &engine, qint64 nowMs, int cardCodes)
{
    Ids ids;
    const QString zone = QStringLiteral("Asia/Shanghai");
    auto venue =
        run(engine, CreateVenueCommand::fromPlanFile(SeatPlanWriter::toJson(theatre()), {}, zone),
            QStringLiteral("demo:venue"));
    if (!venue)
        return venue.error();
    ids.venue = (*venue)[QStringLiteral("venue")].toInteger();

    // A week from now at 19:30 venue time; sales close at curtain-up.
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone(zone.toUtf8())).addDays(7);
    const QDateTime start(local.date(), QTime(19, 30), QTimeZone(zone.toUtf8()));
    const QString stalls = tr("Stalls");
    const QString balcony = tr("Balcony");
    auto price = [](const QString &category, const char *type, qint64 amount) {
        return QJsonObject{{QStringLiteral("category"), category},
                           {QStringLiteral("ticket_type"), QLatin1String(type)},
                           {QStringLiteral("amount"), amount}};
    };
    const QJsonObject eventJson{
        {QStringLiteral("venue"), ids.venue},
        {QStringLiteral("name"), tr("The Nutcracker")},
        {QStringLiteral("starts_at"), start.toString(Qt::ISODate)},
        {QStringLiteral("ends_at"), start.addSecs(2 * 3600 + 30 * 60).toString(Qt::ISODate)},
        {QStringLiteral("sale_ends_at"), start.toString(Qt::ISODate)},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("ticket_types"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("adult")},
                                {QStringLiteral("name"), tr("Adult")}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("child")},
                                {QStringLiteral("name"), tr("Child")}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("student")},
                                {QStringLiteral("name"), tr("Student")}}}},
        {QStringLiteral("prices"),
         QJsonArray{price(stalls, "adult", 38000), price(stalls, "child", 19000),
                    price(stalls, "student", 28000), price(balcony, "adult", 22000),
                    price(balcony, "child", 11000), price(balcony, "student", 16000)}},
        {QStringLiteral("ga"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), tr("Standing")},
             {QStringLiteral("capacity"), 200},
             {QStringLiteral("prices"),
              QJsonArray{QJsonObject{{QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                     {QStringLiteral("amount"), 12000}}}}}}}};
    // Seeding again another day adds that day's upcoming performance.
    auto event = run(engine, CreateEventCommand::fromJson(eventJson),
                     QStringLiteral("demo:event:") + start.date().toString(Qt::ISODate));
    if (!event)
        return event.error();
    ids.event = (*event)[QStringLiteral("event")].toInteger();
    ids.standingQuota =
        (*event)[QStringLiteral("ga")].toArray().first()[QStringLiteral("ga")].toInteger();

    auto product = run(engine,
                       CreateCardProductCommand::fromJson(
                           QJsonObject{{QStringLiteral("name"), tr("Gift card 100")},
                                       {QStringLiteral("price"), 10000},
                                       {QStringLiteral("currency"), QStringLiteral("CNY")}}),
                       QStringLiteral("demo:card_product"));
    if (!product)
        return product.error();
    ids.cardProduct = (*product)[QStringLiteral("product")].toInteger();
    if (cardCodes > 0) {
        auto codes =
            run(engine, ImportCardCodesCommand::fromCsv(ids.cardProduct, demoCodes(cardCodes)),
                QStringLiteral("demo:card_codes"));
        if (!codes)
            return codes.error();
    }
    return ids;
}

QJsonObject DemoSeeder::toJson(const Ids &ids)
{
    return QJsonObject{{QStringLiteral("venue"), ids.venue},
                       {QStringLiteral("event"), ids.event},
                       {QStringLiteral("standing_quota"), ids.standingQuota},
                       {QStringLiteral("card_product"), ids.cardProduct}};
}

} // namespace tessera
