// SPDX-License-Identifier: GPL-3.0-or-later
// A refused or failing command leaves nothing and sinks nobody else: a batch
// whose command failed after writing is applied again with a savepoint per
// command, the caches forget what a rolled-back command touched, and only a
// failed COMMIT fails the batch.
#include "api/commandfactory.h"
#include "enginefixture.h"
#include "faultcommands.h"
#include "sales/ticketcode.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <latch>
#include <mutex>

using namespace tessera;
using namespace tessera::test;

namespace {

QJsonArray cash(qint64 amount)
{
    return QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                  {QStringLiteral("amount"), amount}}};
}

QJsonObject seatSale(qint64 event, const QString &seat)
{
    return QJsonObject{
        {QStringLiteral("event"), event},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("seat"), seat}}}},
        {QStringLiteral("payments"), cash(38000)}};
}

QJsonObject gaSale(qint64 event, qint64 quota, const QString &customer = {})
{
    QJsonObject sale{
        {QStringLiteral("event"), event},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("ga"), quota}}}},
        {QStringLiteral("payments"), cash(12000)}};
    if (!customer.isEmpty())
        sale.insert(QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("name"), customer},
                                {QStringLiteral("email"),
                                 QString(customer + QStringLiteral("@example.org"))},
                                {QStringLiteral("phone"), QStringLiteral("+86 138 0000 0000")}});
    return sale;
}

QJsonObject cardSale(qint64 product, int quantity)
{
    return QJsonObject{
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("card"), product},
                                                         {QStringLiteral("quantity"), quantity}}}},
        {QStringLiteral("payments"), cash(10000 * quantity)}};
}

// Submits the requests so that the writer applies them as one batch: it is
// held inside a blocking command while they queue up behind it.
std::vector<CommandOutcome> inOneBatch(Engine &engine, std::vector<CommandRequest> requests)
{
    std::binary_semaphore entered(0), release(0);
    std::latch blocked(1);
    engine.submit(CommandRequest{std::make_unique<BlockingCommand>(entered, release),
                                 QStringLiteral("block-%1").arg(quintptr(&entered)),
                                 {}},
                  [&](CommandOutcome) { blocked.count_down(); });
    entered.acquire();
    std::vector<CommandOutcome> outcomes(requests.size());
    std::latch done(qsizetype(requests.size()));
    for (size_t i = 0; i < requests.size(); ++i)
        engine.submit(std::move(requests[i]), [&, i](CommandOutcome o) {
            outcomes[i] = std::move(o);
            done.count_down();
        });
    release.release();
    blocked.wait();
    done.wait();
    return outcomes;
}

CommandRequest request(const QString &kind, const QJsonObject &json, const QString &key)
{
    auto command = CommandFactory::fromJson(kind, json);
    if (!command)
        qFatal("bad request: %s", qPrintable(command.error().toString()));
    return CommandRequest{std::move(*command), key, QStringLiteral("tester")};
}

// Sells S-A-2 and takes a card code, then fails.
CommandRequest writeThenFail(EngineFixture &f)
{
    return CommandRequest{std::make_unique<WriteThenFailCommand>(
                              f.ids().event, QStringLiteral("S-A-2"), f.ids().cardProduct),
                          QStringLiteral("bad"), QStringLiteral("tester")};
}

// The journal numbers 1..N without a hole.
bool journalIsGapFree(EngineFixture &f)
{
    return f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal")) ==
               f.scalar(QStringLiteral("SELECT MAX(seq) FROM journal")) &&
           f.scalar(QStringLiteral("SELECT MIN(seq) FROM journal")) == 1;
}

QStringList cacheMismatches(Engine &engine)
{
    auto outcome =
        engine.execute(std::make_unique<CacheCheckCommand>(),
                       QStringLiteral("check-%1").arg(QDateTime::currentMSecsSinceEpoch()) +
                           QString::number(quintptr(&engine)) +
                           QString::number(QRandomGenerator::global()->generate()));
    if (!outcome.result)
        return QStringList{QStringLiteral("check failed: ") + outcome.result.error().toString()};
    QStringList out;
    for (const QJsonValue &v : outcome.result.value()[QStringLiteral("mismatches")].toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestEngineFaults : public QObject
{
    Q_OBJECT

private slots:
    void refusalAfterWritingLeavesNothingAndSinksNobody()
    {
        EngineFixture f;
        const qint64 cardsBefore =
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 0"));
        const EngineStats before = f.engine().stats();
        std::vector<CommandRequest> batch;
        batch.push_back(request(QStringLiteral("sell"),
                                seatSale(f.ids().event, QStringLiteral("S-A-1")),
                                QStringLiteral("a")));
        batch.push_back(writeThenFail(f));
        batch.push_back(request(QStringLiteral("sell"),
                                seatSale(f.ids().event, QStringLiteral("S-A-3")),
                                QStringLiteral("b")));
        const auto outcomes = inOneBatch(f.engine(), std::move(batch));
        QVERIFY(outcomes[0].result.ok());
        QCOMPARE(outcomes[1].result.error().code, ErrorCode::InvalidState);
        QCOMPARE(outcomes[1].journalSeq, 0);
        QVERIFY(outcomes[2].result.ok());
        QCOMPARE(outcomes[2].journalSeq, outcomes[0].journalSeq + 1);
        // The three came in one batch (the blocking command had its own),
        // applied a second time command by command after the failure.
        QCOMPARE(f.engine().stats().batches - before.batches, 2);
        QCOMPARE(f.engine().stats().batchesAppliedAgain - before.batchesAppliedAgain, 1);

        // Nothing of the refusal is on disk...
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'half_applied'")),
            0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 2")), 2);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 0")),
                 cardsBefore);
        QVERIFY(journalIsGapFree(f));
        // ...nor in the caches: the seat, the standing places and every code still sell.
        QCOMPARE(cacheMismatches(f.engine()), QStringList());
        QVERIFY(f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-2")))
                    .result.ok());
        QVERIFY(f.run(QStringLiteral("sell"), gaSale(f.ids().event, f.ids().standingQuota))
                    .result.ok());
        QVERIFY(f.run(QStringLiteral("sell"), cardSale(f.ids().cardProduct, int(cardsBefore)))
                    .result.ok());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 0")), 0);
        QVERIFY(journalIsGapFree(f));
    }

    void refusalBeforeWritingKeepsTheCaches()
    {
        EngineFixture f;
        QVERIFY(f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-1")))
                    .result.ok());
        auto again =
            f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-1")));
        QCOMPARE(again.result.error().code, ErrorCode::SeatUnavailable);
        QCOMPARE(cacheMismatches(f.engine()), QStringList());
        QVERIFY(journalIsGapFree(f));
        // A refusal that wrote nothing costs no second pass.
        QCOMPARE(f.engine().stats().batchesAppliedAgain, 0);
    }

    void aBatchAppliedAgainAnswersWhatIsOnDisk()
    {
        EngineFixture f;
        std::vector<CommandRequest> batch;
        batch.push_back(request(QStringLiteral("sell"),
                                seatSale(f.ids().event, QStringLiteral("S-A-1")),
                                QStringLiteral("a")));
        batch.push_back(request(QStringLiteral("sell"),
                                seatSale(f.ids().event, QStringLiteral("S-A-1")),
                                QStringLiteral("a")));
        batch.push_back(writeThenFail(f));
        batch.push_back(request(QStringLiteral("sell"),
                                seatSale(f.ids().event, QStringLiteral("S-A-1")),
                                QStringLiteral("taken")));
        const auto outcomes = inOneBatch(f.engine(), std::move(batch));
        QCOMPARE(f.engine().stats().batchesAppliedAgain, 1);
        QVERIFY(outcomes[0].result.ok());
        QVERIFY(!outcomes[0].replayed);
        // The second "a" replays the first as applied the second time.
        QVERIFY(outcomes[1].replayed);
        QCOMPARE(outcomes[1].journalSeq, outcomes[0].journalSeq);
        QCOMPARE(outcomes[1].result.value(), outcomes[0].result.value());
        QCOMPARE(outcomes[2].result.error().code, ErrorCode::InvalidState);
        QCOMPARE(outcomes[3].result.error().code, ErrorCode::SeatUnavailable);
        // The ticket code handed out is the one stored, not one from the
        // rolled-back first pass.
        const QJsonObject ticket =
            outcomes[0].result.value()[QStringLiteral("tickets")].toArray().first().toObject();
        const auto code = TicketCode::parse(ticket[QStringLiteral("code")].toString());
        QVERIFY(code);
        QCOMPARE(code->lineId, ticket[QStringLiteral("line")].toInteger());
        QCOMPARE(
            f.text(
                QStringLiteral("SELECT secret FROM order_lines WHERE id = %1").arg(code->lineId)),
            code->secret);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
        QVERIFY(journalIsGapFree(f));
        QCOMPARE(cacheMismatches(f.engine()), QStringList());
    }

    void constraintErrorInOneCommandFailsOnlyThatCommand()
    {
        EngineFixture f;
        const qint64 victim = f.scalar(QStringLiteral("SELECT id FROM seats WHERE guid = 'S-A-5'"));
        {
            // Another connection adds a trigger that raises on one insert: the
            // writer notices the file changed (data_version) and reloads.
            auto db = SqliteDb::open(f.path());
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral(
                                 "CREATE TRIGGER fail_line BEFORE INSERT ON order_lines "
                                 "WHEN NEW.ref_id = %1 BEGIN SELECT RAISE(ABORT, 'injected'); END")
                                 .arg(victim))
                        .ok());
        }
        std::vector<CommandRequest> batch;
        batch.push_back(request(QStringLiteral("sell"),
                                seatSale(f.ids().event, QStringLiteral("S-A-4")),
                                QStringLiteral("a")));
        batch.push_back(request(QStringLiteral("sell"),
                                seatSale(f.ids().event, QStringLiteral("S-A-5")),
                                QStringLiteral("victim")));
        batch.push_back(request(QStringLiteral("sell"),
                                seatSale(f.ids().event, QStringLiteral("S-A-6")),
                                QStringLiteral("b")));
        const auto outcomes = inOneBatch(f.engine(), std::move(batch));
        QVERIFY(outcomes[0].result.ok());
        QCOMPARE(outcomes[1].result.error().code, ErrorCode::StorageError);
        QVERIFY(outcomes[1].result.error().message.contains(QStringLiteral("injected")));
        QVERIFY(outcomes[2].result.ok());
        QCOMPARE(outcomes[2].journalSeq, outcomes[0].journalSeq + 1);
        // The victim's order row (written before its line failed) is gone too.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 2);
        QCOMPARE(
            f.scalar(
                QStringLiteral("SELECT state FROM event_seats WHERE seat_id = %1").arg(victim)),
            0);
        QVERIFY(journalIsGapFree(f));
        QCOMPARE(cacheMismatches(f.engine()), QStringList());
        {
            auto db = SqliteDb::open(f.path());
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("DROP TRIGGER fail_line")).ok());
        }
        // A retry of the same key is a new attempt, and now it goes through.
        auto retry = f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-5")),
                           QStringLiteral("victim"));
        QVERIFY2(retry.result.ok(),
                 qPrintable(retry.result.ok() ? QString() : retry.result.error().toString()));
        QVERIFY(!retry.replayed);
        QVERIFY(journalIsGapFree(f));
    }

    void fullDiskRefusesTheSalesThatDoNotFitAndKeepsTheRest()
    {
        EngineFixture f;
        const qint64 pages = f.scalar(QStringLiteral("PRAGMA page_count"));
        f.setMaxPageCount(pages + 3);
        f.reopen();
        // Customers make the rows large, so a few dozen sales fill three pages.
        std::vector<CommandRequest> batch;
        constexpr int kSales = 120;
        for (int i = 0; i < kSales; ++i)
            batch.push_back(request(QStringLiteral("sell"),
                                    gaSale(f.ids().event, f.ids().standingQuota,
                                           QStringLiteral("Customer %1 ").arg(i).repeated(8)),
                                    QStringLiteral("full-%1").arg(i)));
        const auto outcomes = inOneBatch(f.engine(), std::move(batch));
        QList<qint64> acknowledged;
        int full = 0;
        for (const CommandOutcome &o : outcomes) {
            if (o.result.ok()) {
                acknowledged << o.result.value()[QStringLiteral("order")].toInteger();
            } else {
                QCOMPARE(o.result.error().code, ErrorCode::StorageError);
                ++full;
            }
        }
        QVERIFY2(full > 0, "the disk never filled up");
        QVERIFY2(!acknowledged.isEmpty(), "nothing fitted");
        f.close();
        // Every acknowledged sale is on disk and nothing else is.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), acknowledged.size());
        for (const qint64 order : acknowledged)
            QCOMPARE(
                f.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE id = %1").arg(order)),
                1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1")
                              .arg(f.ids().standingQuota)),
                 acknowledged.size());
        QVERIFY(journalIsGapFree(f));
        QCOMPARE(f.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")),
                 0);

        // With room again, the same engine file sells on from where it stopped.
        f.setMaxPageCount(0);
        f.reopen();
        QCOMPARE(cacheMismatches(f.engine()), QStringList());
        QVERIFY(f.run(QStringLiteral("sell"), gaSale(f.ids().event, f.ids().standingQuota))
                    .result.ok());
        QVERIFY(journalIsGapFree(f));
    }

    void fullDiskWhileTheEngineRunsKeepsItsCachesTrue()
    {
        EngineFixture f;
        const qint64 pages = f.scalar(QStringLiteral("PRAGMA page_count"));
        f.setMaxPageCount(pages + 2);
        f.reopen();
        int failed = 0;
        for (int i = 0; i < 80 && failed < 3; ++i) {
            auto o = f.run(QStringLiteral("sell"),
                           gaSale(f.ids().event, f.ids().standingQuota,
                                  QStringLiteral("Someone %1 ").arg(i).repeated(10)));
            if (!o.result.ok())
                ++failed;
        }
        QCOMPARE(failed, 3);
        // The cache check writes a journal row too, so it may not fit: look
        // from a fresh engine with room, against what the full one left.
        const qint64 soldOnDisk = f.scalar(
            QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1").arg(f.ids().standingQuota));
        QCOMPARE(soldOnDisk,
                 f.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE kind = 1")));
        QVERIFY(journalIsGapFree(f));
    }

    void idleWriterBeginsNoTransaction()
    {
        EngineFixture f;
        // A hold that runs out in 20 minutes of the test's clock.
        auto held = f.run(QStringLiteral("hold"),
                          QJsonObject{{QStringLiteral("event"), f.ids().event},
                                      {QStringLiteral("lines"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("seat"), QStringLiteral("S-A-7")}}}}});
        QVERIFY(held.result.ok());
        const qint64 before = f.engine().stats().transactions;
        QTest::qWait(1600);
        QCOMPARE(f.engine().stats().transactions, before);
        // Once it is due, the writer wakes by itself (within a second).
        f.clock().advance(21 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'expire_hold'")), 1,
            5000);
        QCOMPARE(f.engine().stats().transactions, before + 1);
        const qint64 after = f.engine().stats().transactions;
        QTest::qWait(1300);
        QCOMPARE(f.engine().stats().transactions, after);
    }
};

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "testenginefaults.moc"
