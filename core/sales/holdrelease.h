// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace tessera {

class WriteContext;

enum class HoldEnd : int { Active = 0, Converted = 1, Released = 2, Expired = 3 };

// Puts everything a hold still reserves back on sale and records how the hold
// ended. Shared by release, expiry and the leftovers of a sale from a hold.
Result<QJsonObject> releaseHold(WriteContext &ctx, qint64 holdId, HoldEnd end);

} // namespace tessera
