// SPDX-License-Identifier: GPL-3.0-or-later
// The server's sync rules (JournalIngest, SalesProjection) know no database:
// three consoles' real journals (every kind of entry the server projects)
// go through them into the server's SQLite storage, as a running server
// keeps them, and into a second storage kept in memory. Both hold the same
// rows, row by row; a rebuild gives them again; replays, overlaps, holes
// and changed entries are answered alike by both.
#include "crypto/sha256.h"
#include "enginefixture.h"
#include "enrolledterminal.h"
#include "memorysyncstores.h"
#include "salesscenarios.h"
#include "sync/journalbatch.h"
#include "sync/journalingest.h"
#include "sync/journalservice.h"
#include "sync/rebuildsalescommand.h"
#include "sync/salesprojection.h"
#include "terminals/terminalservice.h"
#include "terminals/terminaltokens.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

std::vector<QByteArray> digestsOf(const std::vector<ShippedEntry> &entries)
{
    std::vector<QByteArray> out;
    for (const ShippedEntry &e : entries)
        out.push_back(e.digest());
    return out;
}

std::vector<ShippedEntry> slice(const std::vector<ShippedEntry> &all, qint64 from, qint64 to)
{
    std::vector<ShippedEntry> out;
    for (const ShippedEntry &e : all)
        if (e.seq >= from && e.seq <= to)
            out.push_back(e);
    return out;
}

} // namespace

class TestSalesProjection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_server;
    std::unique_ptr<SqliteDb> m_reader;
    std::unique_ptr<JournalService> m_journal;
    std::vector<std::unique_ptr<EngineFixture>> m_consoles;
    std::vector<TerminalIdentity> m_terminals;
    MemoryJournalLedger m_ledger;
    MemorySalesMirror m_mirror;

    TerminalIdentity enrol(const QString &name)
    {
        return enrolTerminal(*m_server, *m_reader, name);
    }

    // The server's catalog names, as the memory mirror's own copy.
    void copyCatalogNames()
    {
        auto seats = m_reader->prepare(QStringLiteral(
            "SELECT e.id, s.guid, c.name FROM events e JOIN seats s ON s.venue_id = e.venue_id "
            "JOIN categories c ON c.id = s.category_id WHERE e.id = ?"));
        QVERIFY(seats.ok());
        seats->bind(1, m_server->ids().event);
        QVERIFY(seats
                    ->forEachRow([&](SqliteStatement &s) {
                        m_mirror.seatCategories.insert(
                            s.columnText(0) + QLatin1Char('/') + s.columnText(1), s.columnText(2));
                    })
                    .ok());
        auto quotas = m_reader->prepare(QStringLiteral("SELECT id, name FROM ga_quotas"));
        QVERIFY(quotas.ok());
        QVERIFY(quotas
                    ->forEachRow([&](SqliteStatement &s) {
                        m_mirror.quotaNames.insert(s.columnInt(0), s.columnText(1));
                    })
                    .ok());
        QVERIFY(!m_mirror.seatCategories.isEmpty());
        QVERIFY(!m_mirror.quotaNames.isEmpty());
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<EngineFixture>();
        QVERIFY(TerminalService(m_server->engine(), {}).prepare().ok());
        m_reader = std::make_unique<SqliteDb>(m_server->reader());
        m_journal =
            std::make_unique<JournalService>(m_server->engine(), *m_reader, m_server->clock());
        copyCatalogNames();
        void (*scenarios[])(EngineFixture &) = {sellAtBoxOne, sellAtBoxTwo, sellThenCancelTheEvent};
        int n = 0;
        for (auto scenario : scenarios) {
            m_consoles.push_back(std::make_unique<EngineFixture>());
            scenario(*m_consoles.back());
            m_terminals.push_back(enrol(QStringLiteral("BOX-%1").arg(++n)));
        }
    }
    void cleanupTestCase()
    {
        m_journal.reset();
        m_reader.reset();
        m_server.reset();
        m_consoles.clear();
    }

    void theSameJournalsGiveTheSameRowsInMemoryAndInSqlite()
    {
        for (size_t i = 0; i < m_consoles.size(); ++i) {
            const std::vector<ShippedEntry> entries = wholeJournal(*m_consoles[i]);
            QVERIFY(entries.size() > 5);
            // The server as it runs: the batch over HTTP's body, the engine's writer.
            auto sqlite = m_journal->ingest(m_terminals[i], JournalBatch::toJson(entries));
            QVERIFY2(sqlite.ok(), sqlite.ok() ? "" : qPrintable(sqlite.error().toString()));
            // The same rules over the memory storage.
            auto memory = JournalIngest(m_ledger, m_mirror)
                              .ingest(m_terminals[i].id, entries, digestsOf(entries), 0);
            QVERIFY2(memory.ok(), memory.ok() ? "" : qPrintable(memory.error().toString()));
            QCOMPARE(*memory, *sqlite);
            QCOMPARE(memory->value(QStringLiteral("received")).toInteger(), qint64(entries.size()));
        }
        const QStringList rows = m_mirror.rows();
        // Every kind of row, from every terminal: not an empty comparison.
        for (const char *kind : {"order|", "line|", "payment|", "refund|", "redemption|"})
            QVERIFY2(
                !rows.filter(QRegularExpression(QLatin1Char('^') + QLatin1String(kind))).isEmpty(),
                kind);
        for (const TerminalIdentity &t : m_terminals)
            QVERIFY(!rows.filter(QStringLiteral("order|%1|").arg(t.id)).isEmpty());
        // The cancelled event refunded what it had sold at BOX-3, not the card key.
        QVERIFY(!rows.filter(QStringLiteral("|storm|")).isEmpty());
        QCOMPARE(sqliteSalesMirrorRows(*m_reader), rows);
    }

    void aRebuildGivesTheSameRowsAgain()
    {
        const QStringList before = m_mirror.rows();
        QVERIFY(!before.isEmpty());
        auto memory = SalesProjection(m_mirror).rebuild(m_ledger);
        QVERIFY(memory.ok());
        QCOMPARE(m_mirror.rows(), before);
        auto sqlite = m_server->engine().execute(
            CommandRequest(std::make_unique<RebuildSalesCommand>(), QStringLiteral("rebuild-1")));
        QVERIFY(sqlite.result.ok());
        QCOMPARE(sqlite.result->value(QStringLiteral("entries")).toInteger(), *memory);
        QCOMPARE(sqliteSalesMirrorRows(*m_reader), before);
    }

    void replaysOverlapsHolesAndChangesAreAnsweredAlike()
    {
        const std::vector<ShippedEntry> all = wholeJournal(*m_consoles.front());
        const TerminalIdentity &box1 = m_terminals.front();
        const qint64 last = all.back().seq;
        const QStringList rows = m_mirror.rows();
        auto both = [&](const std::vector<ShippedEntry> &entries) {
            auto sqlite = m_journal->ingest(box1, JournalBatch::toJson(entries));
            auto memory =
                JournalIngest(m_ledger, m_mirror).ingest(box1.id, entries, digestsOf(entries), 0);
            return std::make_pair(memory, sqlite);
        };
        // A replay and an overlap: all duplicates, nothing new.
        for (const auto &batch : {all, slice(all, last - 2, last)}) {
            auto [memory, sqlite] = both(batch);
            QVERIFY(memory.ok() && sqlite.ok());
            QCOMPARE(*memory, *sqlite);
            QCOMPARE(memory->value(QStringLiteral("received")).toInteger(), 0);
            QCOMPARE(memory->value(QStringLiteral("duplicates")).toInteger(), qint64(batch.size()));
        }
        // A hole: refused, naming where to resume.
        ShippedEntry ahead = all.back();
        ahead.seq = last + 2;
        {
            auto [memory, sqlite] = both({ahead});
            QVERIFY(!memory.ok() && !sqlite.ok());
            QCOMPARE(memory.error().code, ErrorCode::InvalidState);
            QCOMPARE(sqlite.error().code, memory.error().code);
            QCOMPARE(sqlite.error().where, memory.error().where);
            QCOMPARE(sqlite.error().message, memory.error().message);
        }
        // A changed entry under a known sequence.
        std::vector<ShippedEntry> changed = slice(all, 1, 2);
        changed.back().result = QByteArrayLiteral("{\"order\":999}");
        {
            auto [memory, sqlite] = both(changed);
            QVERIFY(!memory.ok() && !sqlite.ok());
            QCOMPARE(memory.error().code, ErrorCode::IdempotencyConflict);
            QCOMPARE(sqlite.error().code, memory.error().code);
            QCOMPARE(sqlite.error().where, QStringLiteral("entries[1]"));
            QCOMPARE(sqlite.error().where, memory.error().where);
        }
        QCOMPARE(m_mirror.rows(), rows);
        QCOMPARE(sqliteSalesMirrorRows(*m_reader), rows);
    }
};

QTEST_MAIN(TestSalesProjection)
#include "testsalesprojection.moc"
