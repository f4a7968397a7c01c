// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/permissiontable.h"
#include "staff/staffauthenticator.h"

#include <QObject>

#include <optional>

namespace tessera {

class SqliteDb;

// Who is signed in at the console and what their role may do. Outlives the
// window's pages, so a rebuilt window (a new language) keeps the user.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // `reader` (a UI-thread connection) must outlive the session.
    explicit ConsoleSession(SqliteDb &reader, QObject *parent = nullptr);

    // Who is signed in; nullopt while the console is locked.
    const std::optional<StaffIdentity> &user() const { return m_user; }
    void setUser(std::optional<StaffIdentity> user);
    // The staff table is empty: a new box office in set-up mode, where anyone
    // may do anything until the first administrator is created.
    bool setupMode();
    // What the signed-in user's role may do (Refused while locked).
    PermissionTable::Decision decide(Permission permission) const;

signals:
    void userChanged();

private:
    SqliteDb &m_reader;
    std::optional<StaffIdentity> m_user;
    std::optional<bool> m_setupMode;
};

} // namespace tessera
