// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ed25519.h"
#include "manualclock.h"
#include "tickets/base32.h"
#include "tickets/signedticket.h"
#include "tickets/ticketverifier.h"

#include <QDateTime>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kHour = 3'600'000;

TicketClaims seatClaims(qint64 ticketId = 90'001, qint64 eventId = 42)
{
    TicketClaims c;
    c.ticketId = ticketId;
    c.eventId = eventId;
    c.kind = TicketKind::Seat;
    c.seatGuid = QStringLiteral("S-A-12");
    c.ticketType = QStringLiteral("adult");
    c.validFromMs = kNow - kHour;
    c.validUntilMs = kNow + kHour;
    return c;
}

} // namespace

class TestTicketVerifier : public QObject
{
    Q_OBJECT

    Ed25519KeyPair m_key = Ed25519KeyPair::generate();
    ManualClock m_clock{kNow};

    TicketVerifier gate(std::optional<qint64> event = 42, RevocationList revoked = {},
                        TicketVerifier::RedemptionLookup used = {}) const
    {
        TicketVerifier::Setup setup;
        setup.keys = {m_key.publicKey()};
        setup.expectedEventId = event;
        setup.revoked = std::move(revoked);
        setup.alreadyUsed = std::move(used);
        return TicketVerifier(std::move(setup), m_clock);
    }

private slots:
    void init() { m_clock.set(kNow); }

    void validSeatTicketIsAdmitted()
    {
        const TicketVerdict v = gate().verify(SignedTicket::issue(seatClaims(), m_key));
        QCOMPARE(v.status, TicketStatus::Valid);
        QVERIFY(v.admits());
        QVERIFY(v.claims && *v.claims == seatClaims());
        QCOMPARE(v.message, QStringLiteral("Valid: seat S-A-12, adult, event 42"));
    }

    void validGeneralAdmissionTicketIsAdmitted()
    {
        TicketClaims c = seatClaims();
        c.kind = TicketKind::GeneralAdmission;
        c.seatGuid.clear();
        c.quotaId = 7;
        c.ticketType.clear();
        const TicketVerdict v = gate().verify(SignedTicket::issue(c, m_key));
        QCOMPARE(v.status, TicketStatus::Valid);
        QCOMPARE(v.message, QStringLiteral("Valid: general admission (quota 7), event 42"));
    }

    void usedTicketSaysWhenAndWhere()
    {
        const qint64 usedAt = kNow - 10 * 60'000;
        QList<qint64> asked;
        const TicketVerifier verifier = gate(42, {}, [&](qint64 id) -> std::optional<Redemption> {
            asked.append(id);
            if (id == 90'001)
                return Redemption{usedAt, QStringLiteral("Gate North")};
            return std::nullopt;
        });
        const TicketVerdict v = verifier.verify(SignedTicket::issue(seatClaims(), m_key));
        QCOMPARE(v.status, TicketStatus::AlreadyUsed);
        QVERIFY(!v.admits());
        QVERIFY(v.redemption);
        QCOMPARE(v.redemption->atMs, usedAt);
        QCOMPARE(v.redemption->gate, QStringLiteral("Gate North"));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(usedAt).toLocalTime();
        const QString time =
            local.date() == QDateTime::fromMSecsSinceEpoch(kNow).toLocalTime().date()
                ? local.toString(QStringLiteral("HH:mm"))
                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QCOMPARE(v.message, QStringLiteral("Already used at %1 at Gate North.").arg(time));
        QCOMPARE(asked, QList<qint64>{90'001});

        QCOMPARE(verifier.verify(SignedTicket::issue(seatClaims(90'002), m_key)).status,
                 TicketStatus::Valid);
    }

    void revokedTicketIsRefused()
    {
        RevocationList revoked;
        revoked.add(90'001);
        const TicketVerdict v = gate(42, revoked).verify(SignedTicket::issue(seatClaims(), m_key));
        QCOMPARE(v.status, TicketStatus::Revoked);
        QCOMPARE(v.message, QStringLiteral("Revoked: this ticket was refunded or voided."));
        QVERIFY(v.claims);
    }

    void ticketFromAnotherKeyIsForged()
    {
        const Ed25519KeyPair intruder = Ed25519KeyPair::generate();
        const TicketVerdict v = gate().verify(SignedTicket::issue(seatClaims(), intruder));
        QCOMPARE(v.status, TicketStatus::Forged);
        QVERIFY(v.message.startsWith(QStringLiteral("Forged: signed by a key this gate does not")));
        QVERIFY(!v.claims);
    }

    void genuineKeyIdWithAnotherKeysSignatureIsForged()
    {
        // An intruder copies a real ticket's payload (key id included) and signs
        // a changed one with their own key.
        auto real = SignedTicket::parse(SignedTicket::issue(seatClaims(), m_key));
        QVERIFY(real.ok());
        QByteArray payload = real->payload();
        payload[8] = char(payload[8] + 1); // another ticket id
        const Ed25519KeyPair intruder = Ed25519KeyPair::generate();
        const QString code =
            SignedTicket::prefix() + Base32::encode(payload + intruder.sign(payload));
        QVERIFY(SignedTicket::decode(code).ok());
        const TicketVerdict v = gate().verify(code);
        QCOMPARE(v.status, TicketStatus::Forged);
        QCOMPARE(v.message, QStringLiteral("Forged: the signature does not match."));
    }

    void ticketForAnotherEventIsRefused()
    {
        const TicketVerdict v = gate(41).verify(SignedTicket::issue(seatClaims(), m_key));
        QCOMPARE(v.status, TicketStatus::OtherEvent);
        QCOMPARE(v.message, QStringLiteral("For another event (42); this gate admits event 41."));
        // A gate with no expected event admits any event.
        QCOMPARE(gate(std::nullopt).verify(SignedTicket::issue(seatClaims(), m_key)).status,
                 TicketStatus::Valid);
    }

    void ticketOutsideItsWindowIsRefused()
    {
        const QString code = SignedTicket::issue(seatClaims(), m_key);
        const TicketVerifier verifier = gate();
        m_clock.set(kNow + kHour);
        QCOMPARE(verifier.verify(code).status, TicketStatus::Valid);
        m_clock.set(kNow + kHour + 1);
        const TicketVerdict expired = verifier.verify(code);
        QCOMPARE(expired.status, TicketStatus::Expired);
        QVERIFY(expired.message.startsWith(QStringLiteral("Expired: valid until ")));
        m_clock.set(kNow - kHour - 1);
        const TicketVerdict early = verifier.verify(code);
        QCOMPARE(early.status, TicketStatus::NotYetValid);
        QVERIFY(early.message.startsWith(QStringLiteral("Not yet valid: valid from ")));
    }

    void gateWithSeveralKeysPicksTheSigner()
    {
        const Ed25519KeyPair retiring = Ed25519KeyPair::generate();
        TicketVerifier::Setup setup;
        setup.keys = {retiring.publicKey(), m_key.publicKey()};
        const TicketVerifier verifier(setup, m_clock);
        QCOMPARE(verifier.verify(SignedTicket::issue(seatClaims(), m_key)).status,
                 TicketStatus::Valid);
        QCOMPARE(verifier.verify(SignedTicket::issue(seatClaims(), retiring)).status,
                 TicketStatus::Valid);
    }

    void malformedCodeSaysWhy()
    {
        const TicketVerdict v = gate().verify(QStringLiteral("TK1-5-0123456789ABCDEF"));
        QCOMPARE(v.status, TicketStatus::Malformed);
        QVERIFY(v.message.startsWith(QStringLiteral("Malformed: This is not a Tessera ticket")));
    }
};

QTEST_GUILESS_MAIN(TestTicketVerifier)
#include "testticketverifier.moc"
