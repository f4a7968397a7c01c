// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera {

// What a dashboard or a run report looks at: a time range (from inclusive, to
// exclusive; from 0 means "since the first sale") and optional filters. An
// empty string or 0 means "all".
struct DashboardFilter
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 eventId = 0;
    QString channel;
    QString terminal;
    // > 0: a window that moves with the clock, the last windowMs before the
    // moment of computing (from and to are then set by at()).
    qint64 windowMs = 0;
    qint64 venueId = 0; // the events of one venue (SaleFacts::eventVenues)

    // The filter at `nowMs`: a moving window becomes [now - window, now].
    DashboardFilter at(qint64 nowMs) const
    {
        DashboardFilter f = *this;
        if (windowMs > 0) {
            f.fromMs = nowMs - windowMs;
            f.toMs = nowMs + 1;
        }
        return f;
    }

    bool takesTime(qint64 ms) const { return ms >= fromMs && ms < toMs; }
    bool takesEvent(qint64 event) const { return eventId == 0 || event == eventId; }
    bool takesChannel(const QString &c) const { return channel.isEmpty() || c == channel; }
    bool takesTerminal(const QString &t) const { return terminal.isEmpty() || t == terminal; }
};

} // namespace tessera
