// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace tessera::test {

class EngineFixture;

// The real tessera-server executable, as tests run it (TESSERA_SERVER_EXE is
// set by tests/CMakeLists.txt for the test targets that need it).
struct ServerRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `tessera-server arguments…` to its end (at most a minute).
ServerRun runServerCommand(const QString &exe, const QStringList &arguments);

// `tessera-server init --data DIR --demo`; true when it succeeded.
bool initServer(const QString &exe, const QString &data);
// initServer, then the demo's staff (ops 4444, manager 3333, cashier 1111…)
// in server.db, for management calls; true when both succeeded.
bool initServerWithStaff(const QString &exe, const QString &data);
// A one-time code from `tessera-server enrol-code` for `terminal` at venue 1
// (the demo's); empty when it failed.
QString enrolmentCode(const QString &exe, const QString &data, const QString &terminal);

// `tessera-server allocate … --event 1 --count N` for `terminal`: the plan
// ids of the seats given (empty when it failed).
QStringList allocateSeats(const QString &exe, const QString &data, const QString &terminal,
                          int count);

// Sells seat `guid` of the server's demo event 1 (adult, `paid` by card: all
// of its 380.00 by default) at a console that took the server's catalog and
// was allocated the seat, as `actor` (empty: the fixture's default).
CommandOutcome sellAllocatedSeat(EngineFixture &console, const QString &guid, qint64 paid = 38000,
                                 const QString &actor = {});

// `tessera-server run --data DIR --listen 127.0.0.1:0` in the background,
// its port read from the "listening on" line; killed when destroyed.
class RunningServer
{
public:
    // `port` 0: any free one; another: that one (a server restarted where
    // its clients know it).
    RunningServer(const QString &exe, const QString &data, int port = 0);
    ~RunningServer();
    RunningServer(const RunningServer &) = delete;
    RunningServer &operator=(const RunningServer &) = delete;

    int port() const { return m_port; }
    QProcess &process() { return m_process; }
    // Everything logged so far.
    QByteArray log();
    // Waits (up to 10 s) until `needle` is in the log.
    bool logged(const QByteArray &needle);
    // SIGTERM, and waits for the end; the exit code (-1 on a crash).
    int stop();

private:
    QProcess m_process;
    QByteArray m_log;
    int m_port = 0;
};

} // namespace tessera::test
