// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "venue/seatplan.h"

namespace tessera {

// Creates a venue from a pretix seating plan. The plan is kept whole (it is
// what export gives back) and its seats become the venue's inventory keys.
class CreateVenueCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::CreateVenueCommand)

public:
    CreateVenueCommand(SeatPlan plan, QString name, QString zone);
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);
    // From the bytes of a plan file, so JSON errors name the line and column.
    static Result<std::unique_ptr<Command>> fromPlanFile(const QByteArray &planJson,
                                                         const QString &name, const QString &zone);

    QString kind() const override { return QStringLiteral("create_venue"); }
    bool authorsCatalog() const override { return true; }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageVenues;
    }
    QString auditAction() const override { return QStringLiteral("import"); }
    QJsonObject auditDetails() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    SeatPlan m_plan;
    QString m_name;
    QString m_timezone;
};

} // namespace tessera
