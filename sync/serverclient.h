// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace tessera {

// A console's HTTPS calls to its server, one at a time and waiting for the
// answer (run it off the GUI thread). Only the pinned CA is trusted, the
// host name is checked, and every call has a timeout. The server's JSON
// errors come back as Error with the server's code; a server that cannot be
// reached is `engine_stopped` ("offline").
class ServerClient
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ServerClient)

public:
    ServerClient(QUrl address, QSslCertificate ca, QString token = {}, int timeoutMs = 10000);
    ~ServerClient();

    // Management calls: a member of staff's name and PIN (HTTP Basic, over
    // the pinned TLS only) instead of the terminal's token.
    void useStaffCredentials(const QString &user, const QString &pin);
    // Sent as the Idempotency-Key header of the calls that follow: a retry
    // with the same key after a lost answer changes nothing twice.
    void setIdempotencyKey(const QString &key) { m_idempotencyKey = key.toUtf8(); }

    Result<QJsonObject> get(const QString &path);
    Result<QJsonObject> post(const QString &path, const QJsonObject &body);
    // The same with the body already serialised (compact JSON).
    Result<QJsonObject> post(const QString &path, const QByteArray &json);

private:
    Result<QJsonObject> call(const QString &path, const QByteArray *body);

    QUrl m_address;
    QSslCertificate m_ca;
    QByteArray m_authorization;
    QByteArray m_idempotencyKey;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace tessera
