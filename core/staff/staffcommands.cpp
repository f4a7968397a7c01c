// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffcommands.h"

#include "common/jsonfields.h"
#include "crypto/passwordhash.h"
#include "engine/writecontext.h"
#include "staff/staffdirectory.h"

#include <QJsonObject>

namespace tessera {

namespace {

// PINs are digits (a keypad at the counter), passwords anything; at least 4.
Result<QString> hashPin(const JsonFields &f, const QString &field, bool required)
{
    auto pin = required ? f.string(field) : f.optionalString(field);
    if (!pin)
        return pin.error();
    if (pin->isEmpty())
        return QString();
    if (pin->size() < 4)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("tessera::CreateUserCommand",
                                                "A PIN has at least 4 characters."),
                    f.path(field));
    return PasswordHash::hash(*pin);
}

Result<Role> readRole(const JsonFields &f, const QString &field)
{
    auto name = f.string(field);
    if (!name)
        return name.error();
    const auto role = roleFromName(*name);
    if (!role)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("tessera::CreateUserCommand",
                                                "Unknown role \"%1\"; use cashier, supervisor, "
                                                "ops, manager or admin.")
                        .arg(*name),
                    f.path(field));
    return *role;
}

} // namespace

Result<std::unique_ptr<Command>> CreateUserCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"name", "display_name", "role", "pin", "pin_hash"}); !r)
        return r.error();
    auto name = f.string(QStringLiteral("name"));
    if (!name)
        return name.error();
    auto display = f.optionalString(QStringLiteral("display_name"));
    if (!display)
        return display.error();
    auto role = readRole(f, QStringLiteral("role"));
    if (!role)
        return role.error();
    // A journalled request carries the hash; a new one the PIN.
    QString pinHash;
    if (f.has(QStringLiteral("pin_hash"))) {
        auto stored = f.string(QStringLiteral("pin_hash"));
        if (!stored)
            return stored.error();
        pinHash = *stored;
    } else {
        auto hashed = hashPin(f, QStringLiteral("pin"), true);
        if (!hashed)
            return hashed.error();
        pinHash = *hashed;
    }
    return std::unique_ptr<Command>(
        new CreateUserCommand(name->trimmed(), display->trimmed(), *role, pinHash));
}

QJsonObject CreateUserCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), m_name},
                       {QStringLiteral("display_name"), m_displayName},
                       {QStringLiteral("role"), roleName(m_role)},
                       {QStringLiteral("pin_hash"), m_pinHash}};
}

QJsonObject CreateUserCommand::auditDetails() const
{
    return QJsonObject{{QStringLiteral("user"), m_name},
                       {QStringLiteral("change"), QStringLiteral("created")},
                       {QStringLiteral("role"), roleName(m_role)}};
}

Result<CommandResult> CreateUserCommand::apply(WriteContext &ctx)
{
    if (ctx.staff().find(m_name))
        return fail(ErrorCode::DuplicateId, tr("A user with this name exists already."),
                    QStringLiteral("name"));
    auto id = ctx.insert("INSERT INTO users(name, display_name, role, pin_hash, created_at) "
                         "VALUES(?, ?, ?, ?, ?)",
                         [&](SqliteStatement &s) {
                             s.bind(1, m_name).bind(2, m_displayName).bind(3, int(m_role));
                             s.bind(4, m_pinHash).bind(5, ctx.now());
                         });
    if (!id)
        return id.error();
    ctx.staff().put(StaffMember{*id, m_name, m_role, true, 0, 0});
    return QJsonObject{{QStringLiteral("user"), *id},
                       {QStringLiteral("name"), m_name},
                       {QStringLiteral("role"), roleName(m_role)}};
}

Result<std::unique_ptr<Command>> UpdateUserCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"name", "role", "pin", "pin_hash", "active", "unlock"}); !r)
        return r.error();
    Change change;
    auto name = f.string(QStringLiteral("name"));
    if (!name)
        return name.error();
    change.name = name->trimmed();
    if (f.has(QStringLiteral("role"))) {
        auto role = readRole(f, QStringLiteral("role"));
        if (!role)
            return role.error();
        change.role = *role;
    }
    if (f.has(QStringLiteral("pin_hash"))) {
        auto stored = f.string(QStringLiteral("pin_hash"));
        if (!stored)
            return stored.error();
        change.pinHash = *stored;
    } else {
        auto hashed = hashPin(f, QStringLiteral("pin"), false);
        if (!hashed)
            return hashed.error();
        change.pinHash = *hashed;
    }
    for (const char *flag : {"active", "unlock"}) {
        const QJsonValue v = json.value(QLatin1String(flag));
        if (!v.isUndefined() && !v.isBool())
            return fail(ErrorCode::InvalidInput, tr("This field is true or false."),
                        QString::fromLatin1(flag));
    }
    if (json.contains(QStringLiteral("active")))
        change.active = json.value(QStringLiteral("active")).toBool();
    change.unlock = json.value(QStringLiteral("unlock")).toBool();
    return std::unique_ptr<Command>(new UpdateUserCommand(change));
}

QJsonObject UpdateUserCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), m_change.name}};
    if (m_change.role)
        o.insert(QStringLiteral("role"), roleName(*m_change.role));
    if (!m_change.pinHash.isEmpty())
        o.insert(QStringLiteral("pin_hash"), m_change.pinHash);
    if (m_change.active)
        o.insert(QStringLiteral("active"), *m_change.active);
    if (m_change.unlock)
        o.insert(QStringLiteral("unlock"), true);
    return o;
}

QJsonObject UpdateUserCommand::auditDetails() const
{
    QJsonObject o = toJson();
    if (o.remove(QStringLiteral("pin_hash")), !m_change.pinHash.isEmpty())
        o.insert(QStringLiteral("pin_changed"), true);
    o.insert(QStringLiteral("user"), o.take(QStringLiteral("name")));
    return o;
}

Result<CommandResult> UpdateUserCommand::apply(WriteContext &ctx)
{
    const StaffMember *existing = ctx.staff().find(m_change.name);
    if (!existing)
        return fail(ErrorCode::NotFound, tr("There is no user \"%1\".").arg(m_change.name),
                    QStringLiteral("name"));
    StaffMember member = *existing;
    if (m_change.role)
        member.role = *m_change.role;
    if (m_change.active)
        member.active = *m_change.active;
    if (m_change.unlock) {
        member.failedLogins = 0;
        member.lockedUntil = 0;
    }
    auto r = ctx.run("UPDATE users SET role = ?, active = ?, failed_logins = ?, locked_until = ?, "
                     "pin_hash = COALESCE(?, pin_hash) WHERE id = ?",
                     [&](SqliteStatement &s) {
                         s.bind(1, int(member.role)).bind(2, int(member.active));
                         s.bind(3, member.failedLogins).bind(4, member.lockedUntil);
                         m_change.pinHash.isEmpty() ? s.bindNull(5) : s.bind(5, m_change.pinHash);
                         s.bind(6, member.id);
                     });
    if (!r)
        return r.error();
    ctx.staff().put(member);
    return QJsonObject{{QStringLiteral("user"), member.id},
                       {QStringLiteral("name"), member.name},
                       {QStringLiteral("role"), roleName(member.role)},
                       {QStringLiteral("active"), member.active}};
}

Result<std::unique_ptr<Command>> RecordLoginCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"name", "success"}); !r)
        return r.error();
    auto name = f.string(QStringLiteral("name"));
    if (!name)
        return name.error();
    if (!json.value(QStringLiteral("success")).isBool())
        return fail(ErrorCode::MissingField, tr("Say whether the PIN was right."),
                    QStringLiteral("success"));
    return std::unique_ptr<Command>(
        new RecordLoginCommand(*name, json.value(QStringLiteral("success")).toBool()));
}

QJsonObject RecordLoginCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), m_name}, {QStringLiteral("success"), m_success}};
}

QString RecordLoginCommand::auditAction() const
{
    if (m_success)
        return QStringLiteral("login");
    return m_locked ? QStringLiteral("account_locked") : QStringLiteral("login_failed");
}

void RecordLoginCommand::count(int &failedLogins, qint64 &lockedUntil, qint64 now)
{
    if (m_success) {
        failedLogins = 0;
        lockedUntil = 0;
        return;
    }
    failedLogins += 1;
    if (failedLogins >= kMaxFailures) {
        lockedUntil = now + kLockMs;
        failedLogins = 0;
        m_locked = true;
    }
}

Result<CommandResult> RecordLoginCommand::applyToUnknownName(WriteContext &ctx)
{
    if (m_success)
        return fail(ErrorCode::NotFound, tr("There is no user \"%1\".").arg(m_name),
                    QStringLiteral("name"));
    // Rows that say nothing any more (no failures, lock over) are dropped, so
    // probing with made-up names leaves only what still counts.
    if (auto r = ctx.run("DELETE FROM login_failures WHERE failed_logins = 0 AND locked_until <= ?",
                         [&](SqliteStatement &s) { s.bind(1, ctx.now()); });
        !r)
        return r.error();
    auto read =
        ctx.statement("SELECT failed_logins, locked_until FROM login_failures WHERE name = ?");
    if (!read)
        return read.error();
    (*read)->bind(1, m_name);
    auto row = (*read)->step();
    if (!row)
        return row.error();
    int failedLogins = *row ? int((*read)->columnInt(0)) : 0;
    qint64 lockedUntil = *row ? (*read)->columnInt(1) : 0;
    (*read)->reset();
    count(failedLogins, lockedUntil, ctx.now());
    auto r = ctx.run(
        "INSERT OR REPLACE INTO login_failures(name, failed_logins, locked_until) "
        "VALUES(?, ?, ?)",
        [&](SqliteStatement &s) { s.bind(1, m_name).bind(2, failedLogins).bind(3, lockedUntil); });
    if (!r)
        return r.error();
    return QJsonObject{{QStringLiteral("name"), m_name},
                       {QStringLiteral("success"), m_success},
                       {QStringLiteral("locked_until"), lockedUntil}};
}

Result<CommandResult> RecordLoginCommand::apply(WriteContext &ctx)
{
    m_locked = false; // the writer may apply a command a second time (BatchApplier)
    const StaffMember *existing = ctx.staff().find(m_name);
    // Failures under names that are not staff count (and lock) all the same,
    // elsewhere, so the answers never tell a real name from a made-up one.
    if (!existing)
        return applyToUnknownName(ctx);
    StaffMember member = *existing;
    count(member.failedLogins, member.lockedUntil, ctx.now());
    auto r = ctx.run("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?",
                     [&](SqliteStatement &s) {
                         s.bind(1, member.failedLogins).bind(2, member.lockedUntil);
                         s.bind(3, member.id);
                     });
    if (!r)
        return r.error();
    ctx.staff().put(member);
    return QJsonObject{{QStringLiteral("name"), m_name},
                       {QStringLiteral("success"), m_success},
                       {QStringLiteral("locked_until"), member.lockedUntil}};
}

} // namespace tessera
