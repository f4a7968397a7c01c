#include "sales/ticketcode.h"

#include <QStringList>

namespace tessera {

QString TicketCode::toString() const
{
    return QStringLiteral("TK1-") + QString::number(lineId) + QLatin1Char('-') + secret;
}

std::optional<TicketCode> TicketCode::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    if (parts.size() != 3 || parts[0] != QLatin1String("TK1"))
        return std::nullopt;
    bool ok = false;
    const qint64 lineId = parts[1].toLongLong(&ok);
    if (!ok || lineId <= 0 || parts[2].size() != 16)
        return std::nullopt;
    for (const QChar c : parts[2]) {
        if (!c.isDigit() && (c < QLatin1Char('A') || c > QLatin1Char('F')))
            return std::nullopt;
    }
    return TicketCode{lineId, parts[2]};
}

} // namespace tessera
