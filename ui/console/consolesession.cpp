// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolesession.h"

#include "query/staffqueries.h"

namespace tessera {

ConsoleSession::ConsoleSession(SqliteDb &reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{}

void ConsoleSession::setUser(std::optional<StaffIdentity> user)
{
    m_user = std::move(user);
    emit userChanged();
}

bool ConsoleSession::setupMode()
{
    // Once staff exist they never all disappear (users are deactivated, not
    // deleted), so only set-up mode needs asking again.
    if (!m_setupMode || *m_setupMode) {
        auto count = StaffQueries(m_reader).count();
        m_setupMode = !count || *count == 0;
    }
    return *m_setupMode;
}

PermissionTable::Decision ConsoleSession::decide(Permission permission) const
{
    if (!m_user)
        return PermissionTable::Decision::Refused;
    return PermissionTable::decide(m_user->role, permission);
}

} // namespace tessera
