// SPDX-License-Identifier: GPL-3.0-or-later
#include "livefeed.h"

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QWebSocket>

namespace tessera {

namespace {

bool isRefusal(const QString &code)
{
    static const QStringList codes{QStringLiteral("unauthenticated"), QStringLiteral("wrong_pin"),
                                   QStringLiteral("account_locked"),
                                   QStringLiteral("permission_denied")};
    return codes.contains(code);
}

} // namespace

LiveFeed::LiveFeed(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : m_systemClock)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LiveFeed::open);
    m_silence.setSingleShot(true);
    m_silence.setInterval(kSilenceMs);
    // A connection that says nothing (not even a heartbeat) is dead, whatever
    // the socket believes: start again.
    connect(&m_silence, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
        onDropped();
    });
}

LiveFeed::~LiveFeed()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void LiveFeed::start()
{
    if (m_state != State::Stopped && m_state != State::Refused)
        return;
    m_retryMs = kFirstRetryMs;
    setState(State::Connecting);
    open();
}

void LiveFeed::stop()
{
    m_retry.stop();
    m_silence.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Stopped);
}

void LiveFeed::setFilter(const QJsonObject &filter)
{
    m_options.filter = filter;
    if (m_state == State::Live)
        subscribe(false);
}

void LiveFeed::open()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_options.ca}); // the pinned CA only, never the system's store
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QWebSocket::connected, this, &LiveFeed::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LiveFeed::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &LiveFeed::onDropped);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_socket)
                    m_errorMessage = m_socket->errorString();
                // A refused or failed connection attempt says so here only.
                if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
                    onDropped();
            });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_errorMessage = errors.first().errorString();
    });
    QUrl url = m_options.address;
    url.setScheme(url.scheme() == QLatin1String("http") ? QStringLiteral("ws")
                                                        : QStringLiteral("wss"));
    url.setPath(QStringLiteral("/v1/live"));
    m_silence.start();
    m_socket->open(url);
}

void LiveFeed::onConnected()
{
    subscribe(true);
}

void LiveFeed::subscribe(bool withCredentials)
{
    QJsonObject message{{QStringLiteral("subscribe"), m_options.filter}};
    if (withCredentials) {
        message.insert(QStringLiteral("user"), m_options.user);
        message.insert(QStringLiteral("pin"), m_options.pin);
    }
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void LiveFeed::onMessage(const QString &message)
{
    m_silence.start();
    const QJsonObject frame = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("error")) {
        const QJsonObject error = frame.value(QStringLiteral("error")).toObject();
        m_errorCode = error.value(QStringLiteral("code")).toString();
        m_errorMessage = error.value(QStringLiteral("message")).toString();
        if (isRefusal(m_errorCode)) {
            // Trying the same PIN again would only lock the account.
            m_retry.stop();
            m_silence.stop();
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
            setState(State::Refused);
        }
        return;
    }
    if (type != QLatin1String("figures"))
        return; // heartbeats only keep the connection known alive
    m_figures = frame.value(QStringLiteral("figures")).toObject();
    m_lastDataAtMs = m_clock.nowMs();
    m_retryMs = kFirstRetryMs;
    setState(State::Live);
    emit figuresChanged(m_figures);
}

void LiveFeed::onDropped()
{
    m_silence.stop();
    // Told twice (the error, then the disconnection): one retry.
    if (m_state == State::Stopped || m_state == State::Refused || m_retry.isActive())
        return;
    setState(State::Reconnecting);
    m_retry.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
}

void LiveFeed::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state, m_lastDataAtMs);
}

} // namespace tessera
