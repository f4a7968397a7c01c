// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::bench {

struct SecurityBenchOptions
{
    QString workDir;
    int tickets = 5000;        // signed and verified
    int auditEntries = 200000; // appended, then the chain verified
    int cardKeys = 5000;       // sold and revealed (decrypted)
    int signIns = 15;          // failed sign-ins timed per kind of name
};

// Ticket signing and verification, audit-chain verification and card-key
// delivery with decryption, and failed sign-ins under a real and an unknown
// name (which must take the same time); the keys tessera-bench security --json
// prints.
QJsonObject runSecurityBench(const SecurityBenchOptions &options,
                             const std::function<void(const QString &)> &progress);

} // namespace tessera::bench
