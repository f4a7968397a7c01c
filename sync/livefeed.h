// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace tessera {

// A dashboard's live figures from the central server (docs/api.md,
// "WebSocket /v1/live"): a WebSocket to wss://<server>/v1/live, the server's
// CA pinned as ServerClient does (never the system's store), signed in as a
// member of staff with the first message and subscribed with a filter. It
// reconnects by itself with a growing pause (kFirstRetryMs doubling up to
// kMaxRetryMs) when the connection drops or stays silent past kSilenceMs, and
// the server answers a (re)subscription with the whole figures of the range,
// so what was missed meanwhile is there again. The header of a dashboard
// shows state(): "live", or "reconnecting — data as of lastDataAtMs()".
class LiveFeed : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Connecting, Live, Reconnecting, Refused };
    Q_ENUM(State)

    static constexpr int kFirstRetryMs = 250;
    static constexpr int kMaxRetryMs = 8000;
    static constexpr int kSilenceMs = 10000;

    struct Options
    {
        QUrl address; // https://host:port, as in ServerLink
        QSslCertificate ca;
        QString user;
        QString pin;
        // {"from", "to", "event", "channel", "terminal"}; empty: everything, live.
        QJsonObject filter;
        const Clock *clock = nullptr; // the system's when null
    };

    explicit LiveFeed(Options options, QObject *parent = nullptr);
    ~LiveFeed() override;

    void start();
    void stop();
    // Subscribes again with `filter`: the figures of the new range follow.
    void setFilter(const QJsonObject &filter);

    State state() const { return m_state; }
    qint64 lastDataAtMs() const { return m_lastDataAtMs; }
    QJsonObject figures() const { return m_figures; }
    // The last refusal's code and message (Refused: wrong PIN, role…).
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }

signals:
    void figuresChanged(const QJsonObject &figures);
    void stateChanged(tessera::LiveFeed::State state, qint64 lastDataAtMs);

private:
    void open();
    void onConnected();
    void onMessage(const QString &message);
    void onDropped();
    void setState(State state);
    void subscribe(bool withCredentials);

    Options m_options;
    SystemClock m_systemClock;
    const Clock &m_clock;
    QWebSocket *m_socket = nullptr;
    QTimer m_retry;
    QTimer m_silence;
    int m_retryMs = kFirstRetryMs;
    State m_state = State::Stopped;
    qint64 m_lastDataAtMs = 0;
    QJsonObject m_figures;
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace tessera
