// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/role.h"

#include <QCoreApplication>

namespace tessera {

class Clock;
class Engine;

// Who is at the till, once their PIN was checked.
struct StaffIdentity
{
    qint64 id = 0;
    QString name;
    Role role = Role::Cashier;
};

// Checks a member of staff's PIN on the caller's thread (a slow hash: it must
// not hold up the writer) against a read-only view of the users, and records
// the outcome through the engine so failures count towards a lock-out and
// every login is audited.
class StaffAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(tessera::StaffAuthenticator)

public:
    StaffAuthenticator(Engine &engine, const Clock &clock)
        : m_engine(engine)
        , m_clock(clock)
    {}

    Result<StaffIdentity> login(const QString &name, const QString &pin);

private:
    Engine &m_engine;
    const Clock &m_clock;
};

} // namespace tessera
