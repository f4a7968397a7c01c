// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliharness.h"
#include "venue/seatplanwriter.h"
#include "venue/stadiumplangenerator.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

QByteArray eventJson(qint64 venue)
{
    auto price = [](const char *category, const char *type, qint64 amount) {
        return QJsonObject{{QStringLiteral("category"), QLatin1String(category)},
                           {QStringLiteral("ticket_type"), QLatin1String(type)},
                           {QStringLiteral("amount"), amount}};
    };
    const QJsonObject event{
        {QStringLiteral("venue"), venue},
        {QStringLiteral("name"), QStringLiteral("Winter Gala")},
        {QStringLiteral("starts_at"), QStringLiteral("2026-12-20T19:30:00+08:00")},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("ticket_types"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("adult")}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("child")}}}},
        {QStringLiteral("prices"),
         QJsonArray{price("Stalls", "adult", 30000), price("Stalls", "child", 15000),
                    price("Balcony", "adult", 20000)}}};
    return QJsonDocument(event).toJson();
}

const QByteArray kCodes =
    "code,serial\nTOPUP-AAAA-0001,S1\nTOPUP-BBBB-0002,S2\nTOPUP-CCCC-0003,S3\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void wholeCounterSession()
    {
        CliHarness cli;
        const CliRun demo = cli.ok({QStringLiteral("demo")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.id("event") > 0);
        QVERIFY(demo.id("card_product") > 0);

        // A venue of its own, from a generated plan.
        const QString plan = cli.writeFile(QStringLiteral("theatre.json"),
                                           SeatPlanWriter::toJson(StadiumPlanGenerator::theatre()));
        const CliRun venue =
            cli.ok({QStringLiteral("venue"), QStringLiteral("import"), plan,
                    QStringLiteral("--name"), QStringLiteral("Small Hall"),
                    QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai")});
        QCOMPARE(venue.exitCode, 0);
        QVERIFY(venue.id("venue") != demo.id("venue"));
        QCOMPARE(venue.id("seats"), 303);
        QCOMPARE(venue.out[QStringLiteral("name")].toString(), QStringLiteral("Small Hall"));
        QVERIFY(!venue.out[QStringLiteral("idempotency_key")].toString().isEmpty());

        // The event from standard input.
        const CliRun event = cli.ok({QStringLiteral("event"), QStringLiteral("create"),
                                     QStringLiteral("--json"), QStringLiteral("-")},
                                    eventJson(venue.id("venue")));
        QCOMPARE(event.exitCode, 0);
        const qint64 eventId = event.id("event");
        QCOMPARE(event.id("seats"), 303);

        const CliRun product = cli.ok({QStringLiteral("card-product"), QStringLiteral("create"),
                                       QStringLiteral("--name"), QStringLiteral("Top-up 50"),
                                       QStringLiteral("--price"), QStringLiteral("5000"),
                                       QStringLiteral("--currency"), QStringLiteral("CNY")});
        QCOMPARE(product.exitCode, 0);
        const QString productId = QString::number(product.id("product"));
        const CliRun codes =
            cli.ok({QStringLiteral("card-codes"), QStringLiteral("import"), productId,
                    cli.writeFile(QStringLiteral("codes.csv"), kCodes)});
        QCOMPARE(codes.exitCode, 0);
        QCOMPARE(codes.id("imported"), 3);

        // Cash goes into a counted drawer: a shift opens first.
        QCOMPARE(cli.ok({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                         QStringLiteral("0")})
                     .exitCode,
                 0);
        // Two seats and a card key, paid cash.
        const QStringList sale{QStringLiteral("--key"),          QStringLiteral("sale-1"),
                               QStringLiteral("sell"),           QStringLiteral("--event"),
                               QString::number(eventId),         QStringLiteral("--seat"),
                               QStringLiteral("S-A-1"),          QStringLiteral("--seat"),
                               QStringLiteral("S-A-2:child"),    QStringLiteral("--card"),
                               productId + QStringLiteral(":1"), QStringLiteral("--pay"),
                               QStringLiteral("cash:50000"),     QStringLiteral("--customer-name"),
                               QStringLiteral("Li Wei")};
        const CliRun sold = cli.ok(sale);
        QCOMPARE(sold.exitCode, 0);
        QCOMPARE(sold.out[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(sold.id("total"), 50000);
        QCOMPARE(sold.out[QStringLiteral("idempotency_key")].toString(), QStringLiteral("sale-1"));
        QCOMPARE(sold.out[QStringLiteral("replayed")].toBool(), false);
        const QJsonArray tickets = sold.out[QStringLiteral("tickets")].toArray();
        QCOMPARE(tickets.size(), 2);
        const QJsonArray cardCodes = sold.out[QStringLiteral("card_codes")].toArray();
        QCOMPARE(cardCodes.size(), 1);
        QVERIFY(cardCodes.first()[QStringLiteral("code")].toString().startsWith(
            QStringLiteral("TOPUP-")));
        const qint64 orderId = sold.id("order");

        // A retry with the same key is the same sale, not a second one.
        const CliRun retried = cli.ok(sale);
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(retried.id("order"), orderId);
        QCOMPARE(retried.out[QStringLiteral("replayed")].toBool(), true);
        QCOMPARE(retried.out[QStringLiteral("tickets")], sold.out[QStringLiteral("tickets")]);
        QCOMPARE(retried.out[QStringLiteral("card_codes")], sold.out[QStringLiteral("card_codes")]);

        const CliRun shown =
            cli.ok({QStringLiteral("order"), QStringLiteral("show"), QString::number(orderId)});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.out[QStringLiteral("lines")].toArray().size(), 3);
        const QJsonObject payment =
            shown.out[QStringLiteral("payments")].toArray().first().toObject();
        QCOMPARE(payment[QStringLiteral("method")].toString(), QStringLiteral("cash"));
        QCOMPARE(payment[QStringLiteral("amount")].toInteger(), 50000);
        QCOMPARE(shown.out[QStringLiteral("customer")][QStringLiteral("name")].toString(),
                 QStringLiteral("Li Wei"));

        // Refund the child's seat only.
        QJsonObject adult;
        QJsonObject child;
        for (const QJsonValue t : tickets)
            (t[QStringLiteral("seat")].toString() == QLatin1String("S-A-1") ? adult : child) =
                t.toObject();
        const CliRun refunded =
            cli.ok({QStringLiteral("refund"), QString::number(orderId), QStringLiteral("--reason"),
                    QStringLiteral("Child stayed home"), QStringLiteral("--line"),
                    QString::number(child[QStringLiteral("line")].toInteger())});
        QCOMPARE(refunded.exitCode, 0);
        const CliRun afterRefund =
            cli.ok({QStringLiteral("order"), QStringLiteral("show"), QString::number(orderId)});
        QCOMPARE(afterRefund.out[QStringLiteral("state")].toString(),
                 QStringLiteral("partly_refunded"));
        QCOMPARE(afterRefund.id("refunded"), 15000);

        // The adult's ticket lets in once.
        const QString code = adult[QStringLiteral("code")].toString();
        const QStringList redeem{QStringLiteral("redeem"), code, QStringLiteral("--gate"),
                                 QStringLiteral("North-1")};
        const CliRun first = cli.ok(redeem);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.id("order"), orderId);
        const CliRun second = cli.run(redeem);
        QCOMPARE(second.exitCode, 3);
        QCOMPARE(second.errorCode(), QStringLiteral("already_redeemed"));
        QVERIFY(second.stdoutBytes.isEmpty());

        const CliRun availability = cli.ok(
            {QStringLiteral("event"), QStringLiteral("availability"), QString::number(eventId)});
        QCOMPARE(availability.out[QStringLiteral("seats")][QStringLiteral("sold")].toInteger(), 1);
        const CliRun summary = cli.ok({QStringLiteral("summary")});
        QCOMPARE(summary.id("orders"), 1);
    }

    void sameKeyWithOtherContentIsRefused()
    {
        CliHarness cli;
        const CliRun demo = cli.ok({QStringLiteral("demo")});
        const QString event = QString::number(demo.id("event"));
        auto sell = [&](const char *seat) {
            return cli.run({QStringLiteral("--key"), QStringLiteral("k-1"), QStringLiteral("sell"),
                            QStringLiteral("--event"), event, QStringLiteral("--seat"),
                            QLatin1String(seat)});
        };
        QCOMPARE(sell("S-B-1").exitCode, 0);
        const CliRun other = sell("S-B-2");
        QCOMPARE(other.exitCode, 3);
        QCOMPARE(other.errorCode(), QStringLiteral("idempotency_conflict"));
        QCOMPARE(other.err[QStringLiteral("idempotency_key")].toString(), QStringLiteral("k-1"));
    }

    void sellingASoldSeatIsRefused()
    {
        CliHarness cli;
        const QString event = QString::number(cli.ok({QStringLiteral("demo")}).id("event"));
        const QStringList sale{QStringLiteral("sell"), QStringLiteral("--event"), event,
                               QStringLiteral("--seat"), QStringLiteral("S-C-3")};
        QCOMPARE(cli.run(sale).exitCode, 0);
        const CliRun again = cli.run(sale);
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.errorCode(), QStringLiteral("seat_unavailable"));
        QCOMPARE(again.error()[QStringLiteral("where")].toString(),
                 QStringLiteral("lines[0].seat"));
    }

    void orderWaitIsShownSetAndChecked()
    {
        CliHarness cli;
        cli.ok({QStringLiteral("demo")});
        const CliRun before = cli.run({QStringLiteral("order-wait")});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.id("minutes"), 30);
        QCOMPARE(before.out[QStringLiteral("set")].toBool(), false);
        QCOMPARE(cli.run({QStringLiteral("order-wait"), QStringLiteral("--minutes"),
                          QStringLiteral("15")})
                     .exitCode,
                 0);
        const CliRun after = cli.run({QStringLiteral("order-wait")});
        QCOMPARE(after.id("minutes"), 15);
        QCOMPARE(after.out[QStringLiteral("set")].toBool(), true);
        const CliRun tooLong = cli.run(
            {QStringLiteral("order-wait"), QStringLiteral("--minutes"), QStringLiteral("1441")});
        QCOMPARE(tooLong.exitCode, 2);
        QCOMPARE(tooLong.errorCode(), QStringLiteral("invalid_input"));
        QCOMPARE(tooLong.error()[QStringLiteral("where")].toString(), QStringLiteral("minutes"));
        QCOMPARE(cli.run({QStringLiteral("order-wait")}).id("minutes"), 15);
    }

    void malformedCsvImportsNothingAndListsEveryLine()
    {
        CliHarness cli;
        const CliRun demo =
            cli.ok({QStringLiteral("demo"), QStringLiteral("--card-codes"), QStringLiteral("5")});
        const QString product = QString::number(demo.id("card_product"));
        const QString csv = cli.writeFile(QStringLiteral("bad.csv"), "code,valid_until\n"
                                                                     "GOOD-1,2027-01-01\n"
                                                                     ",2027-01-01\n"
                                                                     "GOOD-2,2027-01-01\n"
                                                                     "BAD-DATE,next tuesday\n");
        const CliRun r =
            cli.run({QStringLiteral("card-codes"), QStringLiteral("import"), product, csv});
        QCOMPARE(r.exitCode, 2);
        const QJsonArray details = r.error()[QStringLiteral("details")].toArray();
        QCOMPARE(details.size(), 2);
        QVERIFY2(details.at(0).toString().startsWith(QStringLiteral("line 3")),
                 qPrintable(details.at(0).toString()));
        QVERIFY2(details.at(1).toString().startsWith(QStringLiteral("line 5")),
                 qPrintable(details.at(1).toString()));
        QVERIFY(r.stdoutBytes.isEmpty());

        const CliRun products = cli.ok({QStringLiteral("card-product"), QStringLiteral("list")});
        const QJsonObject pool =
            products.out[QStringLiteral("card_products")].toArray().first().toObject();
        QCOMPARE(pool[QStringLiteral("available")].toInteger(), 5);
    }

    void unknownVerbOrOptionIsUsageError()
    {
        CliHarness cli;
        const CliRun verb = cli.run({QStringLiteral("sel")});
        QCOMPARE(verb.exitCode, 2);
        QCOMPARE(verb.errorCode(), QStringLiteral("invalid_input"));
        QCOMPARE(verb.error()[QStringLiteral("where")].toString(), QStringLiteral("verb"));

        const CliRun sub = cli.run({QStringLiteral("venue"), QStringLiteral("delete")});
        QCOMPARE(sub.exitCode, 2);
        QVERIFY(
            sub.error()[QStringLiteral("message")].toString().contains(QStringLiteral("import")));

        const CliRun option = cli.run({QStringLiteral("summary"), QStringLiteral("--bogus")});
        QCOMPARE(option.exitCode, 2);
        QCOMPARE(option.error()[QStringLiteral("where")].toString(), QStringLiteral("--bogus"));

        const CliRun missing = cli.run({QStringLiteral("hold"), QStringLiteral("--event")});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.error()[QStringLiteral("where")].toString(), QStringLiteral("--event"));
        QVERIFY(!QFile::exists(cli.dbPath()));
    }

    void badOptionValueNamesTheOption()
    {
        CliHarness cli;
        const CliRun ga =
            cli.run({QStringLiteral("sell"), QStringLiteral("--event"), QStringLiteral("1"),
                     QStringLiteral("--ga"), QStringLiteral("7")});
        QCOMPARE(ga.exitCode, 2);
        QCOMPARE(ga.error()[QStringLiteral("where")].toString(), QStringLiteral("--ga"));
        QVERIFY(
            ga.error()[QStringLiteral("message")].toString().contains(QStringLiteral("QUOTA:QTY")));

        const CliRun pay =
            cli.run({QStringLiteral("sell"), QStringLiteral("--seat"), QStringLiteral("S-A-1"),
                     QStringLiteral("--pay"), QStringLiteral("cash:lots")});
        QCOMPARE(pay.exitCode, 2);
        QCOMPARE(pay.error()[QStringLiteral("where")].toString(), QStringLiteral("--pay"));

        const CliRun id =
            cli.run({QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("abc")});
        QCOMPARE(id.exitCode, 2);
        QCOMPARE(id.error()[QStringLiteral("where")].toString(), QStringLiteral("ID"));
        // Nothing ran, so nothing was created.
        QVERIFY(!QFile::exists(cli.dbPath()));
    }

    void readVerbOnMissingDatabaseIsNotFoundAndCreatesNothing()
    {
        CliHarness cli;
        const CliRun r = cli.run({QStringLiteral("event"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(r.error()[QStringLiteral("where")].toString(), cli.dbPath());
        QVERIFY(!QFile::exists(cli.dbPath()));
    }

    void unknownOrderIsNotFound()
    {
        CliHarness cli;
        QCOMPARE(cli.ok({QStringLiteral("init")}).exitCode, 0);
        const CliRun r =
            cli.run({QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("42")});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    }

    void initCreatesDatabaseWithTerminalAndSchema()
    {
        CliHarness cli;
        const CliRun created = cli.ok({QStringLiteral("--pretty"), QStringLiteral("init"),
                                       QStringLiteral("--terminal"), QStringLiteral("T9")});
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.out[QStringLiteral("terminal")].toString(), QStringLiteral("T9"));
        QCOMPARE(created.out[QStringLiteral("created")].toBool(), true);
        QVERIFY(created.id("schema_version") > 0);
        QVERIFY(created.stdoutBytes.contains("\n    \"terminal\""));
        const CliRun again = cli.ok({QStringLiteral("init")});
        QCOMPARE(again.out[QStringLiteral("created")].toBool(), false);
        QCOMPARE(again.out[QStringLiteral("terminal")].toString(), QStringLiteral("T9"));
        QVERIFY(!again.stdoutBytes.contains("\n "));
    }

    void pendingSaleRevealsCardKeysOncePaid()
    {
        CliHarness cli;
        const CliRun demo =
            cli.ok({QStringLiteral("demo"), QStringLiteral("--card-codes"), QStringLiteral("3")});
        const QString product = QString::number(demo.id("card_product"));
        const CliRun pending = cli.ok(
            {QStringLiteral("sell"), QStringLiteral("--card"), product + QStringLiteral(":2")});
        QCOMPARE(pending.out[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        QVERIFY(!pending.out.contains(QStringLiteral("card_codes")));
        const QString order = QString::number(pending.id("order"));
        const CliRun cards = cli.run({QStringLiteral("order"), QStringLiteral("cards"), order});
        QCOMPARE(cards.exitCode, 3);
        QCOMPARE(cards.errorCode(), QStringLiteral("invalid_state"));

        const CliRun paid =
            cli.ok({QStringLiteral("pay"), order, QStringLiteral("--method"), QStringLiteral("qr"),
                    QStringLiteral("--amount"), QStringLiteral("20000"),
                    QStringLiteral("--reference"), QStringLiteral("WX-1")});
        QCOMPARE(paid.out[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(paid.out[QStringLiteral("card_codes")].toArray().size(), 2);
        // Shown once with the sale; again only with a reason, and audited.
        const CliRun again = cli.run({QStringLiteral("order"), QStringLiteral("cards"), order});
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.errorCode(), QStringLiteral("invalid_state"));
        const CliRun shown = cli.ok({QStringLiteral("order"), QStringLiteral("cards"), order,
                                     QStringLiteral("--reason"), QStringLiteral("receipt lost")});
        QCOMPARE(shown.out[QStringLiteral("card_codes")], paid.out[QStringLiteral("card_codes")]);
    }

    void holdThenSellAndRelease()
    {
        CliHarness cli;
        const CliRun demo = cli.ok({QStringLiteral("demo")});
        const QString event = QString::number(demo.id("event"));
        const QString quota = QString::number(demo.id("standing_quota"));
        const CliRun held =
            cli.ok({QStringLiteral("hold"), QStringLiteral("--event"), event,
                    QStringLiteral("--seat"), QStringLiteral("S-D-5"), QStringLiteral("--ga"),
                    quota + QStringLiteral(":2"), QStringLiteral("--ttl"), QStringLiteral("60")});
        QCOMPARE(held.exitCode, 0);
        const CliRun sold = cli.ok({QStringLiteral("sell"), QStringLiteral("--event"), event,
                                    QStringLiteral("--hold"), QString::number(held.id("hold")),
                                    QStringLiteral("--seat"), QStringLiteral("S-D-5"),
                                    QStringLiteral("--ga"), quota + QStringLiteral(":2")});
        QCOMPARE(sold.exitCode, 0);
        QCOMPARE(sold.out[QStringLiteral("tickets")].toArray().size(), 3);

        const CliRun other = cli.ok({QStringLiteral("hold"), QStringLiteral("--event"), event,
                                     QStringLiteral("--seat"), QStringLiteral("S-D-6")});
        const CliRun released =
            cli.ok({QStringLiteral("release-hold"), QString::number(other.id("hold"))});
        QCOMPARE(released.exitCode, 0);
        const CliRun seats = cli.ok({QStringLiteral("event"), QStringLiteral("seats"), event});
        for (const QJsonValue seat : seats.out[QStringLiteral("seats")].toArray()) {
            if (seat[QStringLiteral("seat")].toString() == QLatin1String("S-D-6"))
                QCOMPARE(seat[QStringLiteral("state")].toString(), QStringLiteral("available"));
        }
    }

    void execRunsAnyCommandFromJson()
    {
        CliHarness cli;
        const CliRun demo = cli.ok({QStringLiteral("demo")});
        const QJsonObject request{
            {QStringLiteral("event"), demo.id("event")},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("seat"), QStringLiteral("B-AA-1")}}}}};
        const CliRun r = cli.ok({QStringLiteral("exec"), QStringLiteral("sell"),
                                 QStringLiteral("--json"), QStringLiteral("-")},
                                QJsonDocument(request).toJson());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out[QStringLiteral("state")].toString(), QStringLiteral("pending"));

        const CliRun badJson = cli.run({QStringLiteral("exec"), QStringLiteral("sell"),
                                        QStringLiteral("--json"), QStringLiteral("-")},
                                       "{\n  \"event\": 1,\n  oops\n}");
        QCOMPARE(badJson.exitCode, 2);
        QCOMPARE(badJson.errorCode(), QStringLiteral("invalid_json"));
        QVERIFY(badJson.error()[QStringLiteral("message")].toString().contains(
            QStringLiteral("line 3")));

        const CliRun kind = cli.run({QStringLiteral("exec"), QStringLiteral("teleport"),
                                     QStringLiteral("--json"), QStringLiteral("-")},
                                    "{}");
        QCOMPARE(kind.exitCode, 2);
        QCOMPARE(kind.error()[QStringLiteral("where")].toString(), QStringLiteral("kind"));
    }

    void venueExportWritesThePlan()
    {
        CliHarness cli;
        const CliRun demo = cli.ok({QStringLiteral("demo")});
        const QString venue = QString::number(demo.id("venue"));
        const CliRun printed = cli.ok({QStringLiteral("venue"), QStringLiteral("export"), venue});
        QVERIFY(printed.out.contains(QStringLiteral("zones")));

        const QString path = cli.writeFile(QStringLiteral("exported.json"), {});
        const CliRun written = cli.ok(
            {QStringLiteral("venue"), QStringLiteral("export"), venue, QStringLiteral("-o"), path});
        QCOMPARE(written.out[QStringLiteral("file")].toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), printed.out);
    }

    void helpListsEveryVerb()
    {
        CliHarness cli;
        const CliRun help = cli.run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.stdoutBytes);
        for (const char *verb : {"init", "venue import", "card-codes import", "sell", "redeem",
                                 "order cards", "journal", "exec"})
            QVERIFY2(text.contains(QLatin1String(verb)), verb);
        const CliRun verbHelp = cli.run({QStringLiteral("sell"), QStringLiteral("--help")});
        QCOMPARE(verbHelp.exitCode, 0);
        QVERIFY(verbHelp.stdoutBytes.contains("QUOTA:QTY[:TYPE]"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
