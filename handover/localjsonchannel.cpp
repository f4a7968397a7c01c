// SPDX-License-Identifier: GPL-3.0-or-later
#include "localjsonchannel.h"

#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace tessera {

namespace {

constexpr qint64 kMaxLine = 1024 * 1024;

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray answerLine(const Result<QJsonObject> &answer)
{
    if (answer)
        return line({{QStringLiteral("ok"), true}, {QStringLiteral("answer"), *answer}});
    QJsonObject e{{QStringLiteral("code"), errorCodeName(answer.error().code)},
                  {QStringLiteral("message"), answer.error().message}};
    if (!answer.error().where.isEmpty())
        e.insert(QStringLiteral("where"), answer.error().where);
    return line({{QStringLiteral("ok"), false}, {QStringLiteral("error"), e}});
}

} // namespace

LocalJsonChannel::LocalJsonChannel(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

LocalJsonChannel::~LocalJsonChannel()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

Result<void> LocalJsonChannel::listen(const QString &socketPath)
{
    QLocalServer::removeServer(socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath))
        return fail(
            ErrorCode::StorageError,
            tr("Cannot open the local socket %1: %2").arg(socketPath, m_server->errorString()),
            socketPath);
    connect(m_server, &QLocalServer::newConnection, this, &LocalJsonChannel::serveOne);
    return {};
}

QString LocalJsonChannel::socketPath() const
{
    return m_server ? m_server->fullServerName() : QString();
}

void LocalJsonChannel::serveOne()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxLine)
                    socket->abort();
                return;
            }
            const QJsonObject request =
                QJsonDocument::fromJson(socket->readLine(kMaxLine)).object();
            QPointer<QLocalSocket> guarded(socket);
            m_handler(request, [this, guarded](const Result<QJsonObject> &answer) {
                const QByteArray bytes = answerLine(answer);
                // Back on the channel's thread, if the client is still there.
                QMetaObject::invokeMethod(
                    this,
                    [guarded, bytes] {
                        if (!guarded)
                            return;
                        guarded->write(bytes);
                        guarded->disconnectFromServer();
                    },
                    Qt::QueuedConnection);
            });
        });
    }
}

std::optional<Result<QJsonObject>> LocalJsonChannel::call(const QString &socketPath,
                                                          const QJsonObject &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(qMin(timeoutMs, 2000)))
        return std::nullopt;
    socket.write(line(request));
    socket.flush();
    QByteArray reply;
    while (!reply.endsWith('\n') && reply.size() < kMaxLine) {
        if (!socket.waitForReadyRead(timeoutMs))
            break;
        reply += socket.readAll();
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply).object();
    if (answer.isEmpty())
        return Result<QJsonObject>(
            fail(ErrorCode::StorageError,
                 tr("The program holding the database did not answer in time.")));
    if (answer.value(QStringLiteral("ok")).toBool())
        return Result<QJsonObject>(answer.value(QStringLiteral("answer")).toObject());
    const QJsonObject e = answer.value(QStringLiteral("error")).toObject();
    const ErrorCode code = errorCodeFromName(e.value(QStringLiteral("code")).toString())
                               .value_or(ErrorCode::StorageError);
    return Result<QJsonObject>(fail(code, e.value(QStringLiteral("message")).toString(),
                                    e.value(QStringLiteral("where")).toString()));
}

} // namespace tessera
