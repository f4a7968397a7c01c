// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace tessera {

// The read-only report verbs of tessera-server, on the server's database
// whether or not the server runs (a read connection beside its writer):
//   totals    --data DIR [--event N] [--json]   per event and terminal
//   conflicts --data DIR                        double entries, as JSON
// Exit codes as ServerCli's: 0 done, 1 refused, 2 usage.
class TotalsCli
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TotalsCli)

public:
    TotalsCli(std::FILE *out, std::FILE *err)
        : m_out(out)
        , m_err(err)
    {}

    int totals(const QStringList &arguments);
    int conflicts(const QStringList &arguments);

private:
    void print(std::FILE *to, const QString &text) const;
    int fail(const QString &message) const;

    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace tessera
