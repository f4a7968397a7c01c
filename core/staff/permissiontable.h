// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/role.h"

namespace tessera {

// Everything a command can need leave for.
enum class Permission : int {
    Sell,           // hold, sell, take payments
    CancelOrder,    // cancel an unpaid order (a void)
    Refund,         // refund a paid order
    Redeem,         // let a ticket in at a gate
    ManageVenues,   // import seat maps
    ManageEvents,   // create events, set prices
    ManageCards,    // card products and code imports
    RevealCardKeys, // show or export delivered card keys again
    ManageStaff,    // create users, change roles, unlock accounts
    RotateKeys,     // rotate the encryption keys
    ViewReports,    // dashboards, the day's summary
    // Reads (tessera-cli's read verbs; the console shows the same per screen).
    ViewCatalog, // venues, events, prices, seats, card products, sales rules
    ViewOrders,  // orders with customers' details, ticket codes, payments, shifts
    ViewJournal, // every journalled request
    ViewAudit,   // the audit log and its chain
    // Alert thresholds (core/alerts); acknowledging an alert needs ViewReports.
    ManageAlerts,
};

QString permissionName(Permission permission);

// Who may do what, in one place. A decision is one of: allowed, allowed with
// a supervisor's (or higher) override recorded with both names, or refused.
class PermissionTable
{
public:
    enum class Decision { Allowed, NeedsOverride, Refused };

    static Decision decide(Role role, Permission permission);
    // Whether `role` can give the override a `Permission` needs.
    static bool canOverride(Role role, Permission permission);
};

} // namespace tessera
