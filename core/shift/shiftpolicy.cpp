// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/shiftpolicy.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "storage/settingstable.h"
#include "storage/sqlitedb.h"

namespace tessera {

bool ShiftPolicy::needsShift(const QString &method) const
{
    switch (requiredFor) {
    case ShiftRule::None:
        return false;
    case ShiftRule::Cash:
        return method == QLatin1String("cash");
    case ShiftRule::All:
        return true;
    }
    return false;
}

namespace {

void applySetting(ShiftPolicy &policy, QByteArrayView key, const QByteArray &value)
{
    if (key == ShiftPolicy::kRequiredForKey) {
        if (auto parsed = ShiftPolicy::ruleFromName(QString::fromUtf8(value)))
            policy.requiredFor = *parsed;
    } else if (key == ShiftPolicy::kBlindCountKey) {
        policy.blindCount = value != "off";
    }
}

} // namespace

ShiftPolicy ShiftPolicy::read(SqliteDb &db, ShiftRule fallback)
{
    ShiftPolicy policy;
    policy.requiredFor = fallback;
    for (const char *key : {kRequiredForKey, kBlindCountKey}) {
        auto value = SettingsTable::read(db, QString::fromLatin1(key));
        if (value && *value)
            applySetting(policy, key, **value);
    }
    return policy;
}

ShiftPolicy ShiftPolicy::read(WriteContext &ctx)
{
    ShiftPolicy policy;
    policy.requiredFor = ctx.defaultShiftRule();
    // Read on every payment: kept by the writer until SetShiftPolicyCommand
    // (or a rollback) makes it forget them.
    for (const char *key : {kRequiredForKey, kBlindCountKey}) {
        auto value = ctx.keptSetting(key);
        if (value && *value)
            applySetting(policy, key, **value);
    }
    return policy;
}

QString ShiftPolicy::ruleName(ShiftRule rule)
{
    switch (rule) {
    case ShiftRule::None:
        return QStringLiteral("none");
    case ShiftRule::Cash:
        return QStringLiteral("cash");
    case ShiftRule::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("cash");
}

std::optional<ShiftRule> ShiftPolicy::ruleFromName(const QString &name)
{
    for (ShiftRule rule : {ShiftRule::None, ShiftRule::Cash, ShiftRule::All}) {
        if (name == ruleName(rule))
            return rule;
    }
    return std::nullopt;
}

Result<std::unique_ptr<Command>> SetShiftPolicyCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"required_for", "blind_count"}); !r)
        return r.error();
    auto name = f.optionalString(QStringLiteral("required_for"));
    if (!name)
        return name.error();
    std::optional<ShiftRule> rule;
    if (!name->isNull()) {
        rule = ShiftPolicy::ruleFromName(*name);
        if (!rule)
            return fail(ErrorCode::InvalidInput,
                        tr("A shift is required for \"none\", \"cash\" or \"all\" payments, not "
                           "\"%1\".")
                            .arg(*name),
                        QStringLiteral("required_for"));
    }
    std::optional<bool> blind;
    if (json.contains(QStringLiteral("blind_count"))) {
        if (!json.value(QStringLiteral("blind_count")).isBool())
            return fail(ErrorCode::InvalidInput, tr("The blind count is true or false."),
                        QStringLiteral("blind_count"));
        blind = json.value(QStringLiteral("blind_count")).toBool();
    }
    if (!rule && !blind)
        return fail(ErrorCode::MissingField, tr("Give required_for, blind_count or both."),
                    QStringLiteral("required_for"));
    return std::unique_ptr<Command>(new SetShiftPolicyCommand(rule, blind));
}

QJsonObject SetShiftPolicyCommand::toJson() const
{
    QJsonObject o;
    if (m_requiredFor)
        o.insert(QStringLiteral("required_for"), ShiftPolicy::ruleName(*m_requiredFor));
    if (m_blindCount)
        o.insert(QStringLiteral("blind_count"), *m_blindCount);
    return o;
}

Result<CommandResult> SetShiftPolicyCommand::apply(WriteContext &ctx)
{
    auto write = [&](const char *key, const QString &value) {
        return ctx.run("INSERT INTO settings(key, value) VALUES(?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       [&](SqliteStatement &s) {
                           s.bind(1, QString::fromLatin1(key));
                           s.bind(2, value);
                       });
    };
    if (m_requiredFor) {
        if (auto r = write(ShiftPolicy::kRequiredForKey, ShiftPolicy::ruleName(*m_requiredFor)); !r)
            return r.error();
    }
    if (m_blindCount) {
        if (auto r = write(ShiftPolicy::kBlindCountKey,
                           *m_blindCount ? QStringLiteral("on") : QStringLiteral("off"));
            !r)
            return r.error();
    }
    ctx.forgetSettings();
    const ShiftPolicy now = ShiftPolicy::read(ctx.db(), ctx.defaultShiftRule());
    return QJsonObject{{QStringLiteral("required_for"), ShiftPolicy::ruleName(now.requiredFor)},
                       {QStringLiteral("blind_count"), now.blindCount}};
}

} // namespace tessera
