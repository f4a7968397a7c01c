// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/createvenuecommand.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "venue/seatplanparser.h"
#include "venue/seatplanwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera", text);
}

Result<QString> checkTimezone(const QString &zoneName)
{
    const QString tz = zoneName.isEmpty() ? QStringLiteral("UTC") : zoneName;
    if (!QTimeZone(tz.toUtf8()).isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is not a time zone; use a name such as Asia/Shanghai.").arg(tz),
                    QStringLiteral("timezone"));
    return tz;
}

Result<std::unique_ptr<Command>> build(const QByteArray &planJson, const QString &name,
                                       const QString &zone)
{
    auto plan = SeatPlanParser::parse(planJson);
    if (!plan) {
        Error e = plan.error();
        e.where = e.where.isEmpty() ? QStringLiteral("plan") : QStringLiteral("plan: ") + e.where;
        return e;
    }
    if (plan->seatCount() == 0)
        return fail(ErrorCode::InvalidInput, tr("The seating plan has no seats."),
                    QStringLiteral("plan"));
    auto tz = checkTimezone(zone);
    if (!tz)
        return tz.error();
    const QString venueName = name.trimmed().isEmpty() ? plan->name.trimmed() : name.trimmed();
    if (venueName.isEmpty())
        return fail(ErrorCode::MissingField, tr("The venue needs a name."), QStringLiteral("name"));
    return std::unique_ptr<Command>(new CreateVenueCommand(std::move(*plan), venueName, *tz));
}

} // namespace

CreateVenueCommand::CreateVenueCommand(SeatPlan plan, QString name, QString zone)
    : m_plan(std::move(plan))
    , m_name(std::move(name))
    , m_timezone(std::move(zone))
{}

Result<std::unique_ptr<Command>> CreateVenueCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"name", "timezone", "plan"}); !r)
        return r.error();
    auto plan = f.optionalObject(QStringLiteral("plan"));
    if (!plan)
        return plan.error();
    if (!f.has(QStringLiteral("plan")))
        return fail(ErrorCode::MissingField, tr("A venue is created from a seating plan."),
                    QStringLiteral("plan"));
    auto name = f.optionalString(QStringLiteral("name"));
    if (!name)
        return name.error();
    auto tz = f.optionalString(QStringLiteral("timezone"));
    if (!tz)
        return tz.error();
    return build(QJsonDocument(*plan).toJson(QJsonDocument::Compact), *name, *tz);
}

Result<std::unique_ptr<Command>> CreateVenueCommand::fromPlanFile(const QByteArray &planJson,
                                                                  const QString &name,
                                                                  const QString &zone)
{
    return build(planJson, name, zone);
}

QJsonObject CreateVenueCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), m_name},
                       {QStringLiteral("timezone"), m_timezone},
                       {QStringLiteral("plan"), SeatPlanWriter::toJsonObject(m_plan)}};
}

QJsonObject CreateVenueCommand::auditDetails() const
{
    return QJsonObject{{QStringLiteral("venue"), m_name},
                       {QStringLiteral("seats"), qint64(m_plan.seatCount())},
                       {QStringLiteral("timezone"), m_timezone}};
}

Result<CommandResult> CreateVenueCommand::apply(WriteContext &ctx)
{
    auto venueId = ctx.insert(
        "INSERT INTO venues(name, timezone, width, height, plan, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        [&](SqliteStatement &s) {
            s.bind(1, m_name).bind(2, m_timezone).bind(3, m_plan.size.width);
            s.bind(4, m_plan.size.height);
            s.bind(5, QString::fromUtf8(SeatPlanWriter::toJson(m_plan, QJsonDocument::Compact)));
            s.bind(6, ctx.now());
        });
    if (!venueId)
        return venueId.error();
    QHash<QString, qint64> categoryIds;
    for (const PlanCategory &category : std::as_const(m_plan.categories)) {
        auto id = ctx.insert("INSERT INTO categories(venue_id, name, color) VALUES(?, ?, ?)",
                             [&](SqliteStatement &s) {
                                 s.bind(1, *venueId).bind(2, category.name);
                                 category.color ? s.bind(3, *category.color) : s.bindNull(3);
                             });
        if (!id)
            return id.error();
        categoryIds.insert(category.name, *id);
    }
    const QList<PlanSeatIndex> indexes = m_plan.seatIndexes();
    for (const PlanSeatIndex &index : indexes) {
        const PlanZone &zone = m_plan.zones[index.zone];
        const PlanRow &row = zone.rows[index.row];
        const PlanSeat &seat = row.seats[index.seat];
        const PlanPoint at = m_plan.absolutePosition(index);
        auto r = ctx.run(
            "INSERT INTO seats(venue_id, guid, zone, row_number, row_label, seat_number, x, y, "
            "radius, category_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [&](SqliteStatement &s) {
                s.bind(1, *venueId).bind(2, seat.seatGuid);
                zone.name ? s.bind(3, *zone.name) : s.bindNull(3);
                s.bind(4, row.rowNumber);
                row.rowLabel.hasText() ? s.bind(5, row.rowLabel.text) : s.bindNull(5);
                s.bind(6, seat.seatNumber).bind(7, at.x).bind(8, at.y);
                s.bind(9, seat.effectiveRadius()).bind(10, categoryIds.value(seat.category));
            });
        if (!r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("venue"), *venueId},
                       {QStringLiteral("name"), m_name},
                       {QStringLiteral("seats"), qint64(indexes.size())},
                       {QStringLiteral("categories"), qint64(m_plan.categories.size())}};
}

} // namespace tessera
