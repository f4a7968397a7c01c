// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/signedticket.h"

#include "crypto/ed25519.h"
#include "tickets/base32.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace tessera {

namespace {

const QString kWhere = QStringLiteral("code");

void appendU8(QByteArray &out, quint8 v)
{
    out.append(char(v));
}

void appendU32(QByteArray &out, quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    out.append(buf, 4);
}

void appendI64(QByteArray &out, qint64 v)
{
    char buf[8];
    qToBigEndian(v, buf);
    out.append(buf, 8);
}

void appendText(QByteArray &out, const QByteArray &utf8)
{
    appendU8(out, quint8(utf8.size()));
    out.append(utf8);
}

// Reads the payload front to back; every read says whether the bytes were there.
class PayloadReader
{
public:
    explicit PayloadReader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}
    qsizetype offset() const { return m_offset; }
    qsizetype remaining() const { return m_bytes.size() - m_offset; }

    bool u8(quint8 &v)
    {
        if (remaining() < 1)
            return false;
        v = quint8(m_bytes[m_offset++]);
        return true;
    }
    bool u32(quint32 &v)
    {
        if (remaining() < 4)
            return false;
        v = qFromBigEndian<quint32>(m_bytes.constData() + m_offset);
        m_offset += 4;
        return true;
    }
    bool i64(qint64 &v)
    {
        if (remaining() < 8)
            return false;
        v = qFromBigEndian<qint64>(m_bytes.constData() + m_offset);
        m_offset += 8;
        return true;
    }
    bool bytes(qsizetype n, QByteArray &v)
    {
        if (remaining() < n)
            return false;
        v = m_bytes.mid(m_offset, n);
        m_offset += n;
        return true;
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_offset = 0;
};

// UTF-8 that survives a round trip through QString, so no two byte strings
// decode to the same text.
bool strictUtf8(const QByteArray &bytes, QString &text)
{
    text = QString::fromUtf8(bytes);
    return text.toUtf8() == bytes;
}

} // namespace

Result<void> SignedTicket::checkClaims(const TicketClaims &c)
{
    if (c.ticketId <= 0)
        return fail(ErrorCode::InvalidInput,
                    tr("The ticket id must be positive, not %1.").arg(c.ticketId), kWhere);
    if (c.eventId <= 0)
        return fail(ErrorCode::InvalidInput,
                    tr("The event id must be positive, not %1.").arg(c.eventId), kWhere);
    switch (c.kind) {
    case TicketKind::Seat: {
        const qsizetype n = c.seatGuid.toUtf8().size();
        if (n < 1 || n > kMaxSeatGuidBytes)
            return fail(ErrorCode::InvalidInput,
                        tr("The seat guid is %1 bytes of UTF-8; it must be 1 to %2.")
                            .arg(n)
                            .arg(kMaxSeatGuidBytes),
                        kWhere);
        if (c.quotaId != 0)
            return fail(ErrorCode::InvalidInput, tr("A seat ticket has no quota id."), kWhere);
        break;
    }
    case TicketKind::GeneralAdmission:
        if (c.quotaId <= 0)
            return fail(ErrorCode::InvalidInput,
                        tr("The quota id must be positive, not %1.").arg(c.quotaId), kWhere);
        if (!c.seatGuid.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("A general admission ticket has no seat guid."),
                        kWhere);
        break;
    default:
        return fail(
            ErrorCode::InvalidInput,
            tr("The ticket kind %1 is unknown; 1 is a seat, 2 general admission.").arg(int(c.kind)),
            kWhere);
    }
    const qsizetype typeBytes = c.ticketType.toUtf8().size();
    if (typeBytes > kMaxTicketTypeBytes)
        return fail(ErrorCode::InvalidInput,
                    tr("The ticket type code is %1 bytes of UTF-8; at most %2 fit.")
                        .arg(typeBytes)
                        .arg(kMaxTicketTypeBytes),
                    kWhere);
    if (c.validUntilMs < c.validFromMs)
        return fail(ErrorCode::InvalidInput,
                    tr("The ticket is valid until %1, before it is valid from %2.")
                        .arg(c.validUntilMs)
                        .arg(c.validFromMs),
                    kWhere);
    return {};
}

quint32 SignedTicket::keyIdOf(const QByteArray &rawPublicKey)
{
    const QByteArray digest = QCryptographicHash::hash(rawPublicKey, QCryptographicHash::Sha256);
    return qFromBigEndian<quint32>(digest.constData());
}

QString SignedTicket::issue(const TicketClaims &c, const Ed25519KeyPair &key)
{
    if (!checkClaims(c).ok())
        return {};
    QByteArray payload;
    payload.reserve(64);
    appendU8(payload, kFormatVersion);
    appendI64(payload, c.ticketId);
    appendI64(payload, c.eventId);
    appendU8(payload, quint8(c.kind));
    if (c.kind == TicketKind::Seat)
        appendText(payload, c.seatGuid.toUtf8());
    else
        appendI64(payload, c.quotaId);
    appendText(payload, c.ticketType.toUtf8());
    appendI64(payload, c.validFromMs);
    appendI64(payload, c.validUntilMs);
    appendU32(payload, keyIdOf(key.publicKeyRaw()));

    const QByteArray signature = key.sign(payload);
    if (signature.size() != kSignatureBytes)
        return {};
    return prefix() + Base32::encode(payload + signature);
}

Result<TicketClaims> SignedTicket::decode(const QString &code)
{
    auto ticket = parse(code);
    if (!ticket)
        return ticket.error();
    return ticket->claims();
}

Result<SignedTicket> SignedTicket::parse(const QString &code)
{
    const auto refuse = [](const QString &message) {
        return fail(ErrorCode::InvalidInput, message, kWhere);
    };

    if (code.isEmpty())
        return refuse(tr("The ticket code is empty."));
    if (!code.startsWith(prefix())) {
        if (code.startsWith(prefix(), Qt::CaseInsensitive))
            return refuse(tr("The ticket code is in lower case; codes are upper case."));
        if (code.size() >= 4 && code.startsWith(QLatin1String("TS")) && code[3] == u'.')
            return refuse(tr("The ticket code format %1 is not supported; this version reads "
                             "TS1 codes.")
                              .arg(code.left(3)));
        return refuse(
            tr("This is not a Tessera ticket code: it does not start with %1.").arg(prefix()));
    }

    const QStringView text = QStringView(code).mid(prefix().size());
    const Base32::Decoded decoded = Base32::decode(text);
    const qsizetype at = decoded.position + prefix().size() + 1; // 1-based, in the whole code
    switch (decoded.defect) {
    case Base32::Defect::None:
        break;
    case Base32::Defect::ForeignCharacter:
        return refuse(tr("The ticket code contains \"%1\" at character %2, which a code never "
                         "contains.")
                          .arg(QString(code[at - 1]), QString::number(at)));
    case Base32::Defect::ReEncoded:
        return refuse(tr("The ticket code was re-encoded (it looks like base64, \"%1\" at "
                         "character %2); codes are upper-case base32.")
                          .arg(QString(code[at - 1]), QString::number(at)));
    case Base32::Defect::LowerCase:
        return refuse(tr("The ticket code is in lower case; codes are upper case."));
    case Base32::Defect::Padding:
        return refuse(tr("The ticket code has \"=\" padding at character %1; codes carry no "
                         "padding.")
                          .arg(at));
    case Base32::Defect::BadLength:
        return refuse(tr("The ticket code has a length (%1 characters) no code can have: it "
                         "is truncated or has a character too many.")
                          .arg(code.size()));
    case Base32::Defect::NonCanonical:
        return refuse(tr("The ticket code does not end as a code does: it is truncated, "
                         "altered or re-encoded."));
    }

    const QByteArray &bytes = decoded.bytes;
    PayloadReader in(bytes);
    SignedTicket t;
    TicketClaims &c = t.m_claims;
    const QString truncated =
        tr("The ticket code is truncated: it ends inside the ticket data (%1 bytes).")
            .arg(bytes.size());

    quint8 version = 0;
    if (!in.u8(version))
        return refuse(truncated);
    if (version != kFormatVersion)
        return refuse(tr("The ticket data is format version %1; this version reads %2.")
                          .arg(version)
                          .arg(kFormatVersion));
    quint8 kind = 0;
    if (!in.i64(c.ticketId) || !in.i64(c.eventId) || !in.u8(kind))
        return refuse(truncated);
    c.kind = TicketKind(kind);
    if (c.kind == TicketKind::Seat) {
        quint8 n = 0;
        QByteArray guid;
        if (!in.u8(n))
            return refuse(truncated);
        if (n < 1 || n > kMaxSeatGuidBytes)
            return refuse(tr("The seat guid length %1 is out of range (1 to %2 bytes).")
                              .arg(n)
                              .arg(kMaxSeatGuidBytes));
        if (!in.bytes(n, guid))
            return refuse(truncated);
        if (!strictUtf8(guid, c.seatGuid))
            return refuse(tr("The seat guid is not valid UTF-8."));
    } else if (c.kind == TicketKind::GeneralAdmission) {
        if (!in.i64(c.quotaId))
            return refuse(truncated);
    } else {
        return refuse(
            tr("The ticket kind %1 is unknown; 1 is a seat, 2 general admission.").arg(kind));
    }
    quint8 typeLength = 0;
    QByteArray type;
    if (!in.u8(typeLength))
        return refuse(truncated);
    if (typeLength > kMaxTicketTypeBytes)
        return refuse(tr("The ticket type length %1 is out of range (0 to %2 bytes).")
                          .arg(typeLength)
                          .arg(kMaxTicketTypeBytes));
    if (!in.bytes(typeLength, type))
        return refuse(truncated);
    if (!strictUtf8(type, c.ticketType))
        return refuse(tr("The ticket type code is not valid UTF-8."));
    if (!in.i64(c.validFromMs) || !in.i64(c.validUntilMs) || !in.u32(t.m_keyId))
        return refuse(truncated);

    if (in.remaining() < kSignatureBytes)
        return refuse(tr("The ticket code is truncated: its signature has %1 of %2 bytes.")
                          .arg(in.remaining())
                          .arg(kSignatureBytes));
    if (in.remaining() > kSignatureBytes)
        return refuse(tr("The ticket code has %1 bytes after its signature: it was padded or "
                         "altered.")
                          .arg(in.remaining() - kSignatureBytes));
    if (auto valid = checkClaims(c); !valid)
        return valid.error();

    t.m_payload = bytes.left(in.offset());
    t.m_signature = bytes.mid(in.offset());
    return t;
}

} // namespace tessera
