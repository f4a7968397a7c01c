// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ed25519.h"
#include "manualclock.h"
#include "resultassert.h"
#include "tickets/base32.h"
#include "tickets/signedticket.h"
#include "tickets/ticketverifier.h"

#include <QtEndian>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kAlphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
constexpr qint64 kNow = 1'800'000'000'000;

TicketClaims seatClaims()
{
    TicketClaims c;
    c.ticketId = 90'001;
    c.eventId = 42;
    c.kind = TicketKind::Seat;
    c.seatGuid = QStringLiteral("S-A-12");
    c.ticketType = QStringLiteral("adult");
    c.validFromMs = kNow - 3'600'000;
    c.validUntilMs = kNow + 3'600'000;
    return c;
}

TicketClaims gaClaims()
{
    TicketClaims c = seatClaims();
    c.kind = TicketKind::GeneralAdmission;
    c.seatGuid.clear();
    c.quotaId = 7;
    c.ticketType.clear();
    return c;
}

QByteArray bytesOf(const QString &code)
{
    return Base32::decode(QStringView(code).mid(4)).bytes;
}

QString codeOf(const QByteArray &bytes)
{
    return SignedTicket::prefix() + Base32::encode(bytes);
}

// Raw payload bytes up to the kind byte, for hand-made codes.
QByteArray payloadHead(quint8 version, quint8 kind)
{
    QByteArray p;
    p.append(char(version));
    char buf[8];
    qToBigEndian<qint64>(90'001, buf);
    p.append(buf, 8);
    qToBigEndian<qint64>(42, buf);
    p.append(buf, 8);
    p.append(char(kind));
    return p;
}

QString malformedMessage(const QString &code)
{
    auto decoded = SignedTicket::decode(code);
    if (decoded.ok())
        return QStringLiteral("<decoded>");
    return decoded.error().message;
}

} // namespace

class TestSignedTicket : public QObject
{
    Q_OBJECT
private slots:
    void issueThenDecodeRoundTrips()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        for (const TicketClaims &claims : {seatClaims(), gaClaims()}) {
            const QString code = SignedTicket::issue(claims, key);
            QVERIFY(code.startsWith(QStringLiteral("TS1.")));
            for (const QChar c : QStringView(code).mid(4))
                QVERIFY2(kAlphabet.contains(c), qPrintable(code));
            auto decoded = SignedTicket::decode(code);
            TESSERA_VERIFY_OK(decoded);
            QVERIFY(*decoded == claims);
        }
    }

    void codeIsCompact()
    {
        const QString code = SignedTicket::issue(seatClaims(), Ed25519KeyPair::generate());
        // 51 payload bytes + 64 signature bytes, in base32.
        QCOMPARE(code.size(), 4 + 115 * 8 / 5);
    }

    void parseSplitsPayloadAndSignature()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        auto ticket = SignedTicket::parse(SignedTicket::issue(seatClaims(), key));
        TESSERA_VERIFY_OK(ticket);
        QCOMPARE(ticket->signature().size(), 64);
        QCOMPARE(ticket->payload().size(), 51);
        QCOMPARE(quint8(ticket->payload()[0]), SignedTicket::kFormatVersion);
        QCOMPARE(ticket->keyId(), SignedTicket::keyIdOf(key.publicKeyRaw()));
        QCOMPARE(ticket->keyId(), qFromBigEndian<quint32>(ticket->payload().constData() + 47));
        QVERIFY(key.publicKey().verify(ticket->payload(), ticket->signature()));
    }

    void keyIdIsTheStartOfTheKeysSha256()
    {
        const QByteArray raw =
            QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        // sha256 of the RFC 8032 test 1 public key starts 21fe31df.
        QCOMPARE(SignedTicket::keyIdOf(raw), 0x21fe31dfu);
    }

    void issueRefusesClaimsOutOfRange()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        TicketClaims longGuid = seatClaims();
        longGuid.seatGuid = QString(65, QLatin1Char('S'));
        QVERIFY(SignedTicket::issue(longGuid, key).isEmpty());
        QVERIFY(SignedTicket::checkClaims(longGuid).error().message.contains(
            QStringLiteral("65 bytes")));

        TicketClaims longestGuid = seatClaims();
        longestGuid.seatGuid = QString(64, QLatin1Char('S'));
        longestGuid.ticketType = QString(32, QLatin1Char('t'));
        TESSERA_VERIFY_OK(SignedTicket::decode(SignedTicket::issue(longestGuid, key)));

        TicketClaims longType = seatClaims();
        longType.ticketType = QString(33, QLatin1Char('t'));
        QVERIFY(SignedTicket::issue(longType, key).isEmpty());

        TicketClaims gaWithSeat = gaClaims();
        gaWithSeat.seatGuid = QStringLiteral("S-A-1");
        QVERIFY(SignedTicket::issue(gaWithSeat, key).isEmpty());

        TicketClaims backwards = seatClaims();
        backwards.validUntilMs = backwards.validFromMs - 1;
        QVERIFY(SignedTicket::issue(backwards, key).isEmpty());

        TicketClaims noId = seatClaims();
        noId.ticketId = 0;
        QVERIFY(SignedTicket::issue(noId, key).isEmpty());
    }

    void everySingleCharacterChangeIsRefused()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        test::ManualClock clock(kNow);
        TicketVerifier::Setup setup;
        setup.keys = {key.publicKey()};
        const TicketVerifier verifier(setup, clock);
        // Every replacement on a seat code; one per position on a general
        // admission code, whose layout differs after the kind byte.
        const struct
        {
            TicketClaims claims;
            bool everyReplacement;
        } cases[] = {{seatClaims(), true}, {gaClaims(), false}};
        for (const auto &[claims, everyReplacement] : cases) {
            const QString code = SignedTicket::issue(claims, key);
            QCOMPARE(verifier.verify(code).status, TicketStatus::Valid);
            int forged = 0, malformed = 0;
            for (qsizetype i = 0; i < code.size(); ++i) {
                // Prefix characters are not all base32: any other letter will do.
                const qsizetype at = std::max<qsizetype>(kAlphabet.indexOf(code[i]), 0);
                for (qsizetype step = 1; step < 32; ++step) {
                    if (!everyReplacement && step != 1 + i % 31)
                        continue;
                    const QChar replacement = kAlphabet[(at + step) % 32];
                    if (replacement == code[i])
                        continue;
                    QString changed = code;
                    changed[i] = replacement;
                    const TicketVerdict v = verifier.verify(changed);
                    QVERIFY2(v.status == TicketStatus::Forged ||
                                 v.status == TicketStatus::Malformed,
                             qPrintable(changed + QStringLiteral(": ") + v.message));
                    QVERIFY(!v.admits());
                    QVERIFY(!v.claims);
                    (v.status == TicketStatus::Forged ? forged : malformed)++;
                }
            }
            // Both kinds of refusal occur: the test reaches the signature check.
            QVERIFY(forged > 0);
            QVERIFY(malformed > 0);
        }
    }

    void truncatedCodesAreMalformed()
    {
        const QString code = SignedTicket::issue(seatClaims(), Ed25519KeyPair::generate());
        // One character short leaves a partial byte.
        QVERIFY2(malformedMessage(code.chopped(1)).contains(QStringLiteral("truncated")),
                 qPrintable(malformedMessage(code.chopped(1))));
        // Eight characters (five bytes) short cuts the signature.
        QCOMPARE(malformedMessage(code.chopped(8)),
                 QStringLiteral("The ticket code is truncated: its signature has 59 of 64 bytes."));
        // Cut inside the payload (32 characters are 20 whole bytes).
        QCOMPARE(malformedMessage(code.left(4 + 32)),
                 QStringLiteral("The ticket code is truncated: it ends inside the ticket data "
                                "(20 bytes)."));
        // Cut anywhere else: the last character keeps bits of a missing byte.
        QCOMPARE(malformedMessage(code.left(4 + 36)),
                 QStringLiteral("The ticket code does not end as a code does: it is truncated, "
                                "altered or re-encoded."));
        QCOMPARE(malformedMessage(QStringLiteral("TS1.")),
                 QStringLiteral("The ticket code is truncated: it ends inside the ticket data "
                                "(0 bytes)."));
        QCOMPARE(malformedMessage(QString()), QStringLiteral("The ticket code is empty."));
    }

    void paddedCodesAreMalformed()
    {
        const QString code = SignedTicket::issue(seatClaims(), Ed25519KeyPair::generate());
        QVERIFY2(
            malformedMessage(code + QStringLiteral("====")).contains(QStringLiteral("padding")),
            qPrintable(malformedMessage(code + QStringLiteral("===="))));
        // Whole extra bytes after the signature.
        QCOMPARE(malformedMessage(codeOf(bytesOf(code) + QByteArray(5, '\0'))),
                 QStringLiteral("The ticket code has 5 bytes after its signature: it was padded "
                                "or altered."));
        QVERIFY(malformedMessage(code + QStringLiteral(" ")).contains(QStringLiteral("never")));
        QVERIFY(malformedMessage(code + QStringLiteral("\n")).contains(QStringLiteral("never")));
    }

    void lowerCasedCodesAreMalformed()
    {
        const QString code = SignedTicket::issue(seatClaims(), Ed25519KeyPair::generate());
        const QString expected =
            QStringLiteral("The ticket code is in lower case; codes are upper case.");
        QCOMPARE(malformedMessage(code.toLower()), expected);
        QCOMPARE(malformedMessage(SignedTicket::prefix() + code.mid(4).toLower()), expected);
    }

    void reEncodedCodesAreMalformed()
    {
        const QString code = SignedTicket::issue(seatClaims(), Ed25519KeyPair::generate());
        const QByteArray bytes = bytesOf(code);
        const QString base64 = SignedTicket::prefix() + QString::fromLatin1(bytes.toBase64());
        QVERIFY2(malformedMessage(base64).contains(QStringLiteral("re-encoded")),
                 qPrintable(malformedMessage(base64)));
        const QString base64url =
            SignedTicket::prefix() +
            QString::fromLatin1(
                bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QVERIFY(malformedMessage(base64url).contains(QStringLiteral("re-encoded")));
        const QString hex = SignedTicket::prefix() + QString::fromLatin1(bytes.toHex().toUpper());
        QVERIFY(malformedMessage(hex).contains(QStringLiteral("re-encoded")));
    }

    void nonCanonicalLastCharacterIsMalformed()
    {
        // A general admission code without a type is 111 bytes: 178 characters
        // whose last one carries 2 unused bits, which must be zero.
        const QString code = SignedTicket::issue(gaClaims(), Ed25519KeyPair::generate());
        QCOMPARE(code.size() - 4, 178);
        QString changed = code;
        changed.back() = kAlphabet[kAlphabet.indexOf(code.back()) | 1];
        QVERIFY(changed != code);
        QCOMPARE(Base32::decode(QStringView(changed).mid(4)).defect, Base32::Defect::NonCanonical);
        QCOMPARE(malformedMessage(changed),
                 QStringLiteral("The ticket code does not end as a code does: it is truncated, "
                                "altered or re-encoded."));
    }

    void wrongPrefixOrVersionIsMalformed()
    {
        const QString code = SignedTicket::issue(seatClaims(), Ed25519KeyPair::generate());
        QVERIFY(malformedMessage(QStringLiteral("TK1-90001-0123456789ABCDEF"))
                    .contains(QStringLiteral("does not start with TS1.")));
        QVERIFY(malformedMessage(QStringLiteral("TS2.") + code.mid(4))
                    .contains(QStringLiteral("format TS2 is not supported")));
        QVERIFY(malformedMessage(code.mid(4)).contains(QStringLiteral("does not start")));

        QByteArray bytes = bytesOf(code);
        bytes[0] = char(2);
        QCOMPARE(malformedMessage(codeOf(bytes)),
                 QStringLiteral("The ticket data is format version 2; this version reads 1."));
    }

    void lengthsAndFieldsOutOfRangeAreMalformed()
    {
        const QByteArray signature(64, '\x5a');
        const QByteArray tail = QByteArray(1, '\0') + QByteArray(20, '\0') + signature;

        QByteArray longGuid = payloadHead(1, 1);
        longGuid.append(char(65)).append(QByteArray(65, 'S'));
        QCOMPARE(malformedMessage(codeOf(longGuid + tail)),
                 QStringLiteral("The seat guid length 65 is out of range (1 to 64 bytes)."));

        QByteArray emptyGuid = payloadHead(1, 1);
        emptyGuid.append(char(0));
        QVERIFY(malformedMessage(codeOf(emptyGuid + tail)).contains(QStringLiteral("length 0")));

        QByteArray longType = payloadHead(1, 1);
        longType.append(char(1)).append('S').append(char(33)).append(QByteArray(33, 't'));
        QCOMPARE(malformedMessage(codeOf(longType + QByteArray(20, '\0') + signature)),
                 QStringLiteral("The ticket type length 33 is out of range (0 to 32 bytes)."));

        QByteArray badUtf8 = payloadHead(1, 1);
        badUtf8.append(char(2)).append("\xc3\x28");
        QVERIFY(malformedMessage(codeOf(badUtf8 + tail)).contains(QStringLiteral("UTF-8")));

        const QByteArray unknownKind = payloadHead(1, 3);
        QVERIFY(malformedMessage(codeOf(unknownKind + QByteArray(40, '\0') + signature))
                    .contains(QStringLiteral("kind 3 is unknown")));

        QByteArray zeroQuota = payloadHead(1, 2);
        zeroQuota.append(QByteArray(8, '\0'));
        QVERIFY(malformedMessage(codeOf(zeroQuota + tail))
                    .contains(QStringLiteral("quota id must be positive")));
    }
};

QTEST_GUILESS_MAIN(TestSignedTicket)
#include "testsignedticket.moc"
