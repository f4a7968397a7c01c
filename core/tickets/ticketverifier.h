// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/ed25519.h"
#include "tickets/revocationlist.h"
#include "tickets/signedticket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tessera {

class Clock;

// When and where a ticket was let in.
struct Redemption
{
    qint64 atMs = 0; // UTC ms since the epoch
    QString gate;
};

// A gate's verdict on a code; only Valid lets the holder in.
enum class TicketStatus {
    Valid,
    AlreadyUsed,
    Revoked,
    Forged,
    OtherEvent,
    Expired,
    NotYetValid,
    Malformed,
};

struct TicketVerdict
{
    TicketStatus status = TicketStatus::Malformed;
    // The claims, once the signature is proven (not for Forged or Malformed).
    std::optional<TicketClaims> claims;
    // The first entry, for AlreadyUsed.
    std::optional<Redemption> redemption;
    // Why, for the person at the gate (translated).
    QString message;

    bool admits() const { return status == TicketStatus::Valid; }
};

// Checks ticket codes at a gate with no connection to the server: the
// organizer's signature, the event, the revocation list, earlier entries and
// the validity window, in that order.
class TicketVerifier
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TicketVerifier)

public:
    using RedemptionLookup = std::function<std::optional<Redemption>(qint64 ticketId)>;

    struct Setup
    {
        QList<Ed25519PublicKey> keys; // the organizer's current (and retiring) keys
        std::optional<qint64> expectedEventId;
        RevocationList revoked;
        RedemptionLookup alreadyUsed; // may be empty: no record of entries
    };

    // `clock` must outlive the verifier.
    TicketVerifier(Setup setup, const Clock &clock);

    TicketVerdict verify(const QString &code) const;

private:
    QString describe(const TicketClaims &claims) const;

    QList<std::pair<quint32, Ed25519PublicKey>> m_keys;
    Setup m_setup;
    const Clock &m_clock;
};

} // namespace tessera
