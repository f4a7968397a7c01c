// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tessera {
class RandomSource;
}

#include <array>
#include <optional>

namespace tessera {

// The code printed on a ticket: "TK1-<line id>-<secret>". The secret makes a
// code unguessable; the signed form for offline gates replaces it later.
struct TicketCode
{
    qint64 lineId = 0;
    QString secret;

    QString toString() const;
    // toString()'s text appended to `out` as ASCII, from a line id and the
    // secret's digits, allocating nothing else: the one place the code's
    // form is written (the answer thread splices codes into answers with it).
    static void appendText(QByteArray &out, qint64 lineId, QByteArrayView secret);
    // The code as printed under the QR for a person to read out and type:
    // the secret in groups of four, "TK1-42-0123-4567-89AB-CDEF".
    QString readable() const;
    // A new secret: 8 random bytes as 16 upper-case hex digits.
    static QString newSecret(RandomSource &random);
    // The same digits as ASCII, for the writer's hot path (nothing allocated).
    using SecretDigits = std::array<char, 16>;
    static SecretDigits newSecretDigits(RandomSource &random);
    // Takes toString() and readable() alike, in any case, with spaces.
    static std::optional<TicketCode> parse(const QString &text);
};

} // namespace tessera
