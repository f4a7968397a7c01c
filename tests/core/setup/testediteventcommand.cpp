// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sales/salerequests.h"
#include "enginefixture.h"
#include "resultassert.h"
#include "setup/demostaff.h"
#include "setup/editeventcommand.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kEdit = QStringLiteral("edit_event");

QJsonObject seatPrice(const QString &category, const QString &type, qint64 amount)
{
    return QJsonObject{{QStringLiteral("category"), category},
                       {QStringLiteral("ticket_type"), type},
                       {QStringLiteral("amount"), amount}};
}

// The event's row as text, to prove a refusal changed nothing.
QString eventRow(const EngineFixture &f)
{
    return f.text(QStringLiteral("SELECT name || '|' || starts_at || '|' || "
                                 "COALESCE(sale_starts_at, '') || '|' || "
                                 "COALESCE(sale_ends_at, '') || '|' || "
                                 "(SELECT GROUP_CONCAT(amount) FROM seat_prices WHERE event_id = "
                                 "events.id) FROM events WHERE id = %1")
                      .arg(f.ids().event));
}

} // namespace

class TestEditEventCommand : public QObject
{
    Q_OBJECT
private slots:
    void editingChangesNameTimesSaleWindowAndPrices()
    {
        EngineFixture f;
        const QJsonObject edit{
            {QStringLiteral("event"), f.ids().event},
            {QStringLiteral("name"), QStringLiteral("The Nutcracker (matinee)")},
            {QStringLiteral("starts_at"), QStringLiteral("2030-01-05T14:00:00+08:00")},
            {QStringLiteral("ends_at"), QStringLiteral("2030-01-05T16:30:00+08:00")},
            {QStringLiteral("sale_ends_at"), QStringLiteral("2030-01-05T13:00:00+08:00")},
            {QStringLiteral("prices"),
             QJsonArray{seatPrice(QStringLiteral("Stalls"), QStringLiteral("adult"), 40000)}},
            {QStringLiteral("ga_prices"),
             QJsonArray{QJsonObject{{QStringLiteral("ga"), QStringLiteral("Standing")},
                                    {QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                    {QStringLiteral("amount"), 15000}}}}};
        const CommandOutcome done = f.run(kEdit, edit);
        TESSERA_VERIFY_OK(done.result);
        QCOMPARE(f.text(QStringLiteral("SELECT name FROM events")),
                 QStringLiteral("The Nutcracker (matinee)"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT starts_at FROM events")),
                 QDateTime::fromString(QStringLiteral("2030-01-05T14:00:00+08:00"), Qt::ISODate)
                     .toMSecsSinceEpoch());
        QCOMPARE(f.scalar(QStringLiteral(
                     "SELECT p.amount FROM seat_prices p JOIN categories c ON c.id = "
                     "p.category_id JOIN ticket_types t ON t.id = p.ticket_type_id WHERE "
                     "c.name = 'Stalls' AND t.code = 'adult'")),
                 40000);
        QCOMPARE(f.scalar(QStringLiteral("SELECT amount FROM ga_prices p JOIN ticket_types t ON "
                                         "t.id = p.ticket_type_id WHERE t.code = 'adult'")),
                 15000);
        // The next sale charges the new price.
        const CommandOutcome sale =
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                              QJsonArray{cash(40000)}));
        TESSERA_VERIFY_OK(sale.result);
        QCOMPARE(sale.result.value()[QStringLiteral("total")].toInteger(), 40000);
        // Audited.
        QCOMPARE(count(f, QStringLiteral("audit_log"), QStringLiteral("action = 'event_change'")),
                 1);
    }

    void aSaleWindowClosedByAnEditStopsSales()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(f.run(kEdit, QJsonObject{{QStringLiteral("event"), f.ids().event},
                                                   {QStringLiteral("sale_ends_at"),
                                                    QStringLiteral("2000-01-01T00:00:00Z")}})
                              .result);
        const CommandOutcome sale =
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                              QJsonArray{cash(38000)}));
        TESSERA_VERIFY_REFUSED(sale, ErrorCode::SaleWindowClosed, QStringLiteral("event"));
    }

    void badInputIsRefusedNamingTheFieldAndChangesNothing_data()
    {
        QTest::addColumn<QJsonObject>("edit");
        QTest::addColumn<QString>("where");
        const auto with = [](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
            QJsonObject o;
            for (const auto &[k, v] : fields)
                o.insert(k, v);
            return o;
        };
        QTest::newRow("time without offset")
            << with({{QStringLiteral("starts_at"), QStringLiteral("2030-01-05T14:00:00")}})
            << QStringLiteral("starts_at");
        QTest::newRow("ends before it starts")
            << with({{QStringLiteral("ends_at"), QStringLiteral("2000-01-01T00:00:00Z")}})
            << QStringLiteral("ends_at");
        QTest::newRow("sales close before they open")
            << with({{QStringLiteral("sale_starts_at"), QStringLiteral("2030-01-02T00:00:00Z")},
                     {QStringLiteral("sale_ends_at"), QStringLiteral("2030-01-01T00:00:00Z")}})
            << QStringLiteral("sale_ends_at");
        QTest::newRow("unknown category")
            << with(
                   {{QStringLiteral("name"), QStringLiteral("Renamed")},
                    {QStringLiteral("prices"),
                     QJsonArray{seatPrice(QStringLiteral("Stalls"), QStringLiteral("adult"), 1),
                                seatPrice(QStringLiteral("Gallery"), QStringLiteral("adult"), 1)}}})
            << QStringLiteral("prices[1].category");
        QTest::newRow("unknown ticket type")
            << with(
                   {{QStringLiteral("prices"),
                     QJsonArray{seatPrice(QStringLiteral("Stalls"), QStringLiteral("senior"), 1)}}})
            << QStringLiteral("prices[0].ticket_type");
        QTest::newRow("negative price")
            << with(
                   {{QStringLiteral("prices"),
                     QJsonArray{seatPrice(QStringLiteral("Stalls"), QStringLiteral("adult"), -5)}}})
            << QStringLiteral("prices[0].amount");
        QTest::newRow("empty name")
            << with({{QStringLiteral("name"), QStringLiteral(" ")}}) << QStringLiteral("name");
        QTest::newRow("unknown field")
            << with({{QStringLiteral("venue"), 2}}) << QStringLiteral("venue");
    }

    void badInputIsRefusedNamingTheFieldAndChangesNothing()
    {
        QFETCH(QJsonObject, edit);
        QFETCH(QString, where);
        EngineFixture f;
        const QString before = eventRow(f);
        edit.insert(QStringLiteral("event"), f.ids().event);
        const CommandOutcome refused = f.run(kEdit, edit);
        QVERIFY(!refused.result.ok());
        QCOMPARE(refused.result.error().where, where);
        QCOMPARE(eventRow(f), before);
    }

    void aMissingEventIsNotFound()
    {
        EngineFixture f;
        const CommandOutcome refused =
            f.run(kEdit, QJsonObject{{QStringLiteral("event"), 999},
                                     {QStringLiteral("name"), QStringLiteral("X")}});
        TESSERA_VERIFY_REFUSED(refused, ErrorCode::NotFound, QStringLiteral("event"));
    }

    void onlyManagersEditEvents()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(DemoStaff::seed(f.engine()));
        const QString before = eventRow(f);
        auto command = EditEventCommand::fromJson(
            QJsonObject{{QStringLiteral("event"), f.ids().event},
                        {QStringLiteral("name"), QStringLiteral("Renamed")}});
        TESSERA_VERIFY_OK(command);
        const CommandOutcome byCashier = f.engine().execute(
            CommandRequest(std::move(*command), QStringLiteral("e1"), QStringLiteral("cashier")));
        QVERIFY(!byCashier.result.ok());
        QCOMPARE(byCashier.result.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(eventRow(f), before);
    }
};

QTEST_GUILESS_MAIN(TestEditEventCommand)
#include "testediteventcommand.moc"
