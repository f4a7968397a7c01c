// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace tessera {

class Clock;
class ServerDataDir;
struct Error;

// `tessera-server VERB --data DIR …`, headless:
//   init  --data DIR [--host NAME]… [--address IP]… [--demo]
//         creates the server's database (and the organizer's ticket key in
//         it), its CA and TLS certificate; prints the CA's fingerprint.
//   enrol-code --data DIR --terminal NAME --venue ID [--valid-hours H]
//         a one-time enrolment code for a counter (printed once).
//   revoke --data DIR --terminal NAME
//         takes a terminal out of service.
//   terminals --data DIR
//         every terminal: state, what the server has of its journal and, from
//         a running server, its backlog and when it was last heard from.
//   totals --data DIR [--event N] [--json], conflicts --data DIR
//         what the terminals sold per event, and double entries (TotalsCli).
//   rebuild-totals --data DIR
//         builds the totals again from the terminals' stored journals.
//   run   --data DIR [--listen ADDR:PORT]
//         serves HTTPS on ADDR:PORT (default 0.0.0.0:8443; port 0 picks a free
//         one, named in the "listening on" line) until SIGTERM or SIGINT.
// Exit codes: 0 done, 1 refused or failed (the reason on stderr), 2 usage.
class ServerCli
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ServerCli)

public:
    ServerCli(const Clock &clock, std::FILE *out = stdout, std::FILE *err = stderr)
        : m_clock(clock)
        , m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments);

private:
    int init(const QStringList &arguments);
    int serve(const QStringList &arguments);
    int enrolCode(const QStringList &arguments);
    int revoke(const QStringList &arguments);
    int listTerminals(const QStringList &arguments);
    int rebuildTotals(const QStringList &arguments);
    // Runs an admin request (enrol-code, revoke, terminals, rebuild-totals) through the running
    // server when there is one, or on the database directly.
    int admin(const QString &data, const QJsonObject &request);
    int usage(const QString &problem) const;
    // Prints the reason on stderr; exit code 1.
    int refuse(const Error &error) const;
    int notInitialised(const ServerDataDir &dir) const;
    void print(std::FILE *to, const QString &text) const;

    const Clock &m_clock;
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace tessera
