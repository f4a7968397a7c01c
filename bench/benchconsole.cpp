// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchconsole.h"

#include "storage/sqlitedb.h"
#include "sync/journalbatch.h"
#include "venue/stadiumplangenerator.h"

namespace tessera::bench {

BenchConsole::BenchConsole(QString path)
    : m_path(std::move(path))
{
    removeDatabase(m_path);
    m_engine = openEngine(m_path);
    m_event = setUpEvent(*m_engine, StadiumPlanGenerator::theatre(), 1000000);
}

BenchConsole::~BenchConsole() = default;

bool BenchConsole::sell(int count)
{
    for (int i = 0; i < count; ++i, ++m_sold) {
        const bool seat = m_sold < m_event.seatGuids.size();
        auto command = seat ? seatSale(m_event, m_sold, m_sold) : gaSale(m_event);
        const CommandOutcome outcome =
            m_engine->execute(std::move(command), QStringLiteral("counter:%1").arg(m_sold));
        if (!outcome.result)
            return false;
    }
    return true;
}

qint64 BenchConsole::journalEnd() const
{
    return m_engine->stats().journalSeq;
}

Result<ExpectedJournal> BenchConsole::expected(qint64 terminalId) const
{
    auto db = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto stmt = db->prepare(
        QStringLiteral("SELECT seq, kind, idem_key, request_hash, payload, result, actor, "
                       "created_at FROM journal ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    auto digests = std::make_shared<QHash<qint64, QByteArray>>();
    qint64 end = 0;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        ShippedEntry e;
        e.seq = s.columnInt(0);
        e.kind = s.columnText(1);
        e.idemKey = s.columnText(2);
        e.requestHash = s.columnBlob(3);
        e.payload = s.columnText(4).toUtf8();
        e.result = s.columnText(5).toUtf8();
        if (!s.columnIsNull(6))
            e.actor = s.columnText(6);
        e.createdAt = s.columnInt(7);
        digests->insert(e.seq, e.digest());
        end = e.seq;
    });
    if (!r)
        return r.error();
    return ExpectedJournal{terminalId, end, [digests](qint64 seq) { return digests->value(seq); }};
}

} // namespace tessera::bench
