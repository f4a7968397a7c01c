// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/permissiontable.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace tessera {

class SqliteDb;

struct StaffMember
{
    qint64 id = 0;
    QString name;
    Role role = Role::Cashier;
    bool active = true;
    int failedLogins = 0;
    qint64 lockedUntil = 0;
};

// The writer's view of the staff, for deciding who may run which command.
// While no user exists the box office is in set-up mode and anything goes;
// the first user created should be an admin.
class StaffDirectory
{
    Q_DECLARE_TR_FUNCTIONS(tessera::StaffDirectory)

public:
    explicit StaffDirectory(SqliteDb &db)
        : m_db(db)
    {}

    const StaffMember *find(const QString &name);
    void put(const StaffMember &member);
    void clear();
    // Grows with every change, so the writer can tell whether a refused
    // command changed the directory.
    quint64 generation() const { return m_generation; }
    bool isEmpty();

    // Whether `actor` may do what `permission` covers, possibly with the
    // override of `overrideBy`. Answers whether an override was used.
    Result<bool> authorize(const QString &actor, const QString &overrideBy,
                           std::optional<Permission> permission, qint64 now);

private:
    void ensureLoaded();

    SqliteDb &m_db;
    QHash<QString, StaffMember> m_members;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace tessera
