// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "api/commandfactory.h"
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
