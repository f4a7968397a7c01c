// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

namespace tessera {

class Clock;

// The server's log: one line per event that matters (started, listening,
// a terminal enrolled, stopped…), never one per request, on stderr:
//   2026-12-03T12:00:00.123Z tessera-server listening on https://127.0.0.1:8443
class ServerLog
{
public:
    ServerLog(const Clock &clock, std::FILE *out = stderr)
        : m_clock(clock)
        , m_out(out)
    {}

    void line(const QString &text) const;

private:
    const Clock &m_clock;
    std::FILE *m_out;
};

} // namespace tessera
