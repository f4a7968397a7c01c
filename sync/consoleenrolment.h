// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "serverlink.h"

#include <QCoreApplication>

namespace tessera {

// Enrols a console with its server from what the manager handed over: the
// server's address and a one-time code (tessera-server enrol-code).
//  1. A TLS handshake with the server (nothing is sent) gives its
//     certificate chain; the CA in it must match the fingerprint inside the
//     code, or nothing more happens (another server, or someone in between).
//  2. With exactly that CA trusted, the code goes to POST /v1/enrol; the
//     answer's token, the CA and the address make the ServerLink.
class ConsoleEnrolment
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ConsoleEnrolment)

public:
    // `address`: "host:port" or "https://host:port".
    static Result<ServerLink> enrol(const QString &address, const QString &code,
                                    int timeoutMs = 10000);
    // The same server at a new address (moved, renamed): with only the CA
    // already pinned trusted, GET /v1/terminal with the link's token must name
    // this very terminal; then the link with the new address (not saved).
    // Nothing is sent unless the new address shows the pinned CA.
    static Result<ServerLink> moveTo(const ServerLink &link, const QString &address,
                                     int timeoutMs = 10000);
    // The server's CA as its handshake shows it, if its SHA-256 starts with
    // `caPrefix`.
    static Result<QSslCertificate> pinCa(const QUrl &address, const QByteArray &caPrefix,
                                         int timeoutMs);
};

} // namespace tessera
