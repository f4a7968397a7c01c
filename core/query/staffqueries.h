// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/role.h"

#include <QList>
#include <QString>

namespace tessera {

class SqliteDb;

// One member of staff as the console lists them (never the PIN hash).
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

// Reads the staff table on a reader's connection: who may sign in, who may
// approve, whether the box office has any staff yet.
class StaffQueries
{
public:
    explicit StaffQueries(SqliteDb &db)
        : m_db(db)
    {}

    // Every member of staff: active first, most trusted roles first, by name.
    Result<QList<StaffRow>> staff();
    // Active staff of `minimum` role or above, least trusted first, by name
    // (the order of the sign-in and approval lists).
    Result<QList<StaffRow>> active(Role minimum = Role::Cashier);
    // How many members of staff exist, active or not (0: set-up mode).
    Result<qint64> count();

private:
    SqliteDb &m_db;
};

} // namespace tessera
