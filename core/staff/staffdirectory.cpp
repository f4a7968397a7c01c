// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffdirectory.h"

#include "storage/sqlitedb.h"

#include <QDateTime>

namespace tessera {

void StaffDirectory::ensureLoaded()
{
    if (m_loaded)
        return;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, name, role, active, failed_logins, locked_until FROM users"));
    if (!stmt)
        return; // reported by the next storage operation; nothing is cached
    for (;;) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        StaffMember m;
        m.id = stmt->columnInt(0);
        m.name = stmt->columnText(1);
        m.role = Role(stmt->columnInt(2));
        m.active = stmt->columnInt(3) != 0;
        m.failedLogins = int(stmt->columnInt(4));
        m.lockedUntil = stmt->columnInt(5);
        m_members.insert(m.name, m);
    }
    m_loaded = true;
}

const StaffMember *StaffDirectory::find(const QString &name)
{
    ensureLoaded();
    const auto it = m_members.constFind(name);
    return it == m_members.cend() ? nullptr : &*it;
}

void StaffDirectory::put(const StaffMember &member)
{
    ++m_generation;
    ensureLoaded();
    m_members.insert(member.name, member);
}

void StaffDirectory::clear()
{
    ++m_generation;
    m_members.clear();
    m_loaded = false;
}

bool StaffDirectory::isEmpty()
{
    ensureLoaded();
    return m_members.isEmpty();
}

Result<bool> StaffDirectory::authorize(const QString &actor, const QString &overrideBy,
                                       std::optional<Permission> permission, qint64 now)
{
    if (!permission || isEmpty())
        return false;
    auto usable = [&](const QString &name, const QString &field) -> Result<const StaffMember *> {
        const StaffMember *m = find(name);
        if (!m)
            return fail(ErrorCode::PermissionDenied,
                        name.isEmpty() ? tr("Log in first: every change is made by a member "
                                            "of staff.")
                                       : tr("\"%1\" is not a member of staff.").arg(name),
                        field);
        if (!m->active)
            return fail(ErrorCode::PermissionDenied,
                        tr("The account of \"%1\" is switched off.").arg(name), field);
        if (m->lockedUntil > now)
            return fail(ErrorCode::AccountLocked,
                        tr("The account of \"%1\" is locked after too many wrong PINs until %2.")
                            .arg(name, QDateTime::fromMSecsSinceEpoch(m->lockedUntil, Qt::UTC)
                                           .toString(Qt::ISODate)),
                        field);
        return m;
    };
    auto member = usable(actor, QStringLiteral("actor"));
    if (!member)
        return member.error();
    switch (PermissionTable::decide((*member)->role, *permission)) {
    case PermissionTable::Decision::Allowed:
        return false;
    case PermissionTable::Decision::Refused:
        return fail(ErrorCode::PermissionDenied,
                    tr("A %1 may not do this (%2).")
                        .arg(roleName((*member)->role), permissionName(*permission)),
                    QStringLiteral("actor"));
    case PermissionTable::Decision::NeedsOverride:
        break;
    }
    if (overrideBy.isEmpty())
        return fail(ErrorCode::OverrideRequired,
                    tr("A supervisor has to approve this (%1).").arg(permissionName(*permission)),
                    QStringLiteral("override_by"));
    auto approver = usable(overrideBy, QStringLiteral("override_by"));
    if (!approver)
        return approver.error();
    if (overrideBy == actor || !PermissionTable::canOverride((*approver)->role, *permission))
        return fail(ErrorCode::PermissionDenied,
                    tr("\"%1\" cannot approve this; a supervisor or manager must.").arg(overrideBy),
                    QStringLiteral("override_by"));
    return true;
}

} // namespace tessera
