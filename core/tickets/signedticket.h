// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tessera {

class Ed25519KeyPair;

enum class TicketKind : quint8 {
    Seat = 1,
    GeneralAdmission = 2,
};

// What a signed ticket code asserts about the ticket.
struct TicketClaims
{
    qint64 ticketId = 0; // the order line id, > 0
    qint64 eventId = 0;  // > 0
    TicketKind kind = TicketKind::Seat;
    QString seatGuid;        // seat tickets: the seat's id in the plan ("S-A-12"); else empty
    qint64 quotaId = 0;      // general admission: the quota, > 0; else 0
    QString ticketType;      // the ticket type code ("adult"); may be empty
    qint64 validFromMs = 0;  // UTC ms since the epoch, inclusive
    qint64 validUntilMs = 0; // UTC ms since the epoch, inclusive, >= validFromMs

    bool operator==(const TicketClaims &) const = default;
};

// The compact, Ed25519-signed ticket code printed as a QR code, which any
// gate checks offline with the organizer's public key.
//
// Code = "TS1." + base32(payload || signature): RFC 4648 base32, upper case,
// no padding, so the whole code fits QR alphanumeric mode. The signature is
// the 64-byte Ed25519 signature of the payload bytes. The payload, big-endian:
//
//   size  field
//   1     format version, 1
//   8     ticket id (order line id), > 0
//   8     event id, > 0
//   1     kind: 1 seat, 2 general admission
//   then for a seat:               1-byte length n (1..64), n bytes UTF-8 seat guid
//        for general admission:    8 quota id, > 0
//   1     length n (0..32), then n bytes UTF-8 ticket type code
//   8     valid from, UTC ms since the epoch
//   8     valid until, UTC ms since the epoch, >= valid from
//   4     key id: the first 4 bytes of SHA-256 of the signer's raw 32-byte public key
//
// Decoding is strict: there is exactly one accepted text for a ticket, so any
// changed character is refused here or fails the signature check.
class SignedTicket
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SignedTicket)

public:
    static constexpr quint8 kFormatVersion = 1;
    static constexpr int kMaxSeatGuidBytes = 64;
    static constexpr int kMaxTicketTypeBytes = 32;
    static constexpr int kSignatureBytes = 64;
    static QString prefix() { return QStringLiteral("TS1."); }

    // The code for `claims`, signed with `key`; empty when checkClaims()
    // refuses the claims (or, only on OpenSSL failure, signing fails).
    static QString issue(const TicketClaims &claims, const Ed25519KeyPair &key);
    // Whether the claims fit the format: ids positive, lengths in range, a
    // guid only on seats and a quota only on general admission.
    static Result<void> checkClaims(const TicketClaims &claims);

    // The claims of a well-formed code. Checks structure only, not the
    // signature: use TicketVerifier to decide whether to let someone in.
    static Result<TicketClaims> decode(const QString &code);
    // The structure of a well-formed code, with the bytes to verify.
    static Result<SignedTicket> parse(const QString &code);

    // The key id that names `rawPublicKey` in a code.
    static quint32 keyIdOf(const QByteArray &rawPublicKey);

    const TicketClaims &claims() const { return m_claims; }
    quint32 keyId() const { return m_keyId; }
    // The signed bytes and their signature.
    const QByteArray &payload() const { return m_payload; }
    const QByteArray &signature() const { return m_signature; }

private:
    SignedTicket() = default;

    TicketClaims m_claims;
    quint32 m_keyId = 0;
    QByteArray m_payload;
    QByteArray m_signature;
};

} // namespace tessera
