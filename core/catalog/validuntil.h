// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace tessera {

// The valid_until column of card-code files: ISO 8601 in its extended form, 2025-12-31 or
// 2025-12-31T18:00[:00[.000]][Z|+08:00|+0800|+08], UTC when no offset is given. A date alone
// means the code is valid through that whole day (UTC), so it reads as 23:59:59.999.
// Returns the last valid instant in ms since the Unix epoch; nothing for other text or times
// before 1970.
std::optional<qint64> parseValidUntil(QStringView text);

// The inverse: a date alone for an end-of-day instant, otherwise a UTC date-time ("...Z").
QByteArray formatValidUntil(qint64 ms);

} // namespace tessera
