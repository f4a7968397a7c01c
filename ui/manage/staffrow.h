// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/role.h"

#include <QList>
#include <QString>

namespace tessera {

class SqliteDb;

// One member of staff as the staff screen lists them (never the PIN hash).
struct StaffRow
{
    QString name;
    QString displayName;
    Role role = Role::Cashier;
    bool active = true;
    int failedLogins = 0;
    qint64 lockedUntil = 0; // ms since the epoch; locked while in the future

    bool lockedAt(qint64 nowMs) const { return lockedUntil > nowMs; }
};

// Every member of staff, most trusted roles first.
Result<QList<StaffRow>> readStaff(SqliteDb &db);

} // namespace tessera
