// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace tessera::bench {

// The real tessera-server for the sync benchmarks: initialised into a
// throw-away data folder, run on 127.0.0.1, killed and started again on the
// same port (so the terminals' links stay good).
class BenchServer
{
public:
    BenchServer(QString exe, QString data)
        : m_exe(std::move(exe))
        , m_data(std::move(data))
    {}
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    // `tessera-server init --data DIR --demo`; false (and why in lastError) on failure.
    bool init();
    // A one-time enrolment code for `terminal` at the demo venue (1), issued
    // by the running server through its admin socket; empty on failure.
    QString enrolmentCode(const QString &terminal);
    // Starts `tessera-server run` on 127.0.0.1 (the first time on a free
    // port, later on the same one) and waits for "listening on".
    bool start();
    // SIGKILL: no goodbye, nothing flushed but what was committed.
    void kill();
    // SIGTERM and waits; true when it exited cleanly.
    bool stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // CPU time (user + system) the running server has used so far, in seconds.
    double cpuSeconds() const;

    int port() const { return m_port; }
    QString data() const { return m_data; }
    QString database() const;
    QString lastError() const { return m_error; }

private:
    QString m_exe;
    QString m_data;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace tessera::bench
