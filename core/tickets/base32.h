// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tessera {

// RFC 4648 base32, upper case and without padding, the only text ticket
// codes use: every character is in QR alphanumeric mode. Decoding is strict,
// so one byte string has exactly one accepted text.
class Base32
{
public:
    // Why a text was refused, most telling first.
    enum class Defect {
        None,
        ForeignCharacter, // outside both the base32 and base64 alphabets
        ReEncoded,        // mixed case or base64-only characters: another encoding
        LowerCase,        // base32, but lower case
        Padding,          // '=' padding, which codes never carry
        BadLength,        // no whole number of bytes: truncated or a stray character
        NonCanonical,     // unused low bits set: not the text this encoder writes
    };

    struct Decoded
    {
        QByteArray bytes;
        Defect defect = Defect::None;
        qsizetype position = -1; // the offending character, where there is one
        bool ok() const { return defect == Defect::None; }
    };

    static QString encode(const QByteArray &bytes);
    static Decoded decode(QStringView text);
};

} // namespace tessera
