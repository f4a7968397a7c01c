// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/ticketverifier.h"

#include "common/clock.h"

#include <QDateTime>

namespace tessera {

namespace {

QDateTime localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime();
}

// "19:02" today, "2027-01-15 19:02" on any other day.
QString gateTime(qint64 ms, qint64 nowMs)
{
    const QDateTime at = localTime(ms);
    if (at.date() == localTime(nowMs).date())
        return at.toString(QStringLiteral("HH:mm"));
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

TicketVerdict verdict(TicketStatus status, QString message,
                      std::optional<TicketClaims> claims = std::nullopt)
{
    return TicketVerdict{status, std::move(claims), std::nullopt, std::move(message)};
}

} // namespace

TicketVerifier::TicketVerifier(Setup setup, const Clock &clock)
    : m_setup(std::move(setup))
    , m_clock(clock)
{
    for (const Ed25519PublicKey &key : std::as_const(m_setup.keys))
        m_keys.append({SignedTicket::keyIdOf(key.raw()), key});
}

TicketVerdict TicketVerifier::verify(const QString &code) const
{
    auto parsed = SignedTicket::parse(code);
    if (!parsed)
        return verdict(TicketStatus::Malformed, tr("Malformed: %1").arg(parsed.error().message));
    const SignedTicket &ticket = *parsed;

    bool keyKnown = false;
    bool signatureOk = false;
    for (const auto &[id, key] : m_keys) {
        if (id != ticket.keyId())
            continue;
        keyKnown = true;
        // Key ids may collide: try every key that has this one.
        if (key.verify(ticket.payload(), ticket.signature())) {
            signatureOk = true;
            break;
        }
    }
    if (!keyKnown)
        return verdict(TicketStatus::Forged,
                       tr("Forged: signed by a key this gate does not know (%1).")
                           .arg(ticket.keyId(), 8, 16, QLatin1Char('0')));
    if (!signatureOk)
        return verdict(TicketStatus::Forged, tr("Forged: the signature does not match."));

    const TicketClaims &c = ticket.claims();
    if (m_setup.expectedEventId && c.eventId != *m_setup.expectedEventId)
        return verdict(TicketStatus::OtherEvent,
                       tr("For another event (%1); this gate admits event %2.")
                           .arg(c.eventId)
                           .arg(*m_setup.expectedEventId),
                       c);
    if (m_setup.revoked.contains(c.ticketId))
        return verdict(TicketStatus::Revoked, tr("Revoked: this ticket was refunded or voided."),
                       c);
    const qint64 now = m_clock.nowMs();
    if (m_setup.alreadyUsed) {
        if (std::optional<Redemption> used = m_setup.alreadyUsed(c.ticketId)) {
            TicketVerdict v = verdict(
                TicketStatus::AlreadyUsed,
                tr("Already used at %1 at %2.").arg(gateTime(used->atMs, now), used->gate), c);
            v.redemption = std::move(used);
            return v;
        }
    }
    if (now < c.validFromMs)
        return verdict(TicketStatus::NotYetValid,
                       tr("Not yet valid: valid from %1.").arg(gateTime(c.validFromMs, now)), c);
    if (now > c.validUntilMs)
        return verdict(TicketStatus::Expired,
                       tr("Expired: valid until %1.").arg(gateTime(c.validUntilMs, now)), c);
    return verdict(TicketStatus::Valid, tr("Valid: %1").arg(describe(c)), c);
}

QString TicketVerifier::describe(const TicketClaims &c) const
{
    const QString what = c.kind == TicketKind::Seat
                             ? tr("seat %1").arg(c.seatGuid)
                             : tr("general admission (quota %1)").arg(c.quotaId);
    if (c.ticketType.isEmpty())
        return tr("%1, event %2").arg(what, QString::number(c.eventId));
    return tr("%1, %2, event %3").arg(what, c.ticketType, QString::number(c.eventId));
}

} // namespace tessera
