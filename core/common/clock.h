// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace tessera {

// Source of the current time, injected so tests control time (hold expiry,
// sale windows). Milliseconds since the Unix epoch, UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// The real wall clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace tessera
