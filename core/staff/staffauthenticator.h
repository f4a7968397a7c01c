// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/role.h"

#include <QCoreApplication>

#include <functional>

namespace tessera {

class Clock;
class Engine;
class SqliteDb;

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
//
// A failed sign-in never tells whether the name exists: an unknown (or
// switched-off) name is checked with the same slow hash, answers wrong_pin,
// is counted and audited under the name as typed, and is locked out after
// the same number of failures with the same answer. Only the right PIN of a
// switched-off account learns that it is switched off.
class StaffAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(tessera::StaffAuthenticator)

public:
    // Checks a PIN against a stored hash; PasswordHash::verify unless a test
    // wants to watch.
    using PinVerifier = std::function<bool(const QString &pin, const QString &encodedHash)>;

    // Checks against the engine's file and records every outcome through it.
    StaffAuthenticator(Engine &engine, const Clock &clock);
    // Checks against `reader` only and records nothing: for callers that must
    // not open the writer (read-only CLI verbs). A lock is still refused.
    StaffAuthenticator(SqliteDb &reader, const Clock &clock);

    void setPinVerifier(PinVerifier verifier) { m_verifyPin = std::move(verifier); }

    Result<StaffIdentity> login(const QString &name, const QString &pin);

private:
    Result<StaffIdentity> check(SqliteDb &db, const QString &name, const QString &pin);

    Engine *m_engine = nullptr;
    SqliteDb *m_reader = nullptr;
    const Clock &m_clock;
    PinVerifier m_verifyPin;
};

} // namespace tessera
