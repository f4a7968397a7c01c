// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/role.h"

namespace tessera {

QString roleName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Ops:
        return QStringLiteral("ops");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("cashier");
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const Role role :
         {Role::Cashier, Role::Supervisor, Role::Ops, Role::Manager, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace tessera
