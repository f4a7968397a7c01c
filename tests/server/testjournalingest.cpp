// SPDX-License-Identifier: GPL-3.0-or-later
// Journal up, on the server's engine: a console's real journal shipped in
// batches, replays, overlaps, holes, changed entries and malformed batches.
#include "common/randomsource.h"
#include "crypto/sha256.h"
#include "enginefixture.h"
#include "enrolledterminal.h"
#include "sync/journalbatch.h"
#include "sync/journalservice.h"
#include "terminals/terminalservice.h"
#include "terminals/terminaltokens.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

// The console's journal rows [from, to], as they travel up.
std::vector<ShippedEntry> entriesOf(EngineFixture &console, qint64 from, qint64 to)
{
    std::vector<ShippedEntry> out;
    SqliteDb db = console.reader();
    auto stmt = db.prepare(QStringLiteral("SELECT seq, kind, idem_key, request_hash, payload, "
                                          "result, actor, created_at FROM journal "
                                          "WHERE seq BETWEEN ? AND ? ORDER BY seq"));
    stmt->bind(1, from).bind(2, to);
    (void)stmt->forEachRow([&](SqliteStatement &s) {
        out.push_back({s.columnInt(0), s.columnText(1), s.columnText(2), s.columnBlob(3),
                       s.columnBlob(4), s.columnBlob(5), s.columnText(6), s.columnInt(7)});
    });
    return out;
}

QJsonObject batch(EngineFixture &console, qint64 from, qint64 to)
{
    return JournalBatch::toJson(entriesOf(console, from, to));
}

} // namespace

class TestJournalIngest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_console; // the terminal: demo + a few sales
    std::unique_ptr<EngineFixture> m_server;
    std::unique_ptr<SqliteDb> m_reader;
    std::unique_ptr<JournalService> m_journal;
    TerminalIdentity m_box1;
    TerminalIdentity m_box2;
    qint64 m_consoleSeq = 0;

    TerminalIdentity enrol(const QString &name)
    {
        return enrolTerminal(*m_server, *m_reader, name);
    }

    qint64 stored(qint64 terminal)
    {
        return m_server->scalar(
            QStringLiteral("SELECT COUNT(*) FROM terminal_journal WHERE terminal_id = %1")
                .arg(terminal));
    }

private slots:
    void init()
    {
        m_console = std::make_unique<EngineFixture>();
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_console->sellStandingDeposit().result.ok());
        m_consoleSeq = m_console->scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        QVERIFY(m_consoleSeq >= 6);
        m_server = std::make_unique<EngineFixture>();
        QVERIFY(TerminalService(m_server->engine(), {}).prepare().ok());
        m_reader = std::make_unique<SqliteDb>(m_server->reader());
        m_journal =
            std::make_unique<JournalService>(m_server->engine(), *m_reader, m_server->clock());
        m_box1 = enrol(QStringLiteral("BOX-1"));
        m_box2 = enrol(QStringLiteral("BOX-2"));
    }
    void cleanup()
    {
        m_journal.reset();
        m_reader.reset();
        m_server.reset();
        m_console.reset();
    }

    void batchesInOrderAreKeptAndAcknowledged()
    {
        auto first = m_journal->ingest(m_box1, batch(*m_console, 1, 3));
        QVERIFY(first.ok());
        QCOMPARE(first->value(QStringLiteral("acked")).toInteger(), 3);
        QCOMPARE(first->value(QStringLiteral("received")).toInteger(), 3);
        QCOMPARE(m_journal->acknowledged(m_box1.id).value(), 3);
        auto rest = m_journal->ingest(m_box1, batch(*m_console, 4, m_consoleSeq));
        QVERIFY(rest.ok());
        QCOMPARE(rest->value(QStringLiteral("acked")).toInteger(), m_consoleSeq);
        QCOMPARE(stored(m_box1.id), m_consoleSeq);
        // Kept as the console journalled them.
        QCOMPARE(
            m_server->text(QStringLiteral("SELECT payload FROM terminal_journal WHERE "
                                          "terminal_id = %1 AND seq = %2")
                               .arg(m_box1.id)
                               .arg(m_consoleSeq)),
            m_console->text(
                QStringLiteral("SELECT payload FROM journal WHERE seq = %1").arg(m_consoleSeq)));
    }

    // A server from before the dashboard: its projection has no times,
    // channels, error codes, stock names or refunds. Started again, it gains
    // the columns and projects every stored entry anew.
    void anOlderServerGainsTheDashboardColumnsAndRebuilds()
    {
        QVERIFY(m_journal->ingest(m_box1, batch(*m_console, 1, m_consoleSeq)).ok());
        QVERIFY(m_server->scalar(QStringLiteral("SELECT MIN(created_at) FROM sales_orders")) > 0);
        m_journal.reset();
        m_reader.reset();
        m_server->close();
        {
            auto db = SqliteDb::open(m_server->path());
            QVERIFY(db.ok());
            for (const char *sql :
                 {"DROP TABLE sales_refunds", "DROP INDEX sales_orders_created",
                  "DROP INDEX sales_payments_created",
                  "ALTER TABLE sales_orders DROP COLUMN channel",
                  "ALTER TABLE sales_orders DROP COLUMN created_at",
                  "ALTER TABLE sales_lines DROP COLUMN stock",
                  "ALTER TABLE sales_payments DROP COLUMN error_code",
                  "ALTER TABLE sales_payments DROP COLUMN created_at", "DELETE FROM sales_orders"})
                QVERIFY2(db->exec(QString::fromLatin1(sql)).ok(), sql);
        }
        m_server->reopen();
        QVERIFY(TerminalService(m_server->engine(), {}).prepare().ok());
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 3);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE "
                                                 "channel = 'counter' AND created_at > 0")),
                 3);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM sales_payments WHERE "
                                                 "created_at > 0")),
                 3);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM sales_lines WHERE "
                                                 "stock = ''")),
                 0);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM sales_refunds")), 0);
        m_reader = std::make_unique<SqliteDb>(m_server->reader());
        m_journal =
            std::make_unique<JournalService>(m_server->engine(), *m_reader, m_server->clock());
    }

    void aReplayedBatchChangesNothing()
    {
        QVERIFY(m_journal->ingest(m_box1, batch(*m_console, 1, 3)).ok());
        const qint64 serverSeq = m_server->scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        auto again = m_journal->ingest(m_box1, batch(*m_console, 1, 3));
        QVERIFY(again.ok());
        QCOMPARE(again->value(QStringLiteral("received")).toInteger(), 0);
        QCOMPARE(again->value(QStringLiteral("duplicates")).toInteger(), 3);
        QCOMPARE(again->value(QStringLiteral("acked")).toInteger(), 3);
        QCOMPARE(stored(m_box1.id), 3);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT MAX(seq) FROM journal")), serverSeq);
    }

    void anOverlappingBatchKeepsOnlyWhatIsNew()
    {
        QVERIFY(m_journal->ingest(m_box1, batch(*m_console, 1, 3)).ok());
        auto overlap = m_journal->ingest(m_box1, batch(*m_console, 2, 5));
        QVERIFY(overlap.ok());
        QCOMPARE(overlap->value(QStringLiteral("duplicates")).toInteger(), 2);
        QCOMPARE(overlap->value(QStringLiteral("received")).toInteger(), 2);
        QCOMPARE(stored(m_box1.id), 5);
    }

    void aHoleIsRefusedNamingWhereToResume()
    {
        QVERIFY(m_journal->ingest(m_box1, batch(*m_console, 1, 2)).ok());
        auto hole = m_journal->ingest(m_box1, batch(*m_console, 4, 5));
        QVERIFY(!hole.ok());
        QCOMPARE(hole.error().code, ErrorCode::InvalidState);
        QVERIFY(hole.error().message.contains(QStringLiteral("Send from 3")));
        QCOMPARE(stored(m_box1.id), 2);
        auto fromNothing = m_journal->ingest(m_box2, batch(*m_console, 2, 3));
        QCOMPARE(fromNothing.error().code, ErrorCode::InvalidState);
        QCOMPARE(stored(m_box2.id), 0);
    }

    void aChangedEntryIsRefusedAndNothingOfItsBatchKept()
    {
        QVERIFY(m_journal->ingest(m_box1, batch(*m_console, 1, 3)).ok());
        std::vector<ShippedEntry> forged = entriesOf(*m_console, 3, 4);
        forged[0].result.replace("\"", "\" "); // another answer under a known sequence
        auto refused = m_journal->ingest(m_box1, JournalBatch::toJson(forged));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::IdempotencyConflict);
        QCOMPARE(refused.error().where, QStringLiteral("entries[0]"));
        QCOMPARE(stored(m_box1.id), 3); // entry 4 was not kept either
    }

    void terminalsHaveJournalsOfTheirOwn()
    {
        QVERIFY(m_journal->ingest(m_box1, batch(*m_console, 1, 3)).ok());
        QVERIFY(m_journal->ingest(m_box2, batch(*m_console, 1, 3)).ok());
        QCOMPARE(stored(m_box1.id), 3);
        QCOMPARE(stored(m_box2.id), 3);
        QCOMPARE(m_journal->acknowledged(m_box2.id).value(), 3);
    }

    void malformedBatchesAreRefusedNamingTheFieldAndKeepNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("where");
        QTest::newRow("no seq") << QStringLiteral("seq") << QStringLiteral("entries[1].seq");
        QTest::newRow("bad hash") << QStringLiteral("request_hash")
                                  << QStringLiteral("entries[1].request_hash");
        QTest::newRow("payload not JSON")
            << QStringLiteral("payload") << QStringLiteral("entries[1].payload");
        QTest::newRow("hole inside") << QStringLiteral("hole") << QStringLiteral("entries[1].seq");
        QTest::newRow("unknown field") << QStringLiteral("extra") << QStringLiteral("entries[1]");
    }
    void malformedBatchesAreRefusedNamingTheFieldAndKeepNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, where);
        QJsonObject body = batch(*m_console, 1, 3);
        QJsonArray entries = body.value(QStringLiteral("entries")).toArray();
        QJsonObject second = entries.at(1).toObject();
        if (field == QLatin1String("seq"))
            second.remove(QStringLiteral("seq"));
        else if (field == QLatin1String("request_hash"))
            second.insert(QStringLiteral("request_hash"), QStringLiteral("zz"));
        else if (field == QLatin1String("payload"))
            second.insert(QStringLiteral("payload"), QStringLiteral("{not json"));
        else if (field == QLatin1String("hole"))
            second.insert(QStringLiteral("seq"), 7);
        else
            second.insert(QStringLiteral("extra"), 1);
        entries.replace(1, second);
        body.insert(QStringLiteral("entries"), entries);
        auto refused = m_journal->ingest(m_box1, body);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code,
                 field == QLatin1String("seq") ? ErrorCode::MissingField : ErrorCode::InvalidInput);
        QVERIFY2(refused.error().where.startsWith(where), qPrintable(refused.error().where));
        QCOMPARE(stored(m_box1.id), 0);
    }

    void emptyAndOversizedBatchesAreRefused()
    {
        QCOMPARE(
            m_journal->ingest(m_box1, {{QStringLiteral("entries"), QJsonArray()}}).error().where,
            QStringLiteral("entries"));
        std::vector<ShippedEntry> many;
        const ShippedEntry one = entriesOf(*m_console, 1, 1).front();
        for (int i = 1; i <= JournalBatch::kMaxEntries + 1; ++i) {
            ShippedEntry e = one;
            e.seq = i;
            many.push_back(e);
        }
        auto refused = m_journal->ingest(m_box1, JournalBatch::toJson(many));
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QString::number(JournalBatch::kMaxEntries)));
        QCOMPARE(stored(m_box1.id), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournalIngest)
#include "testjournalingest.moc"
