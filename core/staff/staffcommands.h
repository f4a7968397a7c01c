// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"
#include "staff/role.h"

#include <QCoreApplication>

namespace tessera {

// Adds a member of staff. The PIN is hashed when the command is built, on the
// caller's thread: neither the journal nor the writer ever sees it.
class CreateUserCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::CreateUserCommand)

public:
    CreateUserCommand(QString name, QString displayName, Role role, QString pinHash)
        : m_name(std::move(name))
        , m_displayName(std::move(displayName))
        , m_role(role)
        , m_pinHash(std::move(pinHash))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("create_user"); }
    bool authorsCatalog() const override { return true; }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageStaff;
    }
    QString auditAction() const override { return QStringLiteral("user_change"); }
    QJsonObject auditDetails() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_name;
    QString m_displayName;
    Role m_role;
    QString m_pinHash;
};

// Changes a member of staff: role, new PIN, deactivation, or unlocking after
// too many wrong PINs.
class UpdateUserCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::UpdateUserCommand)

public:
    struct Change
    {
        QString name;
        std::optional<Role> role;
        QString pinHash; // empty: unchanged
        std::optional<bool> active;
        bool unlock = false;
    };
    explicit UpdateUserCommand(Change change)
        : m_change(std::move(change))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("update_user"); }
    // Unlocking after wrong PINs is this terminal's own business (its
    // counters never travel); a role, PIN or switch-off comes from the server.
    bool authorsCatalog() const override
    {
        return m_change.role || !m_change.pinHash.isEmpty() || m_change.active;
    }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageStaff;
    }
    QString auditAction() const override { return QStringLiteral("user_change"); }
    QJsonObject auditDetails() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    Change m_change;
};

// Records the outcome of a PIN check made by StaffAuthenticator: resets the
// failure count, or counts a failure and locks the account after too many.
// A name that is no member of staff is counted and locked the same way (in
// login_failures), so failed sign-ins answer alike whether the name exists.
class RecordLoginCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RecordLoginCommand)

public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kLockMs = 5 * 60 * 1000;

    RecordLoginCommand(QString name, bool success)
        : m_name(std::move(name))
        , m_success(success)
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("record_login"); }
    QJsonObject toJson() const override;
    // Anyone may try to log in; what happened is audited.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    // Counts this outcome into a failure count and lock.
    void count(int &failedLogins, qint64 &lockedUntil, qint64 now);
    Result<CommandResult> applyToUnknownName(WriteContext &ctx);

    QString m_name;
    bool m_success;
    bool m_locked = false;
};

} // namespace tessera
