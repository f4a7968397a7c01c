// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminchannel.h"

#include "apireply.h"

#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace tessera {

namespace {

constexpr qint64 kMaxLine = 64 * 1024;

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

AdminChannel::AdminChannel(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

AdminChannel::~AdminChannel()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

Result<void> AdminChannel::listen(const QString &socketPath)
{
    QLocalServer::removeServer(socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath))
        return fail(
            ErrorCode::StorageError,
            tr("Cannot open the admin socket %1: %2").arg(socketPath, m_server->errorString()),
            socketPath);
    connect(m_server, &QLocalServer::newConnection, this, &AdminChannel::serveOne);
    return {};
}

void AdminChannel::serveOne()
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
            const Result<QJsonObject> answer = m_handler(request);
            socket->write(
                answer
                    ? line({{QStringLiteral("ok"), true}, {QStringLiteral("answer"), *answer}})
                    : line({{QStringLiteral("ok"), false},
                            {QStringLiteral("error"),
                             ApiReply::errorBody(answer.error()).value(QStringLiteral("error"))}}));
            socket->disconnectFromServer();
        });
    }
}

std::optional<Result<QJsonObject>> AdminChannel::call(const QString &socketPath,
                                                      const QJsonObject &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(timeoutMs))
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
            fail(ErrorCode::StorageError, tr("The running server did not answer in time.")));
    if (answer.value(QStringLiteral("ok")).toBool())
        return Result<QJsonObject>(answer.value(QStringLiteral("answer")).toObject());
    const QJsonObject e = answer.value(QStringLiteral("error")).toObject();
    const ErrorCode code = errorCodeFromName(e.value(QStringLiteral("code")).toString())
                               .value_or(ErrorCode::StorageError);
    return Result<QJsonObject>(fail(code, e.value(QStringLiteral("message")).toString(),
                                    e.value(QStringLiteral("where")).toString()));
}

} // namespace tessera
