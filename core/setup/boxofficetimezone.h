// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>
#include <QString>

namespace tessera {

class SqliteDb;

// The box office's IANA time zone ("Asia/Shanghai"): the zone every time a
// person reads is shown in (the header clock, order and shift times, the
// Z-report), and the one a new venue is offered. Kept in the settings table,
// so it holds for every console on the database; unset, it is the zone of the
// first venue, or kDefaultZone (the demo venue's) before there is one.
class BoxOfficeTimeZone
{
    Q_DECLARE_TR_FUNCTIONS(tessera::BoxOfficeTimeZone)

public:
    static constexpr const char *kSettingKey = "box_office_timezone";
    static constexpr const char *kDefaultZone = "Asia/Shanghai";

    // Always a valid zone id.
    static QString read(SqliteDb &db);
    // True when `zone` is an IANA id Qt knows.
    static bool isValid(const QString &zone);
};

// Sets BoxOfficeTimeZone; a manager's decision, audited.
class SetBoxOfficeTimeZoneCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SetBoxOfficeTimeZoneCommand)

public:
    explicit SetBoxOfficeTimeZoneCommand(QString zone)
        : m_zone(std::move(zone))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("set_box_office_timezone"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageEvents;
    }
    QString auditAction() const override { return QStringLiteral("settings"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_zone;
};

} // namespace tessera
