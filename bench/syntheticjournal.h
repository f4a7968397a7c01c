// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/journalbatch.h"

#include <QJsonObject>
#include <QString>

namespace tessera::bench {

// A simulated terminal's journal: entry `seq` is made from (terminal, seq)
// alone, so it is the same however often it is made — a batch sent again is
// a true duplicate, as a console's would be. The mix is a counter's day:
// seat and GA sales paid in cash or by card, holds and their releases, with
// payloads and answers shaped like the engine's.
class SyntheticJournal
{
public:
    SyntheticJournal(QString terminal, qint64 startMs)
        : m_terminal(std::move(terminal))
        , m_startMs(startMs)
    {}

    const QString &terminal() const { return m_terminal; }
    ShippedEntry entry(qint64 seq) const;
    // {"entries": [first … last]}, the body of POST /v1/journal.
    QJsonObject batch(qint64 first, qint64 last) const;

private:
    QString m_terminal;
    qint64 m_startMs;
};

} // namespace tessera::bench
