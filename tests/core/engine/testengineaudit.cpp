// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "api/commandfactory.h"
#include "audit/auditverifier.h"
#include "staff/staffcommands.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

// The engine writes sensitive actions to the audit log in the batch that
// applies them; the chain verifies afterwards.
class TestEngineAudit : public QObject
{
    Q_OBJECT
private slots:
    void overriddenRefundIsAuditedWithBothNames()
    {
        EngineFixture f;
        const QString hash = QStringLiteral("pbkdf2-sha256$1000$c2FsdA==$aGFzaA==");
        // The first user is created in set-up mode; the admin adds the rest.
        for (const auto &[name, role] :
             {std::pair{"ada", Role::Admin}, std::pair{"carl", Role::Cashier},
              std::pair{"sue", Role::Supervisor}})
            TESSERA_VERIFY_OK(
                f.engine()
                    .execute(std::make_unique<CreateUserCommand>(QString::fromLatin1(name),
                                                                 QString(), role, hash),
                             QStringLiteral("u-") + QLatin1String(name), QStringLiteral("ada"))
                    .result);
        auto sell = CommandFactory::fromJson(
            QStringLiteral("sell"),
            QJsonObject{
                {QStringLiteral("event"), f.ids().event},
                {QStringLiteral("lines"),
                 QJsonArray{QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-B-1")}}}},
                {QStringLiteral("payments"),
                 QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                        {QStringLiteral("amount"), 38000}}}}});
        auto sold = f.engine().execute(
            CommandRequest(std::move(*sell), QStringLiteral("s1"), QStringLiteral("carl")));
        TESSERA_VERIFY_OK(sold.result);
        auto refund = CommandFactory::fromJson(
            QStringLiteral("refund"),
            QJsonObject{{QStringLiteral("order"), sold.result.value()[QStringLiteral("order")]},
                        {QStringLiteral("reason"), QStringLiteral("wrong date")}});
        TESSERA_VERIFY_OK(
            f.engine()
                .execute(CommandRequest(std::move(*refund), QStringLiteral("r1"),
                                        QStringLiteral("carl"), QStringLiteral("sue")))
                .result);

        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'override' AND actor = 'carl' AND details LIKE "
                                         "'%\"approved_by\":\"sue\"%'")),
                 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'refund'")),
                 1);
        // Card codes imported by the demo are audited by count, never by value.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'import' AND details LIKE '%GC100-%'")),
                 0);
        SqliteDb db = f.reader();
        auto report = AuditVerifier::verify(db, f.engine().dataKey(db).get());
        TESSERA_VERIFY_OK(report);
        QVERIFY(report->ok);
        QVERIFY(report->entries >= 5);
    }

    void rotatingTheDataKeyReKeysTheChainInItsTransaction()
    {
        EngineFixture f;
        const qint64 before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(before > 0);
        SqliteDb db = f.reader();
        const auto oldKey = f.engine().dataKey(db);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("rotate_data_key"), QJsonObject()).result);
        const auto newKey = f.engine().dataKey(db);
        QVERIFY(newKey != oldKey);

        auto report = AuditVerifier::verify(db, newKey.get());
        TESSERA_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        // The rotation's own entry is chained under the new key.
        QCOMPARE(report->entries, before + 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE seq = %1 AND "
                                         "action = 'key_rotation'")
                              .arg(before + 1)),
                 1);
        // Under the retired key nothing verifies any more.
        auto stale = AuditVerifier::verify(db, oldKey.get());
        TESSERA_VERIFY_OK(stale);
        QVERIFY(!stale->ok);
        QCOMPARE(stale->firstBadSeq, 1);

        // And it keeps verifying once the engine reopens on the new key.
        f.reopen();
        SqliteDb again = f.reader();
        auto reopened = AuditVerifier::verify(again, f.engine().dataKey(again).get());
        TESSERA_VERIFY_OK(reopened);
        QVERIFY2(reopened->ok, qPrintable(reopened->problem));
    }

    void refusedCommandsLeaveNoAuditEntry()
    {
        EngineFixture f;
        const qint64 before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto r = f.run(QStringLiteral("refund"),
                       QJsonObject{{QStringLiteral("order"), 999},
                                   {QStringLiteral("reason"), QStringLiteral("none")}});
        QVERIFY(!r.result.ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
    }
};

QTEST_GUILESS_MAIN(TestEngineAudit)
#include "testengineaudit.moc"
