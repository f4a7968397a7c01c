// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanoutcome.h"

#include "console/venuetime.h"

#include <QDateTime>

namespace tessera {

QString ScanOutcome::key(Kind kind)
{
    switch (kind) {
    case Kind::Valid:
        return QStringLiteral("valid");
    case Kind::AlreadyUsed:
        return QStringLiteral("already_used");
    case Kind::Revoked:
        return QStringLiteral("revoked");
    case Kind::Forged:
        return QStringLiteral("forged");
    case Kind::NotATicket:
        return QStringLiteral("not_a_ticket");
    case Kind::OtherEvent:
        return QStringLiteral("other_event");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case Kind::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString ScanWording::headline(const ScanOutcome &outcome)
{
    using Kind = ScanOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Valid:
        return tr("VALID");
    case Kind::AlreadyUsed:
        return tr("ALREADY USED");
    case Kind::Revoked:
        if (outcome.facts && outcome.facts->refunded)
            return tr("REFUNDED");
        return tr("REVOKED");
    case Kind::Forged:
        return tr("FORGED");
    case Kind::NotATicket:
        return tr("NOT A TICKET");
    case Kind::OtherEvent:
        return tr("OTHER EVENT");
    case Kind::Expired:
        return tr("EXPIRED");
    case Kind::NotYetValid:
        return tr("NOT YET VALID");
    case Kind::Failed:
        return tr("NOT CHECKED");
    }
    return {};
}

QString ScanWording::instruction(const ScanOutcome &outcome)
{
    if (outcome.admits())
        return tr("Let in");
    if (outcome.kind == ScanOutcome::Kind::Forged)
        return tr("Do not let in · call a supervisor");
    if (outcome.kind == ScanOutcome::Kind::Failed)
        return tr("Do not let in · scan again");
    return tr("Do not let in");
}

QStringList ScanWording::ticketLines(const ScanOutcome &outcome, const VenueTime &time)
{
    if (!outcome.facts)
        return {};
    const TicketFacts &f = *outcome.facts;
    QStringList lines;
    if (!f.area.isEmpty())
        lines << f.area;
    if (!f.ticketType.isEmpty())
        lines << f.ticketType;
    if (!f.eventName.isEmpty() && f.eventStartsAtMs) {
        lines << tr("%1 · %2").arg(
            f.eventName, time.inZone(f.eventTimeZone).dateTimeWithZone(f.eventStartsAtMs));
    } else if (!f.eventName.isEmpty()) {
        lines << f.eventName;
    } else if (f.eventId) {
        lines << tr("Event %1").arg(f.eventId);
    }
    return lines;
}

QString ScanWording::reason(const ScanOutcome &outcome, const VenueTime &time)
{
    using Kind = ScanOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Valid:
        return {};
    case Kind::AlreadyUsed:
        if (outcome.entry)
            return tr("First entry %1 at gate %2")
                .arg(when(outcome.entry->atMs, time), outcome.entry->gate);
        return tr("This ticket was already let in.");
    case Kind::Revoked:
        if (outcome.facts && outcome.facts->exchanged)
            return tr("This ticket was exchanged for another seat and is void.");
        if (outcome.facts && outcome.facts->cancelled)
            return tr("This ticket's order was cancelled; the ticket is void.");
        if (outcome.facts && outcome.facts->refunded)
            return tr("This ticket was refunded and is void.");
        return tr("This ticket was revoked and is void.");
    case Kind::Forged:
        return tr("This code was altered or not issued by this box office.");
    case Kind::NotATicket:
        return tr("This code is not a ticket of this box office.");
    case Kind::OtherEvent:
        if (!outcome.gateEventName.isEmpty())
            return tr("This gate admits %1 only.").arg(outcome.gateEventName);
        return tr("This ticket is for another event.");
    case Kind::Expired:
        return tr("Valid until %1").arg(when(outcome.validityEdgeMs, time));
    case Kind::NotYetValid:
        return tr("Valid from %1").arg(when(outcome.validityEdgeMs, time));
    case Kind::Failed:
        return outcome.problem;
    }
    return {};
}

QString ScanWording::when(qint64 ms, const VenueTime &time)
{
    const QDateTime at = time.at(ms);
    const QDate today = time.now().date();
    const QString clock = time.time(at);
    if (at.date() == today)
        return tr("today at %1").arg(clock);
    if (at.date() == today.addDays(-1))
        return tr("yesterday at %1").arg(clock);
    return tr("on %1 at %2").arg(time.date(at), clock);
}

QString ScanWording::codeTail(const QString &code)
{
    constexpr int kTail = 6;
    if (code.size() <= kTail + 1)
        return code;
    return QStringLiteral("…") + code.right(kTail);
}

} // namespace tessera
