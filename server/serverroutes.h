// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QHttpServer;

namespace tessera {

class Clock;
class Engine;

// The server's versioned HTTP/JSON API (docs/api.md), installed on a
// QHttpServer. So far:
//   GET /v1/health   {"status": "ok", "server": "tessera-server", "version", "time", "journal_seq"}
// Anything else answers 404 with an error body (ApiReply).
class ServerRoutes
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ServerRoutes)

public:
    static void install(QHttpServer &http, Engine &engine, const Clock &clock);
};

} // namespace tessera
