// SPDX-License-Identifier: GPL-3.0-or-later
// ReplicaGuard: once a console has applied its central server's catalog, the
// engine refuses every command that would author catalog rows of its own
// (venues, events, prices, card products and codes, staff), naming the
// command; nothing of it is written. Before enrolment, and on the server,
// they run as always; selling goes on on a replica.
#include "api/commandfactory.h"
#include "enginefixture.h"
#include "replica/applycatalogcommand.h"
#include "resultassert.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::test;

namespace {

QJsonObject product(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("price"), 2000},
            {QStringLiteral("currency"), QStringLiteral("CNY")}};
}

QJsonObject codes(qint64 product)
{
    return {{QStringLiteral("product"), product},
            {QStringLiteral("csv"), QStringLiteral("code\nRG-1\n")}};
}

QJsonObject user(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), QStringLiteral("cashier")},
            {QStringLiteral("pin_hash"), QStringLiteral("x")}};
}

// The server's (empty) catalog, version 3, as a first pull applies it.
bool applyServerCatalog(EngineFixture &f)
{
    auto command =
        ApplyCatalogCommand::parse(QJsonObject{{QStringLiteral("since"), 0},
                                               {QStringLiteral("version"), 3},
                                               {QStringLiteral("tables"), QJsonObject()}});
    if (!command)
        return false;
    return f.engine().execute(std::move(*command), QStringLiteral("catalog:0:3")).result.ok();
}

} // namespace

class TestReplicaGuard : public QObject
{
    Q_OBJECT

private slots:
    void aConsoleOfItsOwnAuthorsItsCatalog()
    {
        EngineFixture f;
        auto made = f.run(QStringLiteral("create_card_product"), product(QStringLiteral("Own")));
        TESSERA_VERIFY_OK(made.result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("import_card_codes"),
                                codes(made.result.value()[QStringLiteral("product")].toInteger()))
                              .result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("create_user"), user(QStringLiteral("ann"))).result);
    }

    void aTerminalOfAServerRefusesToAuthorCatalogRows()
    {
        EngineFixture f;
        QVERIFY(applyServerCatalog(f));
        const qint64 products = f.scalar(QStringLiteral("SELECT COUNT(*) FROM card_products"));
        const qint64 codesBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes"));
        const qint64 users = f.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
        const qint64 events = f.scalar(QStringLiteral("SELECT COUNT(*) FROM events"));
        const qint64 journal = f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal"));

        const std::pair<QString, QJsonObject> refused[] = {
            {QStringLiteral("create_card_product"), product(QStringLiteral("Local"))},
            {QStringLiteral("import_card_codes"), codes(f.ids().cardProduct)},
            {QStringLiteral("create_user"), user(QStringLiteral("bob"))},
            {QStringLiteral("update_user"),
             {{QStringLiteral("name"), QStringLiteral("cashier")},
              {QStringLiteral("role"), QStringLiteral("supervisor")}}},
            {QStringLiteral("cancel_event"),
             {{QStringLiteral("event"), f.ids().event},
              {QStringLiteral("reason"), QStringLiteral("storm")}}},
        };
        for (const auto &[kind, json] : refused) {
            CommandOutcome outcome = f.run(kind, json);
            QVERIFY2(!outcome.result.ok(), qPrintable(kind));
            QVERIFY2(outcome.result.error().code == ErrorCode::InvalidState,
                     qPrintable(kind + QLatin1Char(' ') + outcome.result.error().toString()));
            QCOMPARE(outcome.result.error().code, ErrorCode::InvalidState);
            QCOMPARE(outcome.result.error().where, QStringLiteral("catalog"));
            QVERIFY2(outcome.result.error().message.contains(kind),
                     qPrintable(outcome.result.error().message));
            QVERIFY(outcome.result.error().message.contains(QStringLiteral("central server")));
        }
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM card_products")), products);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes")), codesBefore);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM users")), users);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE cancelled_at IS "
                                         "NULL")),
                 events);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal")), journal);
    }

    void unlockingAfterWrongPinsStaysTheTerminalsOwn()
    {
        EngineFixture f;
        auto as = [&](const QString &kind, const QJsonObject &json) {
            static int key = 0;
            auto command = CommandFactory::fromJson(kind, json);
            return f.engine().execute(CommandRequest(std::move(*command),
                                                     QStringLiteral("unlock-%1").arg(++key),
                                                     QStringLiteral("boss")));
        };
        // The first member of staff is made without signing in.
        QJsonObject boss = user(QStringLiteral("boss"));
        boss[QStringLiteral("role")] = QStringLiteral("admin");
        TESSERA_VERIFY_OK(f.run(QStringLiteral("create_user"), boss).result);
        TESSERA_VERIFY_OK(as(QStringLiteral("create_user"), user(QStringLiteral("ann"))).result);
        QVERIFY(applyServerCatalog(f));
        // A role or a PIN comes from the server; an unlock is this terminal's.
        CommandOutcome promoted = as(QStringLiteral("update_user"),
                                     {{QStringLiteral("name"), QStringLiteral("ann")},
                                      {QStringLiteral("role"), QStringLiteral("manager")}});
        QVERIFY(!promoted.result.ok());
        QCOMPARE(promoted.result.error().where, QStringLiteral("catalog"));
        TESSERA_VERIFY_OK(
            as(QStringLiteral("update_user"),
               {{QStringLiteral("name"), QStringLiteral("ann")}, {QStringLiteral("unlock"), true}})
                .result);
    }
};

QTEST_GUILESS_MAIN(TestReplicaGuard)
#include "testreplicaguard.moc"
