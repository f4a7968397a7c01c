// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class QHttpServer;

namespace tessera {

class Clock;
class Engine;
class SqliteDb;
class JournalService;
class LiveHub;
class CatalogService;
class RefundService;
class RequestMetrics;
class TerminalService;

// The server's versioned HTTP/JSON API (docs/api.md), installed on a
// QHttpServer. So far:
//   GET  /v1/health    {"status": "ok", "server": "tessera-server", "version", "time",
//   "journal_seq"} POST /v1/enrol     {"code": "TE1-…"} → {"terminal", "terminal_id", "venue",
//   "token"} GET  /v1/terminal  (Authorization: Bearer <token>) → the terminal's identity
//   GET  /v1/totals[?event=N], GET /v1/conflicts  (Authorization: Basic name:PIN of a
//   member of staff whose role may view reports) → SalesTotals, RedemptionLedger
// Anything else answers 404 with an error body (ApiReply).
class ServerRoutes
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ServerRoutes)

public:
    struct Parts
    {
        Engine *engine = nullptr;
        SqliteDb *reader = nullptr; // the HTTP thread's own read connection
        TerminalService *terminals = nullptr;
        JournalService *journal = nullptr;
        CatalogService *catalog = nullptr;
        RequestMetrics *metrics = nullptr; // counts and times every answer (GET /metrics)
        const Clock *clock = nullptr;
        LiveHub *live = nullptr;          // told when a journal batch brought sales
        RefundService *refunds = nullptr; // refunds of tickets sold at other terminals
    };
    static void install(QHttpServer &http, const Parts &parts);
    // Every route install() serves, as {"GET", "/v1/health"}: docs/openapi.json
    // must list exactly these (TestServerCli checks both ways, live).
    static QList<std::pair<QString, QString>> served();
};

} // namespace tessera
