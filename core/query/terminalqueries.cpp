// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/terminalqueries.h"

#include "replica/applycatalogcommand.h"
#include "storage/sqlitedb.h"

#include <QJsonDocument>

#include <algorithm>

namespace tessera {

Result<QString> TerminalQueries::terminalId()
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'terminal_id'"));
    if (!stmt)
        return stmt.error();
    std::optional<QString> id;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { id = s.columnText(0); }); !r)
        return r.error();
    if (!id)
        return fail(ErrorCode::StorageError, tr("The database has no terminal id."),
                    QStringLiteral("terminal_id"));
    return *id;
}

namespace {

Result<std::optional<QByteArray>> setting(SqliteDb &db, const char *key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(key));
    std::optional<QByteArray> value;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { value = s.columnText(0).toUtf8(); });
        !r)
        return r.error();
    return value;
}

} // namespace

Result<qint64> TerminalQueries::catalogVersion()
{
    auto value = setting(m_db, ApplyCatalogCommand::kVersionKey);
    if (!value)
        return value.error();
    return *value ? (*value)->toLongLong() : 0;
}

Result<qint64> TerminalQueries::cardKeysInCarts(const QJsonArray &serverIds)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE server_id = ? AND state = 1"));
    if (!stmt)
        return stmt.error();
    qint64 held = 0;
    for (const QJsonValue &id : serverIds) {
        stmt->bind(1, id.toInteger());
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) { held += s.columnInt(0); }); !r)
            return r.error();
    }
    return held;
}

Result<QJsonArray> TerminalQueries::lowAllocations()
{
    QJsonArray out;
    auto seats = m_db.prepare(QStringLiteral(
        "SELECT es.event_id, SUM(es.state = 0), SUM(es.state <> 4) FROM event_seats es JOIN "
        "events e ON e.id = es.event_id WHERE e.cancelled_at IS NULL GROUP BY es.event_id "
        "HAVING SUM(es.state = 4) > 0 AND SUM(es.state <> 4) > 0 AND "
        "SUM(es.state = 0) * 5 < SUM(es.state <> 4)"));
    if (!seats)
        return seats.error();
    if (auto r = seats->forEachRow([&](SqliteStatement &s) {
            out.push_back(
                QJsonObject{{QStringLiteral("event"), s.columnInt(0)},
                            {QStringLiteral("seats"), std::max<qint64>(1, s.columnInt(2) / 2)}});
        });
        !r)
        return r.error();
    auto quotas = m_db.prepare(QStringLiteral(
        "SELECT q.event_id, q.id, q.allocated FROM ga_quotas q JOIN events e ON e.id = "
        "q.event_id WHERE e.cancelled_at IS NULL AND q.allocated > 0 AND "
        "(q.allocated - q.sold - q.held) * 5 < q.allocated"));
    if (!quotas)
        return quotas.error();
    if (auto r = quotas->forEachRow([&](SqliteStatement &s) {
            out.push_back(
                QJsonObject{{QStringLiteral("event"), s.columnInt(0)},
                            {QStringLiteral("ga"), s.columnInt(1)},
                            {QStringLiteral("places"), std::max<qint64>(1, s.columnInt(2) / 2)}});
        });
        !r)
        return r.error();
    // Card keys the server gave: fewer than a fifth unsold asks for half again.
    auto cards = m_db.prepare(QStringLiteral(
        "SELECT product_id, COUNT(*) FROM card_codes WHERE server_id IS NOT NULL GROUP BY "
        "product_id HAVING SUM(state = 0) * 5 < COUNT(*)"));
    if (!cards)
        return cards.error();
    if (auto r = cards->forEachRow([&](SqliteStatement &s) {
            out.push_back(
                QJsonObject{{QStringLiteral("card"), s.columnInt(0)},
                            {QStringLiteral("codes"), std::max<qint64>(1, s.columnInt(1) / 2)}});
        });
        !r)
        return r.error();
    return out;
}

Result<QJsonObject> TerminalQueries::catalogAck()
{
    auto value = setting(m_db, ApplyCatalogCommand::kAckKey);
    if (!value)
        return value.error();
    return *value ? QJsonDocument::fromJson(**value).object() : QJsonObject();
}

Result<QString> TerminalQueries::venueName()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT name FROM venues ORDER BY id LIMIT 1"));
    if (!stmt)
        return stmt.error();
    QString name;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { name = s.columnText(0); }); !r)
        return r.error();
    return name;
}

} // namespace tessera
