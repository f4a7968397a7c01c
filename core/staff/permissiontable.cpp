// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/permissiontable.h"

namespace tessera {

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Sell:
        return QStringLiteral("sell");
    case Permission::CancelOrder:
        return QStringLiteral("cancel_order");
    case Permission::Refund:
        return QStringLiteral("refund");
    case Permission::Redeem:
        return QStringLiteral("redeem");
    case Permission::ManageVenues:
        return QStringLiteral("manage_venues");
    case Permission::ManageEvents:
        return QStringLiteral("manage_events");
    case Permission::ManageCards:
        return QStringLiteral("manage_cards");
    case Permission::RevealCardKeys:
        return QStringLiteral("reveal_card_keys");
    case Permission::ManageStaff:
        return QStringLiteral("manage_staff");
    case Permission::RotateKeys:
        return QStringLiteral("rotate_keys");
    case Permission::ViewReports:
        return QStringLiteral("view_reports");
    case Permission::ViewCatalog:
        return QStringLiteral("view_catalog");
    case Permission::ViewOrders:
        return QStringLiteral("view_orders");
    case Permission::ViewJournal:
        return QStringLiteral("view_journal");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::ManageAlerts:
        return QStringLiteral("manage_alerts");
    }
    return QStringLiteral("unknown");
}

PermissionTable::Decision PermissionTable::decide(Role role, Permission permission)
{
    using D = Decision;
    // Rows: permissions; columns: cashier, supervisor, ops, manager, admin.
    static constexpr D table[][5] = {
        /* Sell           */ {D::Allowed, D::Allowed, D::Refused, D::Allowed, D::Allowed},
        /* CancelOrder    */ {D::NeedsOverride, D::Allowed, D::Refused, D::Allowed, D::Allowed},
        /* Refund         */ {D::NeedsOverride, D::Allowed, D::Refused, D::Allowed, D::Allowed},
        /* Redeem         */ {D::Allowed, D::Allowed, D::Refused, D::Allowed, D::Allowed},
        /* ManageVenues   */ {D::Refused, D::Refused, D::Refused, D::Allowed, D::Allowed},
        /* ManageEvents   */ {D::Refused, D::Refused, D::Refused, D::Allowed, D::Allowed},
        /* ManageCards    */ {D::Refused, D::Refused, D::Refused, D::Allowed, D::Allowed},
        /* RevealCardKeys */ {D::NeedsOverride, D::Allowed, D::Refused, D::Allowed, D::Allowed},
        /* ManageStaff    */ {D::Refused, D::Refused, D::Refused, D::Refused, D::Allowed},
        /* RotateKeys     */ {D::Refused, D::Refused, D::Refused, D::Refused, D::Allowed},
        /* ViewReports    */ {D::Refused, D::Allowed, D::Allowed, D::Allowed, D::Allowed},
        /* ViewCatalog    */ {D::Allowed, D::Allowed, D::Allowed, D::Allowed, D::Allowed},
        /* ViewOrders     */ {D::Allowed, D::Allowed, D::Refused, D::Allowed, D::Allowed},
        /* ViewJournal    */ {D::Refused, D::Allowed, D::Allowed, D::Allowed, D::Allowed},
        /* ViewAudit      */ {D::Refused, D::Allowed, D::Allowed, D::Allowed, D::Allowed},
        /* ManageAlerts   */ {D::Refused, D::Refused, D::Allowed, D::Allowed, D::Allowed},
    };
    return table[int(permission)][int(role)];
}

bool PermissionTable::canOverride(Role role, Permission permission)
{
    return role != Role::Cashier && decide(role, permission) == Decision::Allowed;
}

} // namespace tessera
