// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace tessera {

class Engine;

// Notices, within a second, that the journal moved without a command of
// the console's own: the writer expired a hold or an unpaid order, or
// another front end wrote.
class JournalWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 1000;

    // `engine` must outlive the watch.
    explicit JournalWatch(Engine &engine, QObject *parent = nullptr);

    // A command of ours reached `seq`: not news.
    void seen(qint64 seq);

signals:
    void moved();

private:
    void poll();

    Engine &m_engine;
    qint64 m_seenSeq = 0;
};

} // namespace tessera
