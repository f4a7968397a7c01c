// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverroutes.h"

#include "apireply.h"
#include "common/clock.h"
#include "engine/engine.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonDocument>
#include <QMetaEnum>

namespace tessera {

void ServerRoutes::install(QHttpServer &http, Engine &engine, const Clock &clock)
{
    http.route(
        QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get,
        [&engine, &clock](const QHttpServerRequest &) {
            return ApiReply::json(QJsonObject{
                {QStringLiteral("status"), QStringLiteral("ok")},
                {QStringLiteral("server"), QStringLiteral("tessera-server")},
                {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC)
                                             .toString(Qt::ISODateWithMs)},
                {QStringLiteral("journal_seq"), engine.stats().journalSeq}});
        });
    http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const Error error =
            fail(ErrorCode::NotFound,
                 tr("There is no %1 %2 on this server (see docs/api.md).")
                     .arg(QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>()
                                                  .valueToKey(int(request.method())))
                              .toUpper(),
                          request.url().path()),
                 request.url().path());
        responder.write(QJsonDocument(ApiReply::errorBody(error)),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

} // namespace tessera
