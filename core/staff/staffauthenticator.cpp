// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffauthenticator.h"

#include "common/clock.h"
#include "crypto/passwordhash.h"
#include "engine/engine.h"
#include "staff/staffcommands.h"
#include "storage/sqlitedb.h"

#include <QDateTime>
#include <QUuid>

namespace tessera {

namespace {

// What sign-in knows about a name before the PIN is checked. A name that is
// not staff gets a hash no PIN matches, of the cost real ones have.
struct SignInRecord
{
    bool isStaff = false;
    bool active = false;
    StaffIdentity identity;
    QString pinHash;
    qint64 lockedUntil = 0;
};

// The iterations a real check costs here: those of the newest user's hash
// (older hashes may be cheaper until they are rehashed).
Result<int> currentIterations(SqliteDb &db)
{
    auto newest = db.prepare(QStringLiteral("SELECT pin_hash FROM users ORDER BY id DESC LIMIT 1"));
    if (!newest)
        return newest.error();
    auto row = newest->step();
    if (!row)
        return row.error();
    const int iterations = *row ? PasswordHash::iterations(newest->columnText(0)) : 0;
    newest->reset();
    return iterations > 0 ? iterations : PasswordHash::DefaultIterations;
}

Result<SignInRecord> readRecord(SqliteDb &db, const QString &name)
{
    SignInRecord record;
    auto user = db.prepare(QStringLiteral(
        "SELECT id, role, pin_hash, active, locked_until FROM users WHERE name = ?"));
    if (!user)
        return user.error();
    user->bind(1, name);
    auto row = user->step();
    if (!row)
        return row.error();
    if (*row) {
        record.isStaff = true;
        record.identity = StaffIdentity{user->columnInt(0), name, Role(user->columnInt(1))};
        record.pinHash = user->columnText(2);
        record.active = user->columnInt(3) != 0;
        record.lockedUntil = user->columnInt(4);
        user->reset();
        return record;
    }
    auto failures =
        db.prepare(QStringLiteral("SELECT locked_until FROM login_failures WHERE name = ?"));
    if (!failures)
        return failures.error();
    failures->bind(1, name);
    auto counted = failures->step();
    if (!counted)
        return counted.error();
    if (*counted)
        record.lockedUntil = failures->columnInt(0);
    failures->reset();
    auto iterations = currentIterations(db);
    if (!iterations)
        return iterations.error();
    record.pinHash = PasswordHash::unmatchable(*iterations);
    return record;
}

} // namespace

StaffAuthenticator::StaffAuthenticator(Engine &engine, const Clock &clock)
    : m_engine(&engine)
    , m_clock(clock)
    , m_verifyPin(&PasswordHash::verify)
{}

StaffAuthenticator::StaffAuthenticator(SqliteDb &reader, const Clock &clock)
    : m_reader(&reader)
    , m_clock(clock)
    , m_verifyPin(&PasswordHash::verify)
{}

Result<StaffIdentity> StaffAuthenticator::login(const QString &name, const QString &pin)
{
    if (m_reader)
        return check(*m_reader, name, pin);
    auto db = SqliteDb::open(m_engine->path(), SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    return check(*db, name, pin);
}

Result<StaffIdentity> StaffAuthenticator::check(SqliteDb &db, const QString &name,
                                                const QString &pin)
{
    auto record = readRecord(db, name);
    if (!record)
        return record.error();
    if (record->lockedUntil > m_clock.nowMs())
        return fail(ErrorCode::AccountLocked,
                    tr("Too many wrong PINs: the account is locked until %1.")
                        .arg(QDateTime::fromMSecsSinceEpoch(record->lockedUntil, Qt::UTC)
                                 .toLocalTime()
                                 .toString(QStringLiteral("HH:mm"))),
                    QStringLiteral("name"));
    // Always the slow hash, for unknown and switched-off names too: the time
    // an answer takes must not tell them apart either.
    const bool pinMatches = m_verifyPin(pin, record->pinHash) && record->isStaff;
    // The right PIN of a switched-off account is neither a login nor a guess.
    if (m_engine && (!pinMatches || record->active)) {
        CommandOutcome recorded = m_engine->execute(
            std::make_unique<RecordLoginCommand>(name, pinMatches),
            QStringLiteral("login:") + QUuid::createUuid().toString(QUuid::WithoutBraces), name);
        if (!recorded.result)
            return recorded.result.error();
    }
    if (!pinMatches)
        return fail(ErrorCode::WrongPin, tr("The name or the PIN is wrong."),
                    QStringLiteral("pin"));
    if (!record->active)
        return fail(ErrorCode::PermissionDenied, tr("This account is switched off."),
                    QStringLiteral("name"));
    return record->identity;
}

} // namespace tessera
