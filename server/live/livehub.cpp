// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livehub.h"

#include "apireply.h"
#include "common/clock.h"
#include "live/dashboardquery.h"
#include "live/livedashboard.h"
#include "management/staffcredentials.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QJsonDocument>
#include <QWebSocket>

namespace tessera {

namespace {

const QString kPath = QStringLiteral("/v1/live");

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

LiveHub::LiveHub(QAbstractHttpServer &http, const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    connect(&http, &QAbstractHttpServer::newWebSocketConnection, this, &LiveHub::accept);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, [this] { pushAll(true); });
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &LiveHub::heartbeat);
    m_heartbeat.start();
    m_sinceLastPush.start();
}

LiveHub::~LiveHub()
{
    for (auto &client : m_clients)
        client->socket->disconnect(this);
}

void LiveHub::accept()
{
    auto &http = *qobject_cast<QAbstractHttpServer *>(sender());
    while (http.hasPendingWebSocketConnections()) {
        auto client = std::make_unique<Client>();
        client->socket = http.nextPendingWebSocketConnection();
        client->connectedAt.start();
        QWebSocket *socket = client->socket.get();
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) { received(socket, message); });
        // Later, from the event loop: never while the clients are being walked.
        connect(
            socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); },
            Qt::QueuedConnection);
        m_clients.push_back(std::move(client));
        Client &c = *m_clients.back();
        if (socket->requestUrl().path() != kPath) {
            refuse(c,
                   fail(ErrorCode::NotFound,
                        tr("WebSockets are served at %1 only, not at %2.")
                            .arg(kPath, socket->requestUrl().path()),
                        QStringLiteral("path")),
                   true);
            continue;
        }
        const QByteArray authorization = socket->request().rawHeader("Authorization");
        if (!authorization.isEmpty() && authenticate(c, authorization))
            push(c, false);
    }
}

bool LiveHub::authenticate(Client &client, const QByteArray &authorization)
{
    StaffAuthenticator auth(*m_parts.engine, *m_parts.clock);
    auto who = StaffCredentials::authorize(auth, authorization, Permission::ViewReports);
    if (!who) {
        refuse(client, who.error(), true);
        return false;
    }
    client.authenticated = true;
    return true;
}

void LiveHub::received(QWebSocket *socket, const QString &message)
{
    Client *client = clientOf(socket);
    if (!client)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        refuse(*client,
               fail(ErrorCode::InvalidJson, tr("A message to /v1/live is a JSON object."),
                    QStringLiteral("message")),
               !client->authenticated);
        return;
    }
    const QJsonObject o = doc.object();
    if (o.contains(QStringLiteral("user")) || o.contains(QStringLiteral("pin"))) {
        const QString credentials = o.value(QStringLiteral("user")).toString() + QLatin1Char(':') +
                                    o.value(QStringLiteral("pin")).toString();
        if (!authenticate(*client, "Basic " + credentials.toUtf8().toBase64()))
            return;
    }
    if (!client->authenticated) {
        refuse(*client,
               fail(ErrorCode::Unauthenticated,
                    tr("Sign in first: {\"user\": name, \"pin\": PIN}, or the handshake's "
                       "Authorization header."),
                    QStringLiteral("user")),
               true);
        return;
    }
    if (o.contains(QStringLiteral("subscribe"))) {
        auto filter = DashboardQuery::fromJson(o.value(QStringLiteral("subscribe")).toObject());
        if (!filter) {
            refuse(*client, filter.error(), false);
            return;
        }
        client->filter = *filter;
    }
    // Signed in or subscribed: the whole figures of the range, at once.
    push(*client, false);
}

void LiveHub::salesChanged()
{
    if (m_coalesce.isActive())
        return;
    const qint64 wait = qMax<qint64>(0, kMinPushIntervalMs - m_sinceLastPush.elapsed());
    m_coalesce.start(int(wait));
}

void LiveHub::pushAll(bool onlyChanged)
{
    m_sinceLastPush.restart();
    Round round;
    for (auto &client : m_clients) {
        if (client->authenticated)
            push(*client, onlyChanged, &round);
    }
}

void LiveHub::push(Client &client, bool onlyChanged, Round *round)
{
    const QByteArray filterKey =
        round ? compact(DashboardQuery::toJson(client.filter)).toUtf8() : QByteArray();
    Result<QJsonObject> figures = QJsonObject();
    if (round && round->contains(filterKey)) {
        figures = round->value(filterKey);
    } else {
        figures = LiveDashboard(*m_parts.reader, *m_parts.journal, m_parts.metrics, *m_parts.clock)
                      .compute(client.filter);
        if (figures && round)
            round->insert(filterKey, *figures);
    }
    if (!figures) {
        refuse(client, figures.error(), false);
        return;
    }
    QJsonObject timeless = *figures;
    for (const char *key : {"computed_at", "server", "terminals"})
        timeless.remove(QLatin1String(key));
    const QByteArray bytes = QJsonDocument(timeless).toJson(QJsonDocument::Compact);
    if (onlyChanged && bytes == client.lastFigures)
        return;
    client.lastFigures = bytes;
    const qint64 now = m_parts.clock->nowMs();
    client.socket->sendTextMessage(
        compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("figures")},
                            {QStringLiteral("seq"), ++client.seq},
                            {QStringLiteral("at"), iso(now)},
                            {QStringLiteral("filter"), DashboardQuery::toJson(client.filter)},
                            {QStringLiteral("figures"), *figures}}));
}

// Every few seconds: a heartbeat, the figures again when time alone changed
// them (a new minute, the pace), and the end of clients that never signed in.
void LiveHub::heartbeat()
{
    const qint64 now = m_parts.clock->nowMs();
    std::vector<QWebSocket *> late;
    Round round;
    for (auto &client : m_clients) {
        if (!client->authenticated) {
            if (client->connectedAt.elapsed() > kAuthTimeoutMs)
                late.push_back(client->socket.get());
            continue;
        }
        client->socket->sendTextMessage(
            compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("heartbeat")},
                                {QStringLiteral("seq"), ++client->seq},
                                {QStringLiteral("at"), iso(now)}}));
        push(*client, true, &round);
    }
    for (QWebSocket *socket : late) {
        if (Client *c = clientOf(socket))
            refuse(*c,
                   fail(ErrorCode::Unauthenticated,
                        tr("No credentials within %1 s of connecting.").arg(kAuthTimeoutMs / 1000),
                        QStringLiteral("user")),
                   true);
    }
}

void LiveHub::refuse(Client &client, const Error &error, bool close)
{
    QJsonObject body = ApiReply::errorBody(error);
    body.insert(QStringLiteral("type"), QStringLiteral("error"));
    client.socket->sendTextMessage(compact(body));
    if (close)
        client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, error.message);
}

void LiveHub::drop(QWebSocket *socket)
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if ((*it)->socket.get() == socket) {
            (*it)->socket->disconnect(this);
            (*it)->socket.release()->deleteLater();
            m_clients.erase(it);
            return;
        }
    }
}

LiveHub::Client *LiveHub::clientOf(QWebSocket *socket)
{
    for (auto &client : m_clients) {
        if (client->socket.get() == socket)
            return client.get();
    }
    return nullptr;
}

} // namespace tessera
