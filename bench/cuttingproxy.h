// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <atomic>

namespace tessera::bench {

// A TCP proxy on 127.0.0.1 in front of the server, on a thread of its own,
// for the fault journal up must survive: the server committed a batch and
// its answer never arrives. Armed with cutAnswers(n), it cuts the next n
// connections that, after a large request (the client sent at least
// kLargeRequest bytes since the last answer), receive answer bytes: those
// bytes are dropped and both sides closed. TLS passes through untouched.
class CuttingProxy : public QThread
{
    Q_OBJECT

public:
    static constexpr qint64 kLargeRequest = 16 * 1024;

    explicit CuttingProxy(int targetPort);
    ~CuttingProxy() override;

    // The port to connect to instead of the server's (0 if it cannot listen).
    int port() const { return m_port.load(); }
    void cutAnswers(int count) { m_armed.fetch_add(count); }
    void disarm() { m_armed.store(0); }
    int cutsDone() const { return m_cuts.load(); }

protected:
    void run() override;

private:
    bool takeCut();

    int m_targetPort;
    std::atomic<int> m_port{-1};
    std::atomic<int> m_armed{0};
    std::atomic<int> m_cuts{0};
};

} // namespace tessera::bench
