// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "sales/sellcommand.h"
#include "threadpolicies.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

#include <atomic>
#include <latch>

#include <sched.h>

using namespace tessera;
using namespace tessera::test;

namespace {

QJsonObject seatSale(qint64 event, const QString &seat)
{
    return QJsonObject{
        {QStringLiteral("event"), event},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("seat"), seat}}}},
        {QStringLiteral("payments"),
         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                {QStringLiteral("amount"), 38000}}}}};
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void answeredCommandIsOnDiskAfterReopen()
    {
        EngineFixture f;
        auto sold = f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-1")));
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = sold.result.value()[QStringLiteral("order")].toInteger();
        f.reopen();
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(order)), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 2")), 1);
    }

    void sameKeySameRequestReturnsFirstResult()
    {
        EngineFixture f;
        const QJsonObject sale = seatSale(f.ids().event, QStringLiteral("S-A-2"));
        auto first = f.run(QStringLiteral("sell"), sale, QStringLiteral("k1"));
        auto second = f.run(QStringLiteral("sell"), sale, QStringLiteral("k1"));
        QVERIFY(first.result.ok());
        QVERIFY(second.result.ok());
        QVERIFY(!first.replayed);
        QVERIFY(second.replayed);
        QCOMPARE(second.result.value(), first.result.value());
        QCOMPARE(second.journalSeq, first.journalSeq);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
    }

    void sameKeyDifferentRequestIsRefused()
    {
        EngineFixture f;
        QVERIFY(f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-3")),
                      QStringLiteral("k1"))
                    .result.ok());
        auto other = f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-4")),
                           QStringLiteral("k1"));
        QVERIFY(!other.result.ok());
        QCOMPARE(other.result.error().code, ErrorCode::IdempotencyConflict);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM event_seats es JOIN seats s ON "
                                         "s.id = es.seat_id WHERE s.guid = 'S-A-4'")),
                 0);
    }

    void refusedCommandLeavesNoJournalEntry()
    {
        EngineFixture f;
        const qint64 before = f.engine().stats().journalSeq;
        auto r = f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("NOPE")));
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().code, ErrorCode::UnknownReference);
        QCOMPARE(r.journalSeq, 0);
        QCOMPARE(f.engine().stats().journalSeq, before);
    }

    void journalSequenceIsGapFree()
    {
        EngineFixture f;
        for (int i = 1; i <= 5; ++i) {
            (void)f.run(QStringLiteral("sell"),
                        seatSale(f.ids().event, QStringLiteral("S-B-%1").arg(i)));
            (void)f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("NOPE")));
        }
        const qint64 count = f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal")), count);
        QCOMPARE(f.scalar(QStringLiteral("SELECT MIN(seq) FROM journal")), 1);
    }

    void concurrentSubmissionsAreGroupCommitted()
    {
        EngineFixture f;
        const qint64 batchesBefore = f.engine().stats().batches;
        constexpr int kSales = 200;
        std::atomic<int> ok{0};
        std::latch done(kSales);
        for (int i = 0; i < kSales; ++i) {
            auto command = SellCommand::fromJson(QJsonObject{
                {QStringLiteral("event"), f.ids().event},
                {QStringLiteral("lines"),
                 QJsonArray{QJsonObject{{QStringLiteral("ga"), f.ids().standingQuota}}}},
                {QStringLiteral("payments"),
                 QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                        {QStringLiteral("amount"), 12000}}}}});
            QVERIFY(command.ok());
            f.engine().submit(CommandRequest{std::move(*command), QStringLiteral("ga-%1").arg(i),
                                             QStringLiteral("t")},
                              [&](CommandOutcome outcome) {
                                  if (outcome.result.ok())
                                      ++ok;
                                  done.count_down();
                              });
        }
        done.wait();
        QCOMPARE(ok.load(), kSales);
        // Far fewer commits than commands: callers shared transactions.
        QVERIFY(f.engine().stats().batches - batchesBefore < kSales);
    }

    void submissionsAfterStopAreRefused()
    {
        EngineFixture f;
        f.engine().stop();
        auto r = f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-1")));
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().code, ErrorCode::EngineStopped);
    }

    void missingIdempotencyKeyIsRefused()
    {
        EngineFixture f;
        auto r = f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-1")),
                       QString());
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().code, ErrorCode::MissingField);
    }

    // Waking the answer thread must not take the CPU from the writer: it
    // runs as SCHED_BATCH, which the kernel never lets preempt on wake-up.
    void theAnswerThreadDoesNotPreemptTheWriter()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-5"))).result);
        const QMap<QString, int> policies = test::threadPolicies(); // name -> policy
        QVERIFY2(policies.contains(QStringLiteral("tessera-answers")),
                 qPrintable(QStringList(policies.keys()).join(u' ')));
        QCOMPARE(policies.value(QStringLiteral("tessera-answers")), int(SCHED_BATCH));
        QCOMPARE(policies.value(QStringLiteral("tessera-writer")), int(SCHED_OTHER));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "testengine.moc"
