// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasteventcloner.h"

#include "engine/command.h"
#include "setup/createeventcommand.h"

#include <QJsonArray>

#include <array>

namespace tessera::bench {

Result<PastEventCloner> PastEventCloner::prepare(SqliteDb &db, const HistoryCatalog &catalog)
{
    PastEventCloner cloner(db, catalog);
    const std::array<std::pair<SqliteStatement *, const char *>, 7> statements{{
        {&cloner.m_event, "INSERT INTO events(venue_id, name, starts_at, ends_at, "
                          "sale_starts_at, sale_ends_at, currency, created_at) "
                          "SELECT venue_id, ?, ?, ? + ends_at - starts_at, NULL, ?, currency, ? "
                          "FROM events WHERE id = ?"},
        {&cloner.m_types, "INSERT INTO ticket_types(event_id, code, name) "
                          "SELECT ?, code, name FROM ticket_types WHERE event_id = ? ORDER BY id"},
        {&cloner.m_seatPrices,
         "INSERT INTO seat_prices(event_id, category_id, ticket_type_id, amount) "
         "SELECT ?1, p.category_id, n.id, p.amount FROM seat_prices p "
         "JOIN ticket_types o ON o.id = p.ticket_type_id "
         "JOIN ticket_types n ON n.event_id = ?1 AND n.code = o.code WHERE p.event_id = ?2"},
        {&cloner.m_quota, "INSERT INTO ga_quotas(event_id, name, capacity) "
                          "SELECT ?, name, capacity FROM ga_quotas WHERE id = ?"},
        {&cloner.m_gaPrices, "INSERT INTO ga_prices(quota_id, ticket_type_id, amount) "
                             "SELECT ?1, n.id, p.amount FROM ga_prices p "
                             "JOIN ticket_types o ON o.id = p.ticket_type_id "
                             "JOIN ticket_types n ON n.event_id = ?2 AND n.code = o.code "
                             "WHERE p.quota_id = ?3"},
        {&cloner.m_seats, "INSERT INTO event_seats(event_id, seat_id) "
                          "SELECT ?, id FROM seats WHERE venue_id = ? ORDER BY id"},
        {&cloner.m_ids, "SELECT id, code FROM ticket_types WHERE event_id = ?"},
    }};
    for (const auto &[statement, sql] : statements) {
        auto s = db.prepare(QString::fromLatin1(sql));
        if (!s)
            return s.error();
        *statement = std::move(*s);
    }
    return cloner;
}

Result<PastEventCloner::Added> PastEventCloner::add(qint64 number, qint64 startsAt,
                                                    qint64 createdAt)
{
    const HistoryCatalog::Event &first = m_catalog.first;
    const QJsonObject json =
        pastEventJson(m_catalog.venue, QDateTime::fromMSecsSinceEpoch(startsAt, Qt::UTC), number);
    auto command = CreateEventCommand::fromJson(json);
    if (!command)
        return command.error();
    const QString name = json.value(QStringLiteral("name")).toString();
    Added added;
    added.event.startsAt = startsAt;
    m_event.bind(1, name).bind(2, startsAt).bind(3, startsAt).bind(4, startsAt);
    m_event.bind(5, createdAt).bind(6, first.id);
    if (auto r = m_event.run(); !r)
        return r.error();
    added.event.id = m_db.lastInsertRowId();
    HistoryCatalog::Event &event = added.event;
    m_types.bind(1, event.id).bind(2, first.id);
    if (auto r = m_types.run(); !r)
        return r.error();
    m_seatPrices.bind(1, event.id).bind(2, first.id);
    if (auto r = m_seatPrices.run(); !r)
        return r.error();
    m_quota.bind(1, event.id).bind(2, first.quota);
    if (auto r = m_quota.run(); !r)
        return r.error();
    event.quota = m_db.lastInsertRowId();
    m_gaPrices.bind(1, event.quota).bind(2, event.id).bind(3, first.quota);
    if (auto r = m_gaPrices.run(); !r)
        return r.error();
    m_seats.bind(1, event.id).bind(2, m_catalog.venue);
    if (auto r = m_seats.run(); !r)
        return r.error();
    m_ids.bind(1, event.id);
    auto typeIds = m_ids.forEachRow([&](SqliteStatement &s) {
        for (size_t i = 0; i < 3; ++i) {
            if (first.typeIds[i] && s.columnText(1) == QLatin1String(kTicketTypeCodes[i]))
                event.typeIds[i] = s.columnInt(0);
        }
    });
    if (!typeIds)
        return typeIds.error();

    added.request = (*command)->toJsonBytes();
    added.answer =
        CommandResult(QJsonObject{{QStringLiteral("event"), event.id},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("seats"), qint64(m_catalog.seats.size())},
                                  {QStringLiteral("ga"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("ga"), event.quota},
                                       {QStringLiteral("name"), QStringLiteral("Standing")},
                                       {QStringLiteral("capacity"), m_catalog.quotaCapacity}}}}})
            .json;
    return added;
}

} // namespace tessera::bench
