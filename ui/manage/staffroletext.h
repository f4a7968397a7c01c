// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/role.h"

#include <QCoreApplication>
#include <QList>

class QComboBox;

namespace tessera {

// Roles as the staff screens show and offer them.
class StaffRoleText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::StaffRoleText)

public:
    static QString title(Role role);
    // The roles `granter` may give: never above their own (only administrators
    // manage staff today, so in practice every role).
    static QList<Role> grantable(Role granter);
    // Fills `combo` with the grantable roles (the role as item data), `current` chosen.
    static void fill(QComboBox *combo, Role granter, Role current);
};

} // namespace tessera
