// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketfacts.h"

#include "query/gatequeries.h"

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

namespace {

class TicketFactsText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TicketFacts)

public:
    // The plan's row label ("Row A") as printed, else "Row" and its number.
    static QString seat(const QString &zone, const QString &rowLabel, const QString &rowNumber,
                        const QString &number)
    {
        QStringList parts;
        if (!zone.isEmpty())
            parts << zone;
        if (!rowLabel.isEmpty())
            parts << rowLabel;
        else if (!rowNumber.isEmpty())
            parts << tr("Row %1").arg(rowNumber);
        parts << tr("Seat %1").arg(number);
        return parts.join(QStringLiteral(" · "));
    }
    static QString standing(qint64 quotaId) { return tr("Standing area %1").arg(quotaId); }
};

} // namespace

Result<TicketFacts> TicketFacts::load(SqliteDb &db, qint64 ticketId)
{
    auto ticket = GateQueries(db).ticket(ticketId);
    if (!ticket)
        return ticket.error();
    TicketFacts facts;
    facts.ticketId = ticketId;
    facts.eventId = ticket->eventId;
    facts.eventName = ticket->eventName;
    facts.eventStartsAtMs = ticket->eventStartsAtMs;
    facts.eventTimeZone = ticket->eventTimeZone;
    if (ticket->seat) {
        facts.area = ticket->seatNumber.isEmpty()
                         ? ticket->seatGuid
                         : TicketFactsText::seat(ticket->zone, ticket->rowLabel, ticket->rowNumber,
                                                 ticket->seatNumber);
    } else {
        facts.area = ticket->quotaName;
        if (facts.area.isEmpty())
            facts.area = TicketFactsText::standing(ticket->quotaId);
    }
    facts.refunded = ticket->refunded;
    facts.exchanged = ticket->exchanged;
    facts.cancelled = ticket->cancelled;
    facts.firstEntry = ticket->firstEntry;
    facts.ticketType =
        ticket->ticketTypeName.isEmpty() ? ticket->ticketTypeCode : ticket->ticketTypeName;
    return facts;
}

TicketFacts TicketFacts::fromClaims(const TicketClaims &claims)
{
    TicketFacts facts;
    facts.ticketId = claims.ticketId;
    facts.eventId = claims.eventId;
    facts.area = claims.kind == TicketKind::Seat ? claims.seatGuid
                                                 : TicketFactsText::standing(claims.quotaId);
    facts.ticketType = claims.ticketType;
    return facts;
}

} // namespace tessera
