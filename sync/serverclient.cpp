// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace tessera {

ServerClient::ServerClient(QUrl address, QSslCertificate ca, QString token, int timeoutMs)
    : m_address(std::move(address))
    , m_ca(std::move(ca))
    , m_authorization(token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1())
    , m_timeoutMs(timeoutMs)
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

ServerClient::~ServerClient() = default;

void ServerClient::useStaffCredentials(const QString &user, const QString &pin)
{
    m_authorization = "Basic " + (user + QLatin1Char(':') + pin).toUtf8().toBase64();
}

Result<QJsonObject> ServerClient::get(const QString &path)
{
    return call(path, nullptr);
}

Result<QJsonObject> ServerClient::post(const QString &path, const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call(path, &bytes);
}

Result<QJsonObject> ServerClient::post(const QString &path, const QByteArray &json)
{
    return call(path, &json);
}

Result<QJsonObject> ServerClient::call(const QString &path, const QByteArray *body)
{
    QUrl url = m_address;
    const QUrl relative(path); // a path, perhaps with a query
    url.setPath(relative.path());
    url.setQuery(relative.query());
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_ca}); // the pinned CA only, never the system's store
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_idempotencyKey);
    QNetworkReply *reply = body ? m_network->post(request, *body) : m_network->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0)
        return fail(ErrorCode::ServerUnreachable,
                    tr("The server at %1 cannot be reached: %2")
                        .arg(m_address.toString(), reply->errorString()),
                    QStringLiteral("server"));
    if (status >= 200 && status < 300)
        return answer;
    const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
    return fail(errorCodeFromName(error.value(QStringLiteral("code")).toString())
                    .value_or(ErrorCode::StorageError),
                error.value(QStringLiteral("message"))
                    .toString(tr("The server answered HTTP %1.").arg(status)),
                error.value(QStringLiteral("where")).toString());
}

} // namespace tessera
