// SPDX-License-Identifier: GPL-3.0-or-later
// Idempotency covers the whole request and replays are authorised: the same
// key with another customer is refused, a retry is answered only to its actor
// or to a supervisor, and ticket codes (bearer credentials) never reach the
// journal: a replay reads them back from the order.
#include "api/commandfactory.h"
#include "enginefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

QJsonObject gaSale(qint64 event, qint64 quota, const QString &customer, qint64 paid = 12000)
{
    QJsonObject sale{
        {QStringLiteral("event"), event},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("ga"), quota}}}},
        {QStringLiteral("payments"),
         paid ? QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                       {QStringLiteral("amount"), paid}}}
              : QJsonArray()}};
    if (!customer.isEmpty())
        sale.insert(QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), customer}});
    return sale;
}

CommandOutcome as(EngineFixture &f, const QString &actor, const QString &kind,
                  const QJsonObject &json, const QString &key)
{
    auto command = CommandFactory::fromJson(kind, json);
    if (!command)
        qFatal("%s", qPrintable(command.error().toString()));
    return f.engine().execute(CommandRequest{std::move(*command), key, actor});
}

QStringList codesOf(const CommandOutcome &outcome)
{
    QStringList codes;
    for (const QJsonValue &t : outcome.result.value()[QStringLiteral("tickets")].toArray())
        codes << t[QStringLiteral("code")].toString();
    return codes;
}

void createStaff(EngineFixture &f)
{
    // The first user is made in set-up mode; the rest by that admin.
    auto user = [&](const char *name, const char *role) {
        return as(f, QStringLiteral("boss"), QStringLiteral("create_user"),
                  QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                              {QStringLiteral("role"), QLatin1String(role)},
                              {QStringLiteral("pin_hash"), QStringLiteral("x")}},
                  QStringLiteral("user-") + QLatin1String(name));
    };
    QVERIFY(user("boss", "admin").result.ok());
    QVERIFY(user("anna", "cashier").result.ok());
    QVERIFY(user("bo", "cashier").result.ok());
    QVERIFY(user("sam", "supervisor").result.ok());
}

} // namespace

class TestIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void sameKeyWithAnotherCustomerIsRefused()
    {
        EngineFixture f;
        const qint64 e = f.ids().event, q = f.ids().standingQuota;
        auto first = f.run(QStringLiteral("sell"), gaSale(e, q, QStringLiteral("Li Wei")),
                           QStringLiteral("k"));
        QVERIFY(first.result.ok());
        auto other = f.run(QStringLiteral("sell"), gaSale(e, q, QStringLiteral("Zhao Lei")),
                           QStringLiteral("k"));
        QCOMPARE(other.result.error().code, ErrorCode::IdempotencyConflict);
        auto none = f.run(QStringLiteral("sell"), gaSale(e, q, QString()), QStringLiteral("k"));
        QCOMPARE(none.result.error().code, ErrorCode::IdempotencyConflict);
        auto same = f.run(QStringLiteral("sell"), gaSale(e, q, QStringLiteral("Li Wei")),
                          QStringLiteral("k"));
        QVERIFY(same.result.ok());
        QVERIFY(same.replayed);
        QCOMPARE(f.scalar(QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1").arg(q)), 1);
        // The customer's name is in the hash only through a keyed HMAC.
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE payload LIKE '%Li Wei%' "
                                    "OR result LIKE '%Li Wei%'")),
            0);
    }

    void replayIsAnsweredOnlyToItsActorOrASupervisor()
    {
        EngineFixture f;
        createStaff(f);
        const QJsonObject sale =
            gaSale(f.ids().event, f.ids().standingQuota, QStringLiteral("Li Wei"));
        auto first =
            as(f, QStringLiteral("anna"), QStringLiteral("sell"), sale, QStringLiteral("sale-1"));
        QVERIFY(first.result.ok());
        const QStringList codes = codesOf(first);
        QCOMPARE(codes.size(), 1);
        QVERIFY(codes.first().startsWith(QStringLiteral("TK1-")));

        auto stranger =
            as(f, QStringLiteral("nobody"), QStringLiteral("sell"), sale, QStringLiteral("sale-1"));
        QCOMPARE(stranger.result.error().code, ErrorCode::PermissionDenied);
        auto colleague =
            as(f, QStringLiteral("bo"), QStringLiteral("sell"), sale, QStringLiteral("sale-1"));
        QCOMPARE(colleague.result.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!colleague.result.json().contains("TK1-"));

        auto again =
            as(f, QStringLiteral("anna"), QStringLiteral("sell"), sale, QStringLiteral("sale-1"));
        QVERIFY(again.replayed);
        QCOMPARE(codesOf(again), codes);
        auto supervisor =
            as(f, QStringLiteral("sam"), QStringLiteral("sell"), sale, QStringLiteral("sale-1"));
        QVERIFY(supervisor.replayed);
        QCOMPARE(codesOf(supervisor), codes);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
    }

    void journalNeverHoldsTicketCodes()
    {
        EngineFixture f;
        const qint64 e = f.ids().event, q = f.ids().standingQuota;
        auto paid = f.run(QStringLiteral("sell"), gaSale(e, q, QString()), QStringLiteral("paid"));
        QVERIFY(paid.result.ok());
        QCOMPARE(codesOf(paid).size(), 1);
        // Pending first, then paid: add_payment issues the tickets.
        auto pending =
            f.run(QStringLiteral("sell"), gaSale(e, q, QString(), 0), QStringLiteral("pending"));
        QVERIFY(pending.result.ok());
        QVERIFY(codesOf(pending).join(QString()).isEmpty());
        const QJsonObject payment{
            {QStringLiteral("order"), pending.result.value()[QStringLiteral("order")]},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                         {QStringLiteral("amount"), 12000}}}};
        auto completed = f.run(QStringLiteral("add_payment"), payment, QStringLiteral("pay"));
        QVERIFY(completed.result.ok());
        const QStringList issued = codesOf(completed);
        QCOMPARE(issued.size(), 1);
        QVERIFY(issued.first().startsWith(QStringLiteral("TK1-")));

        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE result LIKE '%TK1-%' "
                                         "OR payload LIKE '%TK1-%'")),
                 0);
        // A retry gets them back from the order...
        auto retried = f.run(QStringLiteral("add_payment"), payment, QStringLiteral("pay"));
        QVERIFY(retried.replayed);
        QCOMPARE(codesOf(retried), issued);
        QCOMPARE(
            codesOf(f.run(QStringLiteral("sell"), gaSale(e, q, QString()), QStringLiteral("paid"))),
            codesOf(paid));
        // ...as the order stands now: a refunded ticket's code is not handed out again.
        auto refunded = f.run(
            QStringLiteral("refund"),
            QJsonObject{{QStringLiteral("order"), paid.result.value()[QStringLiteral("order")]},
                        {QStringLiteral("reason"), QStringLiteral("customer")}});
        QVERIFY2(refunded.result.ok(),
                 qPrintable(refunded.result.ok() ? QString() : refunded.result.error().toString()));
        auto afterRefund =
            f.run(QStringLiteral("sell"), gaSale(e, q, QString()), QStringLiteral("paid"));
        QVERIFY(afterRefund.replayed);
        QCOMPARE(codesOf(afterRefund), QStringList{QString()});
    }
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "testidempotency.moc"
