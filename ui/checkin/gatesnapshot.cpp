// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatesnapshot.h"

#include "query/catalogqueries.h"
#include "query/gatequeries.h"
#include "tickets/ticketbook.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

Result<GateSnapshot> GateSnapshot::load(SqliteDb &db, const Ed25519PublicKey &key)
{
    GateSnapshot snapshot;
    auto setup = TicketBook(db).gateSetup(std::nullopt, key);
    if (!setup)
        return setup.error();
    snapshot.setup = std::move(*setup);
    // Its look-up reads this connection, which ends with the worker.
    snapshot.setup.alreadyUsed = nullptr;

    auto entries = GateQueries(db).entries();
    if (!entries)
        return entries.error();
    snapshot.entries = std::move(*entries);

    auto events = CatalogQueries(db).events();
    if (!events)
        return events.error();
    for (const QJsonValue &e : std::as_const(*events)) {
        const QDateTime starts =
            QDateTime::fromString(e[QStringLiteral("starts_at")].toString(), Qt::ISODate);
        snapshot.events.push_back(GateEvent{e[QStringLiteral("event")].toInteger(),
                                            e[QStringLiteral("name")].toString(),
                                            starts.isValid() ? starts.toMSecsSinceEpoch() : 0,
                                            e[QStringLiteral("venue_timezone")].toString()});
    }
    return snapshot;
}

TicketVerifier::Setup GateSnapshot::verifierSetup(std::optional<qint64> eventId) const
{
    TicketVerifier::Setup out = setup;
    out.expectedEventId = eventId;
    out.alreadyUsed = [entries = entries](qint64 ticketId) -> std::optional<Redemption> {
        const auto found = entries.constFind(ticketId);
        if (found == entries.cend())
            return std::nullopt;
        return *found;
    };
    return out;
}

QString GateSnapshot::eventName(qint64 eventId) const
{
    for (const GateEvent &e : events) {
        if (e.id == eventId)
            return e.name;
    }
    return {};
}

} // namespace tessera
