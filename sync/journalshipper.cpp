// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalshipper.h"

#include "serverclient.h"
#include "storage/sqlitedb.h"

#include <QJsonArray>

namespace tessera {

Result<JournalShipper::Report> JournalShipper::shipOnce()
{
    auto db = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    // How far the local journal goes, told to the server with the first call
    // so that it can show this terminal's backlog.
    Report report;
    auto end = db->prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal"));
    if (!end)
        return end.error();
    if (auto r = end->forEachRow([&](SqliteStatement &s) { report.local = s.columnInt(0); }); !r)
        return r.error();
    ServerClient client(m_link.address, m_link.ca, m_link.token, m_timeoutMs);
    auto ack = client.get(QStringLiteral("/v1/journal/ack?local=%1").arg(report.local));
    if (!ack)
        return ack.error();
    report.acked = ack->value(QStringLiteral("acked")).toInteger();
    auto batch = db->prepare(QStringLiteral(
        "SELECT seq, kind, idem_key, request_hash, payload, result, actor, created_at "
        "FROM journal WHERE seq > ? ORDER BY seq LIMIT ?"));
    if (!batch)
        return batch.error();
    for (;;) {
        batch->bind(1, report.acked).bind(2, m_batchSize);
        QJsonArray entries;
        auto rows = batch->forEachRow([&](SqliteStatement &s) {
            QJsonObject e{
                {QStringLiteral("seq"), s.columnInt(0)},
                {QStringLiteral("kind"), s.columnText(1)},
                {QStringLiteral("idem_key"), s.columnText(2)},
                {QStringLiteral("request_hash"), QString::fromLatin1(s.columnBlob(3).toHex())},
                {QStringLiteral("payload"), s.columnText(4)},
                {QStringLiteral("result"), s.columnText(5)},
                {QStringLiteral("created_at"), s.columnInt(7)}};
            if (!s.columnIsNull(6))
                e.insert(QStringLiteral("actor"), s.columnText(6));
            entries.push_back(e);
        });
        if (!rows)
            return rows.error();
        if (entries.isEmpty())
            break;
        auto answer = client.post(QStringLiteral("/v1/journal"),
                                  QJsonObject{{QStringLiteral("entries"), entries}});
        if (!answer)
            return answer.error();
        const qint64 acked = answer->value(QStringLiteral("acked")).toInteger();
        if (acked <= report.acked)
            return fail(ErrorCode::InvalidState,
                        tr("The server did not move its acknowledgement past %1.").arg(acked),
                        QStringLiteral("server"));
        report.shipped += answer->value(QStringLiteral("received")).toInteger();
        report.acked = acked;
    }
    // Sales made while shipping count too.
    if (auto r = end->forEachRow([&](SqliteStatement &s) { report.local = s.columnInt(0); }); !r)
        return r.error();
    return report;
}

} // namespace tessera
