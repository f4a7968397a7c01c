// SPDX-License-Identifier: GPL-3.0-or-later
// A refund at one counter of a ticket sold at another, through the real
// tessera-server: the server finds the seller by the code's signature, says
// yes once (with a refunding role's PIN), counts it in the seller's figures
// and tells the seller, whose gate then refuses the code and whose seat is
// back on sale; the paying counter's drawer expects the cash paid out. A
// forged, unknown, unsynced or already refunded ticket changes nothing, and
// a double refund (the seller refunded it too, offline) is listed.
#include "catalogpuller.h"
#include "common/clock.h"
#include "consoleenrolment.h"
#include "crypto/ed25519.h"
#include "engine/engine.h"
#include "enginefixture.h"
#include "journalshipper.h"
#include "query/orderqueries.h"
#include "remoteticketrefund.h"
#include "serverclient.h"
#include "serverprocess.h"
#include "shift/drawerledger.h"
#include "shift/shiftrecord.h"
#include "tickets/signedticket.h"
#include "tickets/ticketbook.h"
#include "tickets/ticketverifier.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

// The code of the first ticket of `order` at `console`.
QString codeOf(EngineFixture &console, qint64 order)
{
    SqliteDb db = console.reader();
    auto codes = TicketBook(db).signedCodes(order, console.engine().ticketKey());
    if (!codes || codes->isEmpty())
        return {};
    return codes->first().toObject().value(QLatin1String("code")).toString();
}

RemoteTicketRefund::Request request(const QString &code, const QString &approver,
                                    const QString &pin)
{
    return {code,
            QStringLiteral("Customer cannot come"),
            QStringLiteral("cashier"),
            approver,
            pin,
            QUuid::createUuid().toString(QUuid::WithoutBraces)};
}

} // namespace

class TestRemoteRefund : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    std::unique_ptr<RunningServer> m_server;
    std::unique_ptr<EngineFixture> m_box1, m_box2;
    std::optional<ServerLink> m_link1, m_link2;
    QStringList m_seats1, m_seats2;

    qint64 serverScalar(const QString &sql) const
    {
        auto db = SqliteDb::open(QDir(m_data).filePath(QStringLiteral("server.db")),
                                 SqliteDb::Mode::ReadOnly);
        auto stmt = db->prepare(sql);
        qint64 value = -1;
        (void)stmt->forEachRow([&](SqliteStatement &s) { value = s.columnInt(0); });
        return value;
    }
    QJsonObject eventTotals() const
    {
        const ServerRun run =
            runServerCommand(kExe, {QStringLiteral("totals"), QStringLiteral("--data"), m_data,
                                    QStringLiteral("--json")});
        for (const QJsonValue &e :
             QJsonDocument::fromJson(run.out).object().value(QLatin1String("events")).toArray()) {
            if (e[QStringLiteral("event")].toInteger() == 1)
                return e.toObject();
        }
        return {};
    }
    // A sale at BOX-1 that has reached the server: its order and code.
    std::pair<qint64, QString> soldAtBox1(int seat)
    {
        const CommandOutcome sold =
            sellAllocatedSeat(*m_box1, m_seats1[seat], 38000, QStringLiteral("cashier"));
        if (!sold.result)
            return {};
        const qint64 order = sold.result->value(QLatin1String("order")).toInteger();
        if (!JournalShipper(m_box1->path(), *m_link1).shipOnce())
            return {};
        return {order, codeOf(*m_box1, order)};
    }
    qint64 drawerExpected(EngineFixture &console)
    {
        SqliteDb db = console.reader();
        auto shift = ShiftRecord::openOn(db, console.engine().terminalId());
        if (!shift || !*shift)
            return -1;
        auto tally = DrawerLedger::tally(db, **shift);
        return tally ? tally->expected() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kExe));
        m_data = m_tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServerWithStaff(kExe, m_data));
        m_server = std::make_unique<RunningServer>(kExe, m_data);
        QVERIFY(m_server->port() > 0);
        const QString code1 = enrolmentCode(kExe, m_data, QStringLiteral("BOX-1"));
        const QString code2 = enrolmentCode(kExe, m_data, QStringLiteral("BOX-2"));
        m_seats1 = allocateSeats(kExe, m_data, QStringLiteral("BOX-1"), 6);
        QCOMPARE(m_seats1.size(), 6);
        m_seats2 = allocateSeats(kExe, m_data, QStringLiteral("BOX-2"), 2);
        QCOMPARE(m_seats2.size(), 2);
        m_box1 = std::make_unique<EngineFixture>(false, 0, QDateTime::currentMSecsSinceEpoch());
        m_box2 = std::make_unique<EngineFixture>(false, 0, QDateTime::currentMSecsSinceEpoch());
        const QString address = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
        auto link1 = ConsoleEnrolment::enrol(address, code1, 10000);
        auto link2 = ConsoleEnrolment::enrol(address, code2, 10000);
        QVERIFY(link1.ok() && link2.ok());
        m_link1 = *link1;
        m_link2 = *link2;
        // Each pull reports the terminal's ticket key.
        QVERIFY(CatalogPuller(m_box1->path(), *m_link1).pullOnce(m_box1->engine()).ok());
        QVERIFY(CatalogPuller(m_box2->path(), *m_link2).pullOnce(m_box2->engine()).ok());
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM terminal_ticket_keys")), 2);
    }

    void aTicketSoldAtOneCounterIsRefundedAtAnother()
    {
        const auto [order, code] = soldAtBox1(0);
        QVERIFY(order > 0 && !code.isEmpty());
        RemoteTicketRefund box2(m_box2->path(), *m_link2);

        // BOX-2 sees what the server knows of it.
        auto ticket = box2.lookup(code);
        QVERIFY2(ticket.ok(), qPrintable(ticket ? QString() : ticket.error().toString()));
        QCOMPARE(ticket->value(QLatin1String("state")).toString(), QStringLiteral("sold"));
        QCOMPARE(ticket->value(QLatin1String("sold_by")).toString(), QStringLiteral("BOX-1"));
        QCOMPARE(ticket->value(QLatin1String("ticket")).toString(), m_seats1[0]);
        QCOMPARE(ticket->value(QLatin1String("price")).toInteger(), 38000);

        // No open shift at BOX-2: refused before the server is asked.
        auto noShift = box2.refund(
            m_box2->engine(), request(code, QStringLiteral("manager"), QStringLiteral("3333")));
        QVERIFY(!noShift.ok());
        QCOMPARE(noShift.error().code, ErrorCode::ShiftRequired);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM remote_refunds")), 0);
        QVERIFY(m_box2
                    ->runAs(QStringLiteral("cashier"), QStringLiteral("open_shift"),
                            {{QStringLiteral("float"), 200000}})
                    .result.ok());
        QCOMPARE(drawerExpected(*m_box2), 200000);

        // The approver must be allowed to refund, with the right PIN.
        auto cashier = box2.refund(
            m_box2->engine(), request(code, QStringLiteral("cashier"), QStringLiteral("1111")));
        QVERIFY(!cashier.ok());
        QCOMPARE(cashier.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(cashier.error().where, QStringLiteral("approver"));
        auto wrongPin = box2.refund(
            m_box2->engine(), request(code, QStringLiteral("manager"), QStringLiteral("0000")));
        QVERIFY(!wrongPin.ok());
        QCOMPARE(wrongPin.error().code, ErrorCode::WrongPin);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM remote_refunds")), 0);

        // A manager approves: the server records it, BOX-2 pays it out.
        const RemoteTicketRefund::Request approved =
            request(code, QStringLiteral("manager"), QStringLiteral("3333"));
        auto refunded = box2.refund(m_box2->engine(), approved);
        QVERIFY2(refunded.ok(), qPrintable(refunded ? QString() : refunded.error().toString()));
        QCOMPARE(refunded->value(QLatin1String("amount")).toInteger(), 38000);
        QCOMPARE(refunded->value(QLatin1String("refunded_by")).toString(), QStringLiteral("BOX-2"));
        QCOMPARE(refunded->value(QLatin1String("approved_by")).toString(),
                 QStringLiteral("manager"));
        QVERIFY(
            refunded->value(QLatin1String("paid")).toObject().contains(QLatin1String("movement")));
        QCOMPARE(drawerExpected(*m_box2), 200000 - 38000);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM remote_refunds")), 1);
        // The code itself is in no journal of the server.
        QCOMPARE(
            serverScalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE payload LIKE '%%1%' "
                                        "OR result LIKE '%%1%'")
                             .arg(code)),
            0);

        // The same request again (a lost answer): the same refund, paid once.
        auto again = box2.refund(m_box2->engine(), approved);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->value(QLatin1String("refund")), refunded->value(QLatin1String("refund")));
        QCOMPARE(drawerExpected(*m_box2), 200000 - 38000);
        // Another attempt is refused.
        auto twice = box2.refund(m_box2->engine(),
                                 request(code, QStringLiteral("manager"), QStringLiteral("3333")));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::InvalidState);
        QCOMPARE(box2.lookup(code)->value(QLatin1String("state")).toString(),
                 QStringLiteral("refunded_elsewhere"));

        // The server counts it as a refund of BOX-1's sale.
        const QJsonObject totals = eventTotals();
        QCOMPARE(totals[QStringLiteral("refunded")].toInteger(), 1);
        QCOMPARE(totals[QStringLiteral("sold")].toInteger(), 0);
        QCOMPARE(totals[QStringLiteral("revenue")][QStringLiteral("refunded")].toInteger(), 38000);

        // BOX-1 learns it with its next pull: the line is refunded, its gate
        // refuses the code, and the seat is its own to sell again.
        auto pulled = CatalogPuller(m_box1->path(), *m_link1).pullOnce(m_box1->engine());
        QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().toString()));
        QCOMPARE(
            m_box1->scalar(
                QStringLiteral("SELECT state FROM order_lines WHERE order_id = %1").arg(order)),
            1);
        QCOMPARE(
            m_box1->scalar(QStringLiteral("SELECT refunded FROM orders WHERE id = %1").arg(order)),
            38000);
        QCOMPARE(m_box1->scalar(QStringLiteral("SELECT applied FROM refunds_elsewhere")), 1);
        {
            SqliteDb db = m_box1->reader();
            auto setup = TicketBook(db).gateSetup(1, m_box1->engine().ticketKey().publicKey());
            QVERIFY(setup.ok());
            SystemClock clock;
            QCOMPARE(TicketVerifier(*setup, clock).verify(code).status, TicketStatus::Revoked);
        }
        // Its order lists the refund, made elsewhere.
        {
            SqliteDb db = m_box1->reader();
            const auto key = m_box1->engine().dataKey(db);
            auto shown = OrderQueries(db, m_box1->engine().terminalId(), key.get()).order(order);
            QVERIFY(shown.ok());
            const QJsonArray refunds = shown->value(QLatin1String("refunds")).toArray();
            QCOMPARE(refunds.size(), 1);
            QCOMPARE(refunds.first()[QStringLiteral("refunded_elsewhere")].toString(),
                     QStringLiteral("BOX-2"));
            QCOMPARE(refunds.first()[QStringLiteral("amount")].toInteger(), 38000);
        }
        QVERIFY(
            sellAllocatedSeat(*m_box1, m_seats1[0], 38000, QStringLiteral("cashier")).result.ok());
        // Pulled again: nothing applies twice.
        QVERIFY(CatalogPuller(m_box1->path(), *m_link1).pullOnce(m_box1->engine()).ok());
        QCOMPARE(m_box1->scalar(QStringLiteral("SELECT COUNT(*) FROM refunds_elsewhere")), 1);
    }

    void whatTheServerCannotVouchForIsRefused()
    {
        RemoteTicketRefund box2(m_box2->path(), *m_link2);
        // Not a code.
        auto garbage = box2.lookup(QStringLiteral("TS1.NOTACODE"));
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().code, ErrorCode::InvalidInput);
        QCOMPARE(garbage.error().where, QStringLiteral("code"));
        // The claims of a real ticket signed by a key no terminal reported.
        const auto [order, code] = soldAtBox1(1);
        QVERIFY(order > 0);
        auto claims = SignedTicket::decode(code);
        QVERIFY(claims.ok());
        const QString forged = SignedTicket::issue(*claims, Ed25519KeyPair::generate());
        auto refused = box2.lookup(forged);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::UntrustedKey);
        // Sold at BOX-1 but not shipped yet.
        const CommandOutcome unsynced =
            sellAllocatedSeat(*m_box1, m_seats1[2], 38000, QStringLiteral("cashier"));
        QVERIFY(unsynced.result.ok());
        const QString late =
            codeOf(*m_box1, unsynced.result->value(QLatin1String("order")).toInteger());
        auto notYet = box2.lookup(late);
        QVERIFY(!notYet.ok());
        QCOMPARE(notYet.error().code, ErrorCode::NotFound);
        QVERIFY(notYet.error().message.contains(QLatin1String("BOX-1")));
        // Sold by BOX-2 itself: refunded from its own order, not through the server.
        const CommandOutcome own =
            sellAllocatedSeat(*m_box2, m_seats2[0], 38000, QStringLiteral("cashier"));
        QVERIFY(own.result.ok());
        QVERIFY(JournalShipper(m_box2->path(), *m_link2).shipOnce().ok());
        const QString ownCode =
            codeOf(*m_box2, own.result->value(QLatin1String("order")).toInteger());
        auto notHere = box2.refund(
            m_box2->engine(), request(ownCode, QStringLiteral("manager"), QStringLiteral("3333")));
        QVERIFY(!notHere.ok());
        QCOMPARE(notHere.error().code, ErrorCode::InvalidState);
        QVERIFY2(notHere.error().message.contains(QLatin1String("sold at this terminal")),
                 qPrintable(notHere.error().message));
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM remote_refunds")), 1);
        QVERIFY(JournalShipper(m_box1->path(), *m_link1).shipOnce().ok());
    }

    void aDoubleRefundIsListed()
    {
        const auto [order, code] = soldAtBox1(3);
        QVERIFY(order > 0);
        RemoteTicketRefund box2(m_box2->path(), *m_link2);
        QVERIFY(box2.refund(m_box2->engine(),
                            request(code, QStringLiteral("supervisor"), QStringLiteral("2222")))
                    .ok());
        // BOX-1 had not heard of it and refunds the same ticket itself.
        QVERIFY(m_box1
                    ->runAs(QStringLiteral("manager"), QStringLiteral("refund"),
                            {{QStringLiteral("order"), order},
                             {QStringLiteral("reason"), QStringLiteral("Refunded here too")}})
                    .result.ok());
        QVERIFY(JournalShipper(m_box1->path(), *m_link1).shipOnce().ok());
        ServerClient ops(m_link1->address, m_link1->ca);
        ops.useStaffCredentials(QStringLiteral("ops"), QStringLiteral("4444"));
        auto conflicts = ops.get(QStringLiteral("/v1/conflicts"));
        QVERIFY2(conflicts.ok(), qPrintable(conflicts ? QString() : conflicts.error().toString()));
        const QJsonArray doubles = conflicts->value(QLatin1String("double_refunds")).toArray();
        QCOMPARE(doubles.size(), 1);
        QCOMPARE(doubles.first()[QStringLiteral("sold_by")].toString(), QStringLiteral("BOX-1"));
        QCOMPARE(doubles.first()[QStringLiteral("refunded_by")].toString(),
                 QStringLiteral("BOX-2"));
        // Both drawers paid: the money refunded counts twice.
        QCOMPARE(eventTotals()[QStringLiteral("revenue")][QStringLiteral("refunded")].toInteger(),
                 3 * 38000);
        // At BOX-1 the news changes nothing more.
        QVERIFY(CatalogPuller(m_box1->path(), *m_link1).pullOnce(m_box1->engine()).ok());
        QCOMPARE(m_box1->scalar(QStringLiteral("SELECT applied FROM refunds_elsewhere WHERE "
                                               "order_id = %1")
                                    .arg(order)),
                 0);
        QCOMPARE(
            m_box1->scalar(QStringLiteral("SELECT refunded FROM orders WHERE id = %1").arg(order)),
            38000);
    }

    void aTicketLetInAfterItsRefundIsListed()
    {
        const auto [order, code] = soldAtBox1(4);
        QVERIFY(order > 0);
        RemoteTicketRefund box2(m_box2->path(), *m_link2);
        QVERIFY(box2.refund(m_box2->engine(),
                            request(code, QStringLiteral("manager"), QStringLiteral("3333")))
                    .ok());
        // BOX-1's gate, offline, has not heard of it and lets the holder in.
        QVERIFY(m_box1
                    ->runAs(QStringLiteral("cashier"), QStringLiteral("redeem"),
                            {{QStringLiteral("code"), code},
                             {QStringLiteral("gate"), QStringLiteral("North")}})
                    .result.ok());
        QVERIFY(JournalShipper(m_box1->path(), *m_link1).shipOnce().ok());
        const ServerRun listed =
            runServerCommand(kExe, {QStringLiteral("conflicts"), QStringLiteral("--data"), m_data});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray used = QJsonDocument::fromJson(listed.out)
                                    .object()
                                    .value(QLatin1String("used_and_refunded"))
                                    .toArray();
        QCOMPARE(used.size(), 1);
        QCOMPARE(used.first()[QStringLiteral("gate")].toString(), QStringLiteral("North"));
        QCOMPARE(used.first()[QStringLiteral("let_in_by")].toString(), QStringLiteral("BOX-1"));
        QCOMPARE(used.first()[QStringLiteral("refunded_by")].toString(), QStringLiteral("BOX-2"));
        // At BOX-1 the used ticket stays used: the news is only noted.
        QVERIFY(CatalogPuller(m_box1->path(), *m_link1).pullOnce(m_box1->engine()).ok());
        QCOMPARE(m_box1->scalar(QStringLiteral("SELECT applied FROM refunds_elsewhere WHERE "
                                               "order_id = %1")
                                    .arg(order)),
                 0);
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRemoteRefund)
#include "testremoterefund.moc"
