// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/commandfactory.h"
#include "enginefixture.h"
#include "resultassert.h"
#include "shiftrequests.h"

#include "shift/shiftpolicy.h"
#include "shift/shiftqueries.h"

#include "storage/sqlitedb.h"

#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <vector>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kOpen = QStringLiteral("open_shift");
const QString kClose = QStringLiteral("close_shift");
const QString kPolicy = QStringLiteral("set_shift_policy");
constexpr qint64 kSeat = 38000;
constexpr qint64 kStanding = 12000;

CommandOutcome as(EngineFixture &f, const QString &actor, const QString &kind,
                  const QJsonObject &json, const QString &approver = {})
{
    static int keys = 0;
    auto command = CommandFactory::fromJson(kind, json);
    if (!command)
        qFatal("%s", qPrintable(command.error().toString()));
    return f.engine().execute(CommandRequest{
        std::move(*command), QStringLiteral("cash-") + QString::number(++keys), actor, approver});
}

void createStaff(EngineFixture &f)
{
    auto user = [&](const char *name, const char *role) {
        return as(f, QStringLiteral("boss"), QStringLiteral("create_user"),
                  QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                              {QStringLiteral("role"), QLatin1String(role)},
                              {QStringLiteral("pin_hash"), QStringLiteral("x")}});
    };
    QVERIFY(user("boss", "admin").result.ok());
    QVERIFY(user("anna", "cashier").result.ok());
    QVERIFY(user("bo", "cashier").result.ok());
    QVERIFY(user("sam", "supervisor").result.ok());
}

// The journal holds rows 1..n with no hole: refusals took no number.
void verifyJournalGapFree(EngineFixture &f)
{
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal")),
             f.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal")));
}

QJsonObject refund(qint64 order)
{
    return QJsonObject{{QStringLiteral("order"), order},
                       {QStringLiteral("reason"), QStringLiteral("changed plans")}};
}

qint64 orderOf(const CommandOutcome &outcome)
{
    return outcome.result.value()[QStringLiteral("order")].toInteger();
}

} // namespace

class TestCashControl : public QObject
{
    Q_OBJECT
private slots:
    void aCashSaleWithoutAShiftIsRefusedAndNothingIsWritten()
    {
        EngineFixture f;
        f.requireShiftsFor(ShiftRule::Cash);
        const qint64 orders = count(f, QStringLiteral("orders"));
        const qint64 seq = f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        const CommandOutcome sold = sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)});
        TESSERA_VERIFY_REFUSED(sold, ErrorCode::ShiftRequired, QStringLiteral("payments"));
        QVERIFY(!sold.result.error().message.isEmpty());
        QCOMPARE(count(f, QStringLiteral("orders")), orders);
        QCOMPARE(count(f, QStringLiteral("payments")), 0);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal")), seq);
        verifyJournalGapFree(f);
    }

    void aCashSaleWithAnOpenShiftIsAccepted()
    {
        EngineFixture f;
        f.requireShiftsFor(ShiftRule::Cash);
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(10000)).result);
        TESSERA_VERIFY_OK(sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)}).result);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        verifyJournalGapFree(f);
    }

    void cardAndQrFollowTheBoxOfficesSetting()
    {
        EngineFixture f;
        f.requireShiftsFor(ShiftRule::Cash);
        // Cash only: a card or QR sale needs no shift.
        TESSERA_VERIFY_OK(
            sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{payment(QStringLiteral("card"), kSeat)})
                .result);
        TESSERA_VERIFY_OK(
            sellSeat(f, QStringLiteral("S-A-2"), QJsonArray{payment(QStringLiteral("qr"), kSeat)})
                .result);
        // "all": now they do.
        const CommandOutcome set =
            f.run(kPolicy, QJsonObject{{QStringLiteral("required_for"), QStringLiteral("all")}});
        TESSERA_VERIFY_OK(set.result);
        QCOMPARE(set.result.value()[QStringLiteral("required_for")].toString(),
                 QStringLiteral("all"));
        TESSERA_VERIFY_REFUSED(sellSeat(f, QStringLiteral("S-A-3"),
                                        QJsonArray{payment(QStringLiteral("card"), kSeat)}),
                               ErrorCode::ShiftRequired, QStringLiteral("payments"));
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-3")), 0);
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(0)).result);
        TESSERA_VERIFY_OK(
            sellSeat(f, QStringLiteral("S-A-3"), QJsonArray{payment(QStringLiteral("card"), kSeat)})
                .result);
        // "none": cash goes without a shift (the setting beats the engine's default).
        TESSERA_VERIFY_OK(f.run(kClose, closeShift({{10000, 0}})).result);
        TESSERA_VERIFY_OK(
            f.run(kPolicy, QJsonObject{{QStringLiteral("required_for"), QStringLiteral("none")}})
                .result);
        TESSERA_VERIFY_OK(sellSeat(f, QStringLiteral("S-A-4"), QJsonArray{cash(kSeat)}).result);
        verifyJournalGapFree(f);
    }

    // The writer keeps the rule between commands: a change in the same batch,
    // or by another program on the file, rules the very next sale.
    void theRuleKeptByTheWriterFollowsEveryChange()
    {
        EngineFixture f;
        f.requireShiftsFor(ShiftRule::Cash);
        const auto request = [](const QString &kind, const QJsonObject &json, const QString &key) {
            auto command = CommandFactory::fromJson(kind, json);
            return CommandRequest{std::move(*command), key};
        };
        const auto card = [&](const char *seat) {
            return request(QStringLiteral("sell"),
                           QJsonObject{{QStringLiteral("event"), 1},
                                       {QStringLiteral("lines"),
                                        QJsonArray{QJsonObject{
                                            {QStringLiteral("seat"), QLatin1String(seat)}}}},
                                       {QStringLiteral("payments"),
                                        QJsonArray{payment(QStringLiteral("card"), kSeat)}}},
                           QStringLiteral("kept-") + QLatin1String(seat));
        };
        std::vector<CommandOutcome> outcomes(3);
        std::atomic_int answered = 0;
        const auto keep = [&](int i) {
            return [&, i](CommandOutcome o) {
                outcomes[size_t(i)] = std::move(o);
                answered.fetch_add(1);
            };
        };
        // Submitted without waiting: the writer takes them in one batch when
        // it can; in any case in this order.
        f.engine().submit(card("S-B-1"), keep(0));
        f.engine().submit(
            request(kPolicy, QJsonObject{{QStringLiteral("required_for"), QStringLiteral("all")}},
                    QStringLiteral("kept-policy")),
            keep(1));
        f.engine().submit(card("S-B-2"), keep(2));
        QTRY_COMPARE_WITH_TIMEOUT(answered.load(), 3, 10000);
        TESSERA_VERIFY_OK(outcomes[0].result);
        TESSERA_VERIFY_OK(outcomes[1].result);
        TESSERA_VERIFY_REFUSED(outcomes[2], ErrorCode::ShiftRequired, QStringLiteral("payments"));

        // Another program sets "none" on the file: the next card sale goes.
        {
            auto db = SqliteDb::open(f.path());
            QVERIFY(db.ok());
            QVERIFY(db->exec(QStringLiteral("UPDATE settings SET value = 'none' WHERE key = "
                                            "'shift.required_for'"))
                        .ok());
        }
        TESSERA_VERIFY_OK(
            sellSeat(f, QStringLiteral("S-B-3"), QJsonArray{payment(QStringLiteral("card"), kSeat)})
                .result);
        verifyJournalGapFree(f);
    }

    void aDeclinedCashPaymentOrAnUnpaidOrderNeedsNoShift()
    {
        EngineFixture f;
        f.requireShiftsFor(ShiftRule::Cash);
        TESSERA_VERIFY_OK(sellSeat(f, QStringLiteral("S-A-1"), QJsonArray()).result);
        TESSERA_VERIFY_OK(
            sellSeat(f, QStringLiteral("S-A-2"),
                     QJsonArray{payment(QStringLiteral("cash"), kSeat, QStringLiteral("declined"),
                                        QStringLiteral("cash_miscounted"))})
                .result);
    }

    void aCashPaymentAddedToAnOrderNeedsAShift()
    {
        EngineFixture f;
        f.requireShiftsFor(ShiftRule::Cash);
        const CommandOutcome pending = sellSeat(f, QStringLiteral("S-A-1"), QJsonArray());
        TESSERA_VERIFY_OK(pending.result);
        const QJsonObject add{{QStringLiteral("order"), orderOf(pending)},
                              {QStringLiteral("payment"), cash(kSeat)}};
        TESSERA_VERIFY_REFUSED(f.run(QStringLiteral("add_payment"), add), ErrorCode::ShiftRequired,
                               QStringLiteral("payment.method"));
        QCOMPARE(count(f, QStringLiteral("payments")), 0);
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(0)).result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("add_payment"), add).result);
        verifyJournalGapFree(f);
    }

    void aCashRefundNeedsAShiftACardRefundDoesNot()
    {
        EngineFixture f;
        f.requireShiftsFor(ShiftRule::Cash);
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(0)).result);
        const CommandOutcome byCash = sellSeat(f, QStringLiteral("S-A-1"), QJsonArray{cash(kSeat)});
        const CommandOutcome byCard = sellSeat(f, QStringLiteral("S-A-2"),
                                               QJsonArray{payment(QStringLiteral("card"), kSeat)});
        TESSERA_VERIFY_OK(byCash.result);
        TESSERA_VERIFY_OK(byCard.result);
        TESSERA_VERIFY_OK(
            f.run(kClose, closeShift({{10000, 3}, {5000, 1}, {2000, 1}, {1000, 1}})).result);
        const qint64 refunds = count(f, QStringLiteral("refunds"));
        TESSERA_VERIFY_REFUSED(f.run(QStringLiteral("refund"), refund(orderOf(byCash))),
                               ErrorCode::ShiftRequired, QStringLiteral("order"));
        QCOMPARE(count(f, QStringLiteral("refunds")), refunds);
        QCOMPARE(seatState(f, f.ids().event, QStringLiteral("S-A-1")), 2);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(orderOf(byCash))),
            1);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"), refund(orderOf(byCard))).result);
        TESSERA_VERIFY_OK(f.run(kOpen, openShift(0)).result);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"), refund(orderOf(byCash))).result);
        verifyJournalGapFree(f);
    }

    void aPolicyWithAnUnknownRuleIsRefusedNamingTheField()
    {
        EngineFixture f;
        TESSERA_VERIFY_REFUSED(
            f.run(kPolicy, QJsonObject{{QStringLiteral("required_for"), QStringLiteral("some")}}),
            ErrorCode::InvalidInput, QStringLiteral("required_for"));
        TESSERA_VERIFY_REFUSED(
            f.run(kPolicy, QJsonObject{{QStringLiteral("blind_count"), QStringLiteral("yes")}}),
            ErrorCode::InvalidInput, QStringLiteral("blind_count"));
        TESSERA_VERIFY_REFUSED(f.run(kPolicy, QJsonObject{}), ErrorCode::MissingField,
                               QStringLiteral("required_for"));
        const CommandOutcome blind =
            f.run(kPolicy, QJsonObject{{QStringLiteral("blind_count"), false}});
        TESSERA_VERIFY_OK(blind.result);
        SqliteDb db = f.reader();
        QCOMPARE(ShiftPolicy::read(db).blindCount, false);
        QCOMPARE(ShiftPolicy::read(db, ShiftRule::None).requiredFor, ShiftRule::None);
    }

    void closingWithADifferenceNeedsASupervisorsApproval()
    {
        EngineFixture f;
        createStaff(f);
        TESSERA_VERIFY_OK(as(f, QStringLiteral("anna"), kOpen, openShift(10000)).result);
        // Expected ¥100, counted ¥95: five short.
        const QJsonObject count95 = closeShift({{5000, 1}, {2000, 2}, {500, 1}});
        const CommandOutcome alone = as(f, QStringLiteral("anna"), kClose, count95);
        TESSERA_VERIFY_REFUSED(alone, ErrorCode::OverrideRequired, QStringLiteral("override_by"));
        QVERIFY2(alone.result.error().message.contains(QStringLiteral("short")),
                 qPrintable(alone.result.error().message));
        QCOMPARE(count(f, QStringLiteral("shifts"), QStringLiteral("closed_at IS NULL")), 1);
        // Another cashier cannot approve.
        TESSERA_VERIFY_REFUSED(as(f, QStringLiteral("anna"), kClose, count95, QStringLiteral("bo")),
                               ErrorCode::PermissionDenied, QStringLiteral("override_by"));
        const CommandOutcome approved =
            as(f, QStringLiteral("anna"), kClose, count95, QStringLiteral("sam"));
        TESSERA_VERIFY_OK(approved.result);
        QCOMPARE(approved.result.value()[QStringLiteral("approved_by")].toString(),
                 QStringLiteral("sam"));
        QCOMPARE(f.text(QStringLiteral("SELECT approved_by FROM shifts")), QStringLiteral("sam"));
        SqliteDb db = f.reader();
        ShiftQueries shifts(db, QStringLiteral("T1"));
        auto report = shifts.report(*shifts.latestShift().value());
        TESSERA_VERIFY_OK(report);
        QCOMPARE((*report)[QStringLiteral("approved_by")].toString(), QStringLiteral("sam"));
        QCOMPARE((*report)[QStringLiteral("difference")].toInteger(), -500);
        verifyJournalGapFree(f);
    }

    void aBalancedCloseNeedsNoApprovalASupervisorApprovesTheirOwn()
    {
        EngineFixture f;
        createStaff(f);
        TESSERA_VERIFY_OK(as(f, QStringLiteral("anna"), kOpen, openShift(10000)).result);
        const CommandOutcome balanced =
            as(f, QStringLiteral("anna"), kClose, closeShift({{10000, 1}}));
        TESSERA_VERIFY_OK(balanced.result);
        QCOMPARE(balanced.result.value()[QStringLiteral("approved_by")].toString(), QString());
        TESSERA_VERIFY_OK(as(f, QStringLiteral("sam"), kOpen, openShift(10000)).result);
        const CommandOutcome over =
            as(f, QStringLiteral("sam"), kClose, closeShift({{10000, 1}, {100, 1}}));
        TESSERA_VERIFY_OK(over.result);
        QCOMPARE(over.result.value()[QStringLiteral("approved_by")].toString(),
                 QStringLiteral("sam"));
    }
};

QTEST_MAIN(TestCashControl)
#include "testcashcontrol.moc"
