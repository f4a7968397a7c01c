// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace tessera {

// Turns the compact option values of hold and sell ("--seat S-A-1:child",
// "--ga 3:2", "--card 1:1", "--pay cash:38000:R1") into the JSON lines and
// payments their commands take. A value that does not fit its pattern is
// refused with the option and the pattern it expects.
class SaleOptions
{
public:
    // GUID, or GUID[:TYPE] when `withTicketType`.
    static Result<QJsonObject> seat(const QString &spec, bool withTicketType);
    // QUOTA:QTY, or QUOTA:QTY[:TYPE] when `withTicketType`.
    static Result<QJsonObject> ga(const QString &spec, bool withTicketType);
    // PRODUCT:QTY.
    static Result<QJsonObject> card(const QString &spec);
    // METHOD:AMOUNT[:REFERENCE]; the reference keeps any further colons.
    static Result<QJsonObject> payment(const QString &spec);
};

} // namespace tessera
