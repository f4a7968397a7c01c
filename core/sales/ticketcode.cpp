// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/ticketcode.h"

#include "common/randomsource.h"

#include <QStringList>

#include <charconv>

namespace tessera {

void TicketCode::appendText(QByteArray &out, qint64 lineId, QByteArrayView secret)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, lineId).ptr;
    out.append("TK1-").append(digits, end - digits).append('-').append(secret);
}

QString TicketCode::toString() const
{
    QByteArray code;
    code.reserve(4 + 20 + 1 + secret.size());
    appendText(code, lineId, secret.toLatin1());
    return QString::fromLatin1(code);
}

TicketCode::SecretDigits TicketCode::newSecretDigits(RandomSource &random)
{
    // The same text as random.hex(8).toUpper(), without the temporaries.
    static constexpr char digits[] = "0123456789ABCDEF";
    char raw[8] = {};
    random.bytesInto(raw, int(sizeof raw));
    SecretDigits secret;
    for (size_t i = 0; i < sizeof raw; ++i) {
        const auto b = uchar(raw[i]);
        secret[2 * i] = digits[b >> 4];
        secret[2 * i + 1] = digits[b & 0xF];
    }
    return secret;
}

QString TicketCode::newSecret(RandomSource &random)
{
    const SecretDigits secret = newSecretDigits(random);
    return QString::fromLatin1(secret.data(), qsizetype(secret.size()));
}

QString TicketCode::readable() const
{
    QString code = QLatin1String("TK1-") + QString::number(lineId);
    for (qsizetype i = 0; i < secret.size(); i += 4)
        code.append(QLatin1Char('-')).append(secret.mid(i, 4));
    return code;
}

std::optional<TicketCode> TicketCode::parse(const QString &text)
{
    // A person reading the code out may type it in lower case, with spaces.
    QString compact = text.toUpper();
    compact.removeIf([](QChar c) { return c.isSpace(); });
    QStringList parts = compact.split(QLatin1Char('-'));
    if (parts.size() < 3 || parts[0] != QLatin1String("TK1"))
        return std::nullopt;
    bool ok = false;
    const qint64 lineId = parts[1].toLongLong(&ok);
    const QString secret = parts.mid(2).join(QString());
    if (!ok || lineId <= 0 || secret.size() != 16)
        return std::nullopt;
    for (const QChar c : secret) {
        if (!c.isDigit() && (c < QLatin1Char('A') || c > QLatin1Char('F')))
            return std::nullopt;
    }
    return TicketCode{lineId, secret};
}

} // namespace tessera
