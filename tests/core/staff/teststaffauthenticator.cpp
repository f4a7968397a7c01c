// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "api/commandfactory.h"
#include "crypto/passwordhash.h"
#include "staff/staffauthenticator.h"
#include "staff/staffcommands.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kPin = QStringLiteral("975310");

void addUser(EngineFixture &f, const QString &name, const QString &role)
{
    auto command = CreateUserCommand::fromJson(QJsonObject{{QStringLiteral("name"), name},
                                                           {QStringLiteral("role"), role},
                                                           {QStringLiteral("pin"), kPin}});
    if (!command)
        qFatal("bad user: %s", qPrintable(command.error().toString()));
    auto r = f.engine().execute(std::move(*command), QStringLiteral("user-") + name,
                                QStringLiteral("admin"));
    if (!r.result.ok())
        qFatal("cannot add user: %s", qPrintable(r.result.error().toString()));
}

// A user whose PIN hash costs `iterations` rounds, so tests of many sign-ins
// stay fast; sign-in then checks unknown names at that cost too.
void addUserWithCost(EngineFixture &f, const QString &name, int iterations,
                     const QString &role = QStringLiteral("cashier"))
{
    auto command = CreateUserCommand::fromJson(QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), role},
        {QStringLiteral("pin_hash"), PasswordHash::hashWithIterations(kPin, iterations)}});
    if (!command)
        qFatal("bad user: %s", qPrintable(command.error().toString()));
    auto r = f.engine().execute(std::move(*command), QStringLiteral("user-") + name,
                                QStringLiteral("admin"));
    if (!r.result.ok())
        qFatal("cannot add user: %s", qPrintable(r.result.error().toString()));
}

// Switches an account off, as the admin (added first) does.
void switchOff(EngineFixture &f, const QString &name)
{
    auto command = CommandFactory::fromJson(
        QStringLiteral("update_user"),
        QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("active"), false}});
    auto r = f.engine().execute(std::move(*command), QStringLiteral("off-") + name,
                                QStringLiteral("admin"));
    if (!r.result.ok())
        qFatal("cannot switch off: %s", qPrintable(r.result.error().toString()));
}

// What one sign-in answered, as a caller can tell: code and wording.
QString answer(const Result<StaffIdentity> &r)
{
    return r ? QStringLiteral("ok")
             : errorCodeName(r.error().code) + QLatin1Char(' ') + r.error().message;
}

// The audit log's actions under `actor`, oldest first.
QStringList auditedActions(EngineFixture &f, const QString &actor)
{
    SqliteDb db = f.reader();
    auto stmt =
        db.prepare(QStringLiteral("SELECT action FROM audit_log WHERE actor = ? ORDER BY seq"));
    if (!stmt)
        qFatal("cannot read the audit log");
    stmt->bind(1, actor);
    QStringList actions;
    while (true) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        actions.push_back(stmt->columnText(0));
    }
    return actions;
}

// Checks PINs as PasswordHash does (the real PBKDF2 runs) and notes the
// iterations of every hash it was asked to check.
struct WatchedVerifier
{
    QList<int> iterations;

    StaffAuthenticator::PinVerifier hook()
    {
        return [this](const QString &pin, const QString &encoded) {
            iterations.push_back(PasswordHash::iterations(encoded));
            return PasswordHash::verify(pin, encoded);
        };
    }
};

} // namespace

class TestStaffAuthenticator : public QObject
{
    Q_OBJECT
private slots:
    void rightPinLogsInWithTheRole()
    {
        EngineFixture f;
        addUser(f, QStringLiteral("admin"), QStringLiteral("admin"));
        addUser(f, QStringLiteral("carl"), QStringLiteral("cashier"));
        StaffAuthenticator auth(f.engine(), f.clock());
        auto who = auth.login(QStringLiteral("carl"), kPin);
        TESSERA_VERIFY_OK(who);
        QCOMPARE(who->name, QStringLiteral("carl"));
        QCOMPARE(who->role, Role::Cashier);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = "
                                         "'record_login'")),
                 1);
    }

    void wrongPinAndUnknownNameReadTheSame()
    {
        EngineFixture f;
        addUser(f, QStringLiteral("carl"), QStringLiteral("cashier"));
        StaffAuthenticator auth(f.engine(), f.clock());
        auto wrong = auth.login(QStringLiteral("carl"), QStringLiteral("0000"));
        auto nobody = auth.login(QStringLiteral("nobody"), kPin);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPin);
        QCOMPARE(nobody.error().code, ErrorCode::WrongPin);
        QCOMPARE(wrong.error().message, nobody.error().message);
        QCOMPARE(f.scalar(QStringLiteral("SELECT failed_logins FROM users WHERE name='carl'")), 1);
    }

    void fiveWrongPinsLockTheAccountForAWhile()
    {
        EngineFixture f;
        addUser(f, QStringLiteral("carl"), QStringLiteral("cashier"));
        StaffAuthenticator auth(f.engine(), f.clock());
        for (int i = 0; i < RecordLoginCommand::kMaxFailures; ++i)
            QCOMPARE(auth.login(QStringLiteral("carl"), QStringLiteral("0000")).error().code,
                     ErrorCode::WrongPin);
        auto locked = auth.login(QStringLiteral("carl"), kPin);
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, ErrorCode::AccountLocked);
        f.clock().advance(RecordLoginCommand::kLockMs + 1000);
        TESSERA_VERIFY_OK(auth.login(QStringLiteral("carl"), kPin));
    }

    void realAndUnknownNamesAnswerAlikeOverSevenWrongPins()
    {
        EngineFixture f(false);
        addUserWithCost(f, QStringLiteral("carl"), 1000);
        StaffAuthenticator auth(f.engine(), f.clock());
        QStringList real;
        QStringList unknown;
        for (int attempt = 0; attempt < 7; ++attempt) {
            real.push_back(answer(auth.login(QStringLiteral("carl"), QStringLiteral("0000"))));
            unknown.push_back(answer(auth.login(QStringLiteral("nobody"), QStringLiteral("0000"))));
        }
        QCOMPARE(unknown, real);
        for (int attempt = 0; attempt < RecordLoginCommand::kMaxFailures; ++attempt)
            QVERIFY2(real[attempt].startsWith(QStringLiteral("wrong_pin ")),
                     qPrintable(real[attempt]));
        QVERIFY2(real[5].startsWith(QStringLiteral("account_locked ")), qPrintable(real[5]));
        QCOMPARE(real[6], real[5]);
        // Both were counted and audited alike, under the name as typed.
        const QStringList expected{QStringLiteral("login_failed"), QStringLiteral("login_failed"),
                                   QStringLiteral("login_failed"), QStringLiteral("login_failed"),
                                   QStringLiteral("account_locked")};
        QCOMPARE(auditedActions(f, QStringLiteral("carl")), expected);
        QCOMPARE(auditedActions(f, QStringLiteral("nobody")), expected);
        QCOMPARE(f.scalar(QStringLiteral("SELECT locked_until FROM login_failures WHERE name = "
                                         "'nobody'")),
                 f.scalar(QStringLiteral("SELECT locked_until FROM users WHERE name = 'carl'")));

        // Once the lock has passed, both start counting again.
        f.clock().advance(RecordLoginCommand::kLockMs + 1000);
        QCOMPARE(answer(auth.login(QStringLiteral("nobody"), QStringLiteral("0000"))),
                 answer(auth.login(QStringLiteral("carl"), QStringLiteral("0000"))));
        QVERIFY(answer(auth.login(QStringLiteral("carl"), kPin)) == QStringLiteral("ok"));
    }

    void unknownNamesAreLockedOutAcrossRestarts()
    {
        EngineFixture f(false);
        addUserWithCost(f, QStringLiteral("carl"), 1000);
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!StaffAuthenticator(f.engine(), f.clock())
                         .login(QStringLiteral("Nobody "), kPin)
                         .ok());
        f.reopen(); // another process: nothing is remembered in memory
        StaffAuthenticator auth(f.engine(), f.clock());
        QCOMPARE(auth.login(QStringLiteral("Nobody "), kPin).error().code, ErrorCode::WrongPin);
        QCOMPARE(auth.login(QStringLiteral("Nobody "), kPin).error().code, ErrorCode::WrongPin);
        QCOMPARE(auth.login(QStringLiteral("Nobody "), kPin).error().code,
                 ErrorCode::AccountLocked);
        // Only the name exactly as typed is locked.
        QCOMPARE(auth.login(QStringLiteral("nobody"), kPin).error().code, ErrorCode::WrongPin);
        // A read-only check (no engine) sees the lock as well.
        SqliteDb db = f.reader();
        QCOMPARE(
            StaffAuthenticator(db, f.clock()).login(QStringLiteral("Nobody "), kPin).error().code,
            ErrorCode::AccountLocked);
    }

    void unknownAndSwitchedOffNamesRunTheSlowHashAtTheStoredCost()
    {
        EngineFixture f(false);
        addUserWithCost(f, QStringLiteral("admin"), 1234, QStringLiteral("admin"));
        addUserWithCost(f, QStringLiteral("carl"), 1234);
        addUserWithCost(f, QStringLiteral("dora"), 1234);
        switchOff(f, QStringLiteral("dora"));
        WatchedVerifier watched;
        StaffAuthenticator auth(f.engine(), f.clock());
        auth.setPinVerifier(watched.hook());
        QVERIFY(!auth.login(QStringLiteral("carl"), QStringLiteral("0000")).ok());
        QVERIFY(!auth.login(QStringLiteral("nobody"), kPin).ok());
        QVERIFY(!auth.login(QStringLiteral("dora"), QStringLiteral("0000")).ok());
        // One PBKDF2 of the same cost for each: real, unknown, switched off.
        QCOMPARE(watched.iterations, (QList<int>{1234, 1234, 1234}));
        // Without users' hashes to go by, the default cost.
        QCOMPARE(PasswordHash::iterations(PasswordHash::unmatchable()),
                 PasswordHash::DefaultIterations);
        QVERIFY(!PasswordHash::verify(QString(), PasswordHash::unmatchable(1)));
    }

    void switchedOffAccountReadsAsAWrongPinUntilThePinIsRight()
    {
        EngineFixture f(false);
        addUserWithCost(f, QStringLiteral("admin"), 1000, QStringLiteral("admin"));
        addUserWithCost(f, QStringLiteral("carl"), 1000);
        addUserWithCost(f, QStringLiteral("dora"), 1000);
        switchOff(f, QStringLiteral("dora"));
        StaffAuthenticator auth(f.engine(), f.clock());
        QCOMPARE(answer(auth.login(QStringLiteral("dora"), QStringLiteral("0000"))),
                 answer(auth.login(QStringLiteral("carl"), QStringLiteral("0000"))));
        QCOMPARE(f.scalar(QStringLiteral("SELECT failed_logins FROM users WHERE name = 'dora'")),
                 1);
        auto right = auth.login(QStringLiteral("dora"), kPin);
        QCOMPARE(right.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(auditedActions(f, QStringLiteral("dora")),
                 QStringList{QStringLiteral("login_failed")});
    }

    void aReadOnlyCheckWritesNothing()
    {
        EngineFixture f(false);
        addUserWithCost(f, QStringLiteral("carl"), 1000);
        const qint64 seq = f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        SqliteDb db = f.reader();
        StaffAuthenticator auth(db, f.clock());
        TESSERA_VERIFY_OK(auth.login(QStringLiteral("carl"), kPin));
        QCOMPARE(auth.login(QStringLiteral("carl"), QStringLiteral("0000")).error().code,
                 ErrorCode::WrongPin);
        QCOMPARE(auth.login(QStringLiteral("nobody"), kPin).error().code, ErrorCode::WrongPin);
        QCOMPARE(f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal")), seq);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM login_failures")), 0);
    }

    void thePinIsStoredOnlyAsASlowSaltedHash()
    {
        EngineFixture f;
        addUser(f, QStringLiteral("carl"), QStringLiteral("cashier"));
        SqliteDb db = f.reader();
        auto stmt = db.prepare(QStringLiteral("SELECT pin_hash FROM users WHERE name = 'carl'"));
        QVERIFY(stmt.ok() && *stmt->step());
        const QString hash = stmt->columnText(0);
        QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(hash.section(QLatin1Char('$'), 1, 1).toInt() >= 600000);
        auto journal = db.prepare(QStringLiteral("SELECT COUNT(*) FROM journal WHERE payload "
                                                 "LIKE '%975310%' OR result LIKE '%975310%'"));
        QVERIFY(journal.ok() && *journal->step());
        QCOMPARE(journal->columnInt(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestStaffAuthenticator)
#include "teststaffauthenticator.moc"
