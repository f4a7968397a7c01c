// SPDX-License-Identifier: GPL-3.0-or-later
#include "cuttingproxy.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace tessera::bench {

CuttingProxy::CuttingProxy(int targetPort)
    : m_targetPort(targetPort)
{
    start();
    while (m_port.load() < 0)
        QThread::msleep(1);
}

CuttingProxy::~CuttingProxy()
{
    quit();
    wait();
}

bool CuttingProxy::takeCut()
{
    int armed = m_armed.load();
    while (armed > 0) {
        if (m_armed.compare_exchange_weak(armed, armed - 1)) {
            ++m_cuts;
            return true;
        }
    }
    return false;
}

void CuttingProxy::run()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        m_port = 0;
        return;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client); // goes with the client
            // Bytes the client sent since the server last answered.
            auto asked = std::make_shared<qint64>(0);
            QObject::connect(client, &QTcpSocket::readyRead, client, [client, upstream, asked] {
                const QByteArray bytes = client->readAll();
                *asked += bytes.size();
                upstream->write(bytes); // buffered until connected
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [this, client, upstream, asked] {
                                 const QByteArray bytes = upstream->readAll();
                                 if (*asked >= kLargeRequest && takeCut()) {
                                     upstream->abort();
                                     client->abort();
                                     return;
                                 }
                                 *asked = 0;
                                 client->write(bytes);
                             });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                             [client](QAbstractSocket::SocketError) { client->abort(); });
            upstream->connectToHost(QHostAddress::LocalHost, quint16(m_targetPort));
        }
    });
    m_port = server.serverPort();
    exec();
}

} // namespace tessera::bench
