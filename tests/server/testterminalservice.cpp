// SPDX-License-Identifier: GPL-3.0-or-later
// Enrolment on the server's engine: codes, tokens, revocation, and what
// the journal keeps of them.
#include "common/randomsource.h"
#include "crypto/sha256.h"
#include "enginefixture.h"
#include "enrolmentcode.h"
#include "terminals/terminalservice.h"
#include "terminals/terminaltokens.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestTerminalService : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_ca = Sha256::digest({"the server CA"});

    static QByteArray bearer(const QString &token) { return "Bearer " + token.toLatin1(); }

private slots:
    void aCodeEnrolsATerminalOnceAndItsTokenIdentifiesIt()
    {
        EngineFixture f;
        TerminalService service(f.engine(), m_ca);
        QVERIFY(service.prepare().ok());
        QVERIFY(service.prepare().ok()); // every start: no harm
        SecureRandom random;
        auto issued = service.issueCode(random, QStringLiteral("BOX-1"), f.ids().venue, 24,
                                        f.clock().nowMs());
        QVERIFY2(issued.ok(), issued.ok() ? "" : qPrintable(issued.error().message));
        const QString code = issued->value(QStringLiteral("code")).toString();

        auto enrolled = service.enrol({{QStringLiteral("code"), code}});
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().message));
        QCOMPARE(enrolled->value(QStringLiteral("terminal")).toString(), QStringLiteral("BOX-1"));
        const QString token = enrolled->value(QStringLiteral("token")).toString();
        QCOMPARE(token.size(), 43); // 256 bits, base64url

        SqliteDb reader = f.reader();
        auto who = TerminalTokens::identify(reader, bearer(token));
        QVERIFY(who.ok());
        QCOMPARE(who->name, QStringLiteral("BOX-1"));
        QCOMPARE(who->venueId, f.ids().venue);

        // The same code again, by whoever: refused, and no second token.
        auto again = service.enrol({{QStringLiteral("code"), code}});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidState);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM server_terminals "
                                         "WHERE token_hash IS NOT NULL")),
                 1);

        // Neither the code nor the token is in the journal or the database.
        const QString secretPart = code.mid(4, 19);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE payload LIKE '%%1%' "
                                         "OR result LIKE '%%1%' OR payload LIKE '%%2%' OR "
                                         "result LIKE '%%2%'")
                              .arg(token, secretPart)),
                 0);
    }

    void aWrongOrForeignCodeIsRefused()
    {
        EngineFixture f;
        TerminalService service(f.engine(), m_ca);
        QVERIFY(service.prepare().ok());
        SecureRandom random;
        TerminalService other(f.engine(), Sha256::digest({"another server's CA"}));
        auto foreign =
            other.issueCode(random, QStringLiteral("BOX-9"), f.ids().venue, 24, f.clock().nowMs());
        QVERIFY(foreign.ok());
        auto refused =
            service.enrol({{QStringLiteral("code"), foreign->value(QStringLiteral("code"))}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("another server")));

        auto unknown =
            service.enrol({{QStringLiteral("code"), EnrolmentCode::generate(random, m_ca).text()}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::Unauthenticated);

        auto malformed = service.enrol({{QStringLiteral("code"), 42}});
        QCOMPARE(malformed.error().code, ErrorCode::InvalidInput);
        auto extra = service.enrol({{QStringLiteral("code"), QStringLiteral("x")},
                                    {QStringLiteral("terminal"), QStringLiteral("BOX-1")}});
        QCOMPARE(extra.error().code, ErrorCode::InvalidInput);
    }

    void anExpiredCodeIsRefused()
    {
        EngineFixture f;
        TerminalService service(f.engine(), m_ca);
        QVERIFY(service.prepare().ok());
        SecureRandom random;
        auto issued =
            service.issueCode(random, QStringLiteral("BOX-1"), f.ids().venue, 1, f.clock().nowMs());
        QVERIFY(issued.ok());
        f.clock().advance(3600 * 1000 + 1);
        auto late =
            service.enrol({{QStringLiteral("code"), issued->value(QStringLiteral("code"))}});
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::InvalidState);
        QVERIFY(late.error().message.contains(QStringLiteral("expired")));
    }

    void badRequestsForCodesChangeNothing()
    {
        EngineFixture f;
        TerminalService service(f.engine(), m_ca);
        QVERIFY(service.prepare().ok());
        SecureRandom random;
        const qint64 now = f.clock().nowMs();
        auto badName = service.issueCode(random, QStringLiteral("box 1"), f.ids().venue, 24, now);
        QCOMPARE(badName.error().where, QStringLiteral("terminal"));
        auto badVenue = service.issueCode(random, QStringLiteral("BOX-1"), 999, 24, now);
        QCOMPARE(badVenue.error().code, ErrorCode::UnknownReference);
        auto badHours = service.issueCode(random, QStringLiteral("BOX-1"), f.ids().venue, 0, now);
        QCOMPARE(badHours.error().where, QStringLiteral("valid_hours"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM server_terminals")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM enrolment_codes")), 0);
    }

    void aRevokedTerminalIsRefusedAndCanBeEnrolledAgain()
    {
        EngineFixture f;
        TerminalService service(f.engine(), m_ca);
        QVERIFY(service.prepare().ok());
        SecureRandom random;
        const qint64 now = f.clock().nowMs();
        auto issued = service.issueCode(random, QStringLiteral("BOX-1"), f.ids().venue, 24, now);
        const QString token =
            service.enrol({{QStringLiteral("code"), issued->value(QStringLiteral("code"))}})
                ->value(QStringLiteral("token"))
                .toString();
        // In service: no second code until it is revoked.
        auto busy = service.issueCode(random, QStringLiteral("BOX-1"), f.ids().venue, 24, now);
        QCOMPARE(busy.error().code, ErrorCode::InvalidState);
        QVERIFY(busy.error().message.contains(QStringLiteral("revoke")));

        QVERIFY(service.revoke(QStringLiteral("BOX-1")).ok());
        SqliteDb reader = f.reader();
        auto refused = TerminalTokens::identify(reader, bearer(token));
        QCOMPARE(refused.error().code, ErrorCode::TerminalRevoked);
        QVERIFY(refused.error().message.contains(QStringLiteral("BOX-1")));
        QCOMPARE(service.revoke(QStringLiteral("BOX-1")).error().code, ErrorCode::InvalidState);
        QCOMPARE(service.revoke(QStringLiteral("BOX-7")).error().code, ErrorCode::NotFound);

        auto second = service.issueCode(random, QStringLiteral("BOX-1"), f.ids().venue, 24, now);
        QVERIFY(second.ok());
        auto back =
            service.enrol({{QStringLiteral("code"), second->value(QStringLiteral("code"))}});
        QVERIFY(back.ok());
        QVERIFY(TerminalTokens::identify(reader,
                                         bearer(back->value(QStringLiteral("token")).toString()))
                    .ok());
        // The old token stays refused.
        QCOMPARE(TerminalTokens::identify(reader, bearer(token)).error().code,
                 ErrorCode::Unauthenticated);
        // Every step is in the audit log.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                         "('enrolment_code', 'enrol_terminal', "
                                         "'revoke_terminal')")),
                 5);
    }

    void requestsWithoutATokenAreUnauthenticated()
    {
        EngineFixture f;
        TerminalService service(f.engine(), m_ca);
        QVERIFY(service.prepare().ok());
        SqliteDb reader = f.reader();
        for (const QByteArray &header : {QByteArray(), QByteArray("Basic abc"),
                                         QByteArray("Bearer "), QByteArray("Bearer not-a-token")}) {
            auto who = TerminalTokens::identify(reader, header);
            QVERIFY(!who.ok());
            QCOMPARE(who.error().code, ErrorCode::Unauthenticated);
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalService)
#include "testterminalservice.moc"
