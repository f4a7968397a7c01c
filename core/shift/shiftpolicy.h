// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "shift/shiftrule.h"

#include <optional>

namespace tessera {

class SqliteDb;
class WriteContext;

// The box office's cash-control settings, kept in the settings table so they
// hold for every console and the CLI on the database:
//   "shift.required_for": "none" | "cash" | "all" (without it, the engine's
//     default, EngineOptions::shiftRule);
//   "shift.blind_count": "on" | "off" (default on): a cashier counts the
//     drawer without seeing what is expected; supervisors always may.
struct ShiftPolicy
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ShiftPolicy)

public:
    static constexpr const char *kRequiredForKey = "shift.required_for";
    static constexpr const char *kBlindCountKey = "shift.blind_count";

    ShiftRule requiredFor = ShiftRule::Cash;
    bool blindCount = true;

    // Whether a payment or refund by `method` ("cash", "card"...) needs a shift.
    bool needsShift(const QString &method) const;

    // The settings on `db`; what is not set (or not readable) is `fallback`'s.
    static ShiftPolicy read(SqliteDb &db, ShiftRule fallback = ShiftRule::Cash);
    // The same, read by the writer through its kept statement (once a sale).
    static ShiftPolicy read(WriteContext &ctx);
    static QString ruleName(ShiftRule rule);
    static std::optional<ShiftRule> ruleFromName(const QString &name);
};

// Sets the cash-control settings (either or both); a manager's decision,
// audited.
class SetShiftPolicyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SetShiftPolicyCommand)

public:
    SetShiftPolicyCommand(std::optional<ShiftRule> requiredFor, std::optional<bool> blindCount)
        : m_requiredFor(requiredFor)
        , m_blindCount(blindCount)
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("set_shift_policy"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageEvents;
    }
    QString auditAction() const override { return QStringLiteral("settings"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    std::optional<ShiftRule> m_requiredFor;
    std::optional<bool> m_blindCount;
};

} // namespace tessera
