// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalwatch.h"

#include "engine/engine.h"

#include <QTimer>

namespace tessera {

JournalWatch::JournalWatch(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_seenSeq(engine.stats().journalSeq)
{
    auto *timer = new QTimer(this);
    timer->setInterval(kIntervalMs);
    connect(timer, &QTimer::timeout, this, &JournalWatch::poll);
    timer->start();
}

void JournalWatch::seen(qint64 seq)
{
    m_seenSeq = qMax(m_seenSeq, seq);
}

void JournalWatch::poll()
{
    const qint64 seq = m_engine.stats().journalSeq;
    if (seq == m_seenSeq)
        return;
    m_seenSeq = seq;
    emit moved();
}

} // namespace tessera
