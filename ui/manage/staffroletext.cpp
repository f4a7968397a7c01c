// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffroletext.h"

#include <QComboBox>

namespace tessera {

QString StaffRoleText::title(Role role)
{
    switch (role) {
    case Role::Cashier:
        return tr("Cashier");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Ops:
        return tr("Operations");
    case Role::Manager:
        return tr("Manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return roleName(role);
}

QList<Role> StaffRoleText::grantable(Role granter)
{
    QList<Role> out;
    for (Role role : {Role::Cashier, Role::Supervisor, Role::Ops, Role::Manager, Role::Admin}) {
        if (int(role) <= int(granter))
            out.push_back(role);
    }
    return out;
}

void StaffRoleText::fill(QComboBox *combo, Role granter, Role current)
{
    combo->clear();
    for (Role role : grantable(granter)) {
        combo->addItem(title(role), int(role));
        if (role == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

} // namespace tessera
