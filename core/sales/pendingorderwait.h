// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"

#include <optional>

namespace tessera {

class SqliteDb;

// How long an unpaid counter order waits before the engine cancels it
// (sales/pendingorderexpiry.h), as the box office sets it: minutes, 0 for
// never. Kept in the settings table, so it holds for every console and the
// CLI on the database; without it the engine's default applies.
class PendingOrderWait
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::PendingOrderWait)

public:
    static constexpr int kMaxMinutes = 24 * 60;
    static constexpr const char *kSettingKey = "pending_order_minutes";

    // The minutes set, or nullopt when nobody set them (or the value is not
    // a number a build could have written).
    static std::optional<int> read(SqliteDb &db);
    // The stored text as minutes; nullopt when it is not a valid wait.
    static std::optional<int> parse(const QString &stored);
};

// Sets PendingOrderWait; a manager's decision, audited.
class SetPendingOrderWaitCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::SetPendingOrderWaitCommand)

public:
    explicit SetPendingOrderWaitCommand(int minutes)
        : m_minutes(minutes)
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("set_pending_order_wait"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageEvents;
    }
    QString auditAction() const override { return QStringLiteral("settings"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    int m_minutes;
};

} // namespace tessera
