// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/base32.h"

namespace tessera {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The value of an upper-case base32 character, or -1.
int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}

bool isLower(char16_t u)
{
    return u >= u'a' && u <= u'z';
}

bool isUpper(char16_t u)
{
    return u >= u'A' && u <= u'Z';
}

// Characters of base64 (standard or URL-safe) that base32 never uses.
bool isBase64Only(char16_t u)
{
    return u == u'0' || u == u'1' || u == u'8' || u == u'9' || u == u'+' || u == u'/' ||
           u == u'-' || u == u'_';
}

Base32::Decoded refused(Base32::Defect defect, qsizetype position = -1)
{
    return Base32::Decoded{{}, defect, position};
}

} // namespace

QString Base32::encode(const QByteArray &bytes)
{
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

Base32::Decoded Base32::decode(QStringView text)
{
    qsizetype firstLower = -1, firstPadding = -1, firstBase64 = -1;
    bool hasUpper = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (valueOf(text[i]) >= 0) {
            hasUpper = hasUpper || isUpper(u);
        } else if (isLower(u)) {
            if (firstLower < 0)
                firstLower = i;
        } else if (u == u'=') {
            if (firstPadding < 0)
                firstPadding = i;
        } else if (isBase64Only(u)) {
            if (firstBase64 < 0)
                firstBase64 = i;
        } else {
            return refused(Defect::ForeignCharacter, i);
        }
    }
    if (firstBase64 >= 0)
        return refused(Defect::ReEncoded, firstBase64);
    if (firstLower >= 0)
        return refused(hasUpper ? Defect::ReEncoded : Defect::LowerCase, firstLower);
    if (firstPadding >= 0)
        return refused(Defect::Padding, firstPadding);

    // 5 bits a character: lengths 1, 3 and 6 (mod 8) leave a partial byte.
    const qsizetype rest = text.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return refused(Defect::BadLength);

    Decoded out;
    out.bytes.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        buffer = (buffer << 5) | quint32(valueOf(c));
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    if ((buffer & ((1u << bits) - 1)) != 0)
        return refused(Defect::NonCanonical, text.size() - 1);
    return out;
}

} // namespace tessera
