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

Result<StaffIdentity> StaffAuthenticator::login(const QString &name, const QString &pin)
{
    auto db = SqliteDb::open(m_engine.path(), SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto stmt = db->prepare(QStringLiteral(
        "SELECT id, role, pin_hash, active, locked_until FROM users WHERE name = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    auto row = stmt->step();
    if (!row)
        return row.error();
    // Unknown names and wrong PINs read the same, so names cannot be probed.
    const Error wrong =
        fail(ErrorCode::WrongPin, tr("The name or the PIN is wrong."), QStringLiteral("pin"));
    if (!*row)
        return wrong;
    StaffIdentity identity{stmt->columnInt(0), name, Role(stmt->columnInt(1))};
    const QString pinHash = stmt->columnText(2);
    const bool active = stmt->columnInt(3) != 0;
    const qint64 lockedUntil = stmt->columnInt(4);
    stmt->reset();
    if (lockedUntil > m_clock.nowMs())
        return fail(ErrorCode::AccountLocked,
                    tr("Too many wrong PINs: the account is locked until %1.")
                        .arg(QDateTime::fromMSecsSinceEpoch(lockedUntil, Qt::UTC)
                                 .toLocalTime()
                                 .toString(QStringLiteral("HH:mm"))),
                    QStringLiteral("name"));
    if (!active)
        return fail(ErrorCode::PermissionDenied, tr("This account is switched off."),
                    QStringLiteral("name"));
    const bool success = PasswordHash::verify(pin, pinHash);
    CommandOutcome recorded = m_engine.execute(
        std::make_unique<RecordLoginCommand>(name, success),
        QStringLiteral("login:") + QUuid::createUuid().toString(QUuid::WithoutBraces), name);
    if (!recorded.result)
        return recorded.result.error();
    if (!success)
        return wrong;
    return identity;
}

} // namespace tessera
