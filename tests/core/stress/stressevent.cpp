// SPDX-License-Identifier: GPL-3.0-or-later
#include "stressevent.h"

#include "engine/engine.h"
#include "sales/holdcommand.h"
#include "sales/sellcommand.h"
#include "setup/createeventcommand.h"
#include "setup/createvenuecommand.h"
#include "venue/seatplanwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera::test {

namespace {

const QString kFront = QStringLiteral("Front");
const QString kBack = QStringLiteral("Back");
const QString kAdult = QStringLiteral("adult");

QString seatGuid(int row, int seat)
{
    return QStringLiteral("R%1-%2")
        .arg(row, 2, 10, QLatin1Char('0'))
        .arg(seat, 3, 10, QLatin1Char('0'));
}

Result<QJsonObject> run(Engine &engine, Result<std::unique_ptr<Command>> command,
                        const QString &key)
{
    if (!command)
        return command.error();
    return engine.execute(std::move(*command), key, QStringLiteral("stress")).result;
}

QJsonObject eventRequest(qint64 venueId, const StressEvent::Layout &layout, int generation)
{
    auto seatPrice = [](const QString &category, qint64 amount) {
        return QJsonObject{{QStringLiteral("category"), category},
                           {QStringLiteral("ticket_type"), kAdult},
                           {QStringLiteral("amount"), amount}};
    };
    // Fixed dates and no sale window: the request (and so its hash) must not
    // depend on when it is sent, or setting up again would be a conflict.
    return QJsonObject{
        {QStringLiteral("venue"), venueId},
        {QStringLiteral("name"), QStringLiteral("Stress night %1").arg(generation)},
        {QStringLiteral("starts_at"), QStringLiteral("2030-06-01T19:30:00+08:00")},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("prices"), QJsonArray{seatPrice(kFront, StressEvent::kFrontPrice),
                                              seatPrice(kBack, StressEvent::kBackPrice)}},
        {QStringLiteral("ga"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("Floor")},
             {QStringLiteral("capacity"), layout.gaCapacity},
             {QStringLiteral("prices"),
              QJsonArray{QJsonObject{{QStringLiteral("ticket_type"), kAdult},
                                     {QStringLiteral("amount"), StressEvent::kGaPrice}}}}}}}};
}

SaleLine seatLine(const StressEvent::Seat &seat, const QString &ticketType)
{
    SaleLine line;
    line.kind = ItemKind::Seat;
    line.seatGuid = seat.guid;
    line.ticketType = ticketType;
    return line;
}

SaleLine gaLine(qint64 quotaId, qint64 quantity, const QString &ticketType)
{
    SaleLine line;
    line.kind = ItemKind::GeneralAdmission;
    line.refId = quotaId;
    line.quantity = quantity;
    line.ticketType = ticketType;
    return line;
}

std::unique_ptr<Command> paidSale(qint64 eventId, qint64 holdId, QList<SaleLine> lines,
                                  qint64 total)
{
    PaymentInput cash;
    cash.method = QStringLiteral("cash");
    cash.amount = total;
    SellCommand::Input in;
    in.eventId = eventId;
    in.holdId = holdId;
    in.lines = std::move(lines);
    in.payments = {cash};
    return std::make_unique<SellCommand>(std::move(in));
}

} // namespace

SeatPlan StressEvent::hallPlan(const Layout &layout)
{
    constexpr int kPitch = 24;
    SeatPlan plan;
    plan.name = QStringLiteral("Stress hall %1x%2").arg(layout.rows).arg(layout.seatsPerRow);
    plan.size = {layout.seatsPerRow * kPitch + 2 * kPitch, layout.rows * kPitch + 2 * kPitch};
    plan.categories = {{kFront, QStringLiteral("#c0392b")}, {kBack, QStringLiteral("#2980b9")}};
    PlanZone zone;
    zone.name = QStringLiteral("Hall");
    zone.position = {double(kPitch), double(kPitch)};
    for (int r = 1; r <= layout.rows; ++r) {
        PlanRow row;
        row.rowNumber = QString::number(r);
        row.position = PlanPoint{0, double((r - 1) * kPitch)};
        for (int s = 1; s <= layout.seatsPerRow; ++s) {
            PlanSeat seat;
            seat.seatGuid = seatGuid(r, s);
            seat.seatNumber = QString::number(s);
            seat.position = {double((s - 1) * kPitch), 0};
            seat.category = r <= layout.frontRows ? kFront : kBack;
            row.seats.push_back(std::move(seat));
        }
        zone.rows.push_back(std::move(row));
    }
    plan.zones = {std::move(zone)};
    return plan;
}

Result<StressEvent::Ids> StressEvent::ensure(Engine &engine, const Layout &layout,
                                             const QString &keyPrefix, int generation)
{
    Ids ids;
    auto venue = run(engine,
                     CreateVenueCommand::fromPlanFile(SeatPlanWriter::toJson(hallPlan(layout)), {},
                                                      QStringLiteral("Asia/Shanghai")),
                     keyPrefix + QStringLiteral(":venue"));
    if (!venue)
        return venue.error();
    ids.venue = (*venue)[QStringLiteral("venue")].toInteger();
    auto event =
        run(engine, CreateEventCommand::fromJson(eventRequest(ids.venue, layout, generation)),
            keyPrefix + QStringLiteral(":event:") + QString::number(generation));
    if (!event)
        return event.error();
    ids.event = (*event)[QStringLiteral("event")].toInteger();
    ids.quota = (*event)[QStringLiteral("ga")].toArray().first()[QStringLiteral("ga")].toInteger();
    ids.seats.reserve(qsizetype(layout.rows) * layout.seatsPerRow);
    for (int r = 1; r <= layout.rows; ++r) {
        for (int s = 1; s <= layout.seatsPerRow; ++s)
            ids.seats.push_back({seatGuid(r, s), r <= layout.frontRows ? kFrontPrice : kBackPrice});
    }
    return ids;
}

std::unique_ptr<Command> StressEvent::seatSale(qint64 eventId, const QList<Seat> &seats)
{
    QList<SaleLine> lines;
    qint64 total = 0;
    for (const Seat &seat : seats) {
        lines.push_back(seatLine(seat, kAdult));
        total += seat.price;
    }
    return paidSale(eventId, 0, std::move(lines), total);
}

std::unique_ptr<Command> StressEvent::gaSale(qint64 eventId, qint64 quotaId, qint64 quantity)
{
    return paidSale(eventId, 0, {gaLine(quotaId, quantity, kAdult)}, kGaPrice * quantity);
}

std::unique_ptr<Command> StressEvent::seatAndGaHold(qint64 eventId, const Seat &seat,
                                                    qint64 quotaId)
{
    // Hold lines carry no ticket type; the sale picks it.
    return std::make_unique<HoldCommand>(
        eventId, QList<SaleLine>{seatLine(seat, {}), gaLine(quotaId, 1, {})});
}

std::unique_ptr<Command> StressEvent::saleFromHold(qint64 eventId, qint64 holdId, const Seat &seat,
                                                   qint64 quotaId)
{
    return paidSale(eventId, holdId, {seatLine(seat, kAdult), gaLine(quotaId, 1, kAdult)},
                    seat.price + kGaPrice);
}

} // namespace tessera::test
