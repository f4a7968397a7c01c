#pragma once

#include <QString>

#include <optional>

namespace tessera {

// The code printed on a ticket: "TK1-<line id>-<secret>". The secret makes a
// code unguessable; the signed form for offline gates replaces it later.
struct TicketCode
{
    qint64 lineId = 0;
    QString secret;

    QString toString() const;
    static std::optional<TicketCode> parse(const QString &text);
};

} // namespace tessera
