// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QAbstractHttpServer;
class QWebSocket;

namespace tessera {

class Clock;
class Engine;
class JournalService;
class RequestMetrics;
class SqliteDb;
struct Error;

// The live push (docs/api.md, "WebSocket /v1/live"): dashboards connect with
// a WebSocket on the server's own port and path /v1/live, authenticate as a
// member of staff whose role may view reports (the handshake's
// "Authorization: Basic …", or a first message {"user", "pin"}), and
// subscribe with a filter {"subscribe": {"from", "to", "event", "channel",
// "terminal"}} (DashboardQuery; none: everything, live). The hub answers
//   {"type": "figures", "seq", "at", "figures": <GET /v1/dashboard's answer>}
// at once (figures are a state: a client that reconnects has all of its range
// again) and whenever they change: after an ingest, coalesced, at most every
// kMinPushIntervalMs; and {"type": "heartbeat", "seq", "at"} every
// kHeartbeatMs. A refused or malformed message gets {"type": "error",
// "error": {"code", "message", "where"}}; refused credentials, a wrong path
// or no authentication within kAuthTimeoutMs close the socket (1008).
class LiveHub : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinPushIntervalMs = 250;
    static constexpr int kHeartbeatMs = 3000;
    static constexpr int kAuthTimeoutMs = 10000;

    struct Parts
    {
        Engine *engine = nullptr;
        SqliteDb *reader = nullptr;
        JournalService *journal = nullptr;
        const RequestMetrics *metrics = nullptr;
        const Clock *clock = nullptr;
    };
    LiveHub(QAbstractHttpServer &http, const Parts &parts, QObject *parent = nullptr);
    ~LiveHub() override;

    // Sales reached the server: the figures will be pushed (coalesced).
    void salesChanged();
    int clients() const { return int(m_clients.size()); }

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        bool authenticated = false;
        DashboardFilter filter;
        QByteArray lastFigures; // what was pushed last, without its moment
        qint64 seq = 0;
        QElapsedTimer connectedAt;
    };
    void accept();
    void received(QWebSocket *socket, const QString &message);
    // Figures computed once per filter within one round of pushes: an ops
    // room's screens usually watch the same range.
    using Round = QHash<QByteArray, QJsonObject>;
    void pushAll(bool onlyChanged);
    void push(Client &client, bool onlyChanged, Round *round = nullptr);
    void heartbeat();
    void refuse(Client &client, const Error &error, bool close);
    void drop(QWebSocket *socket);
    Client *clientOf(QWebSocket *socket);
    bool authenticate(Client &client, const QByteArray &authorization);

    Parts m_parts;
    std::vector<std::unique_ptr<Client>> m_clients;
    QTimer m_coalesce;
    QTimer m_heartbeat;
    QElapsedTimer m_sinceLastPush;
};

} // namespace tessera
