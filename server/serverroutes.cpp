// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverroutes.h"

#include "alerts/alertapi.h"
#include "alerts/alertstore.h"
#include "apireply.h"
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "engine/engine.h"
#include "live/dashboardquery.h"
#include "live/livedashboard.h"
#include "live/livehub.h"
#include "management/staffcredentials.h"
#include "metrics/metricstext.h"
#include "metrics/requestmetrics.h"
#include "refunds/refundservice.h"
#include "refunds/remoterefunds.h"
#include "sync/journalservice.h"
#include "sync/redemptionledger.h"
#include "sync/salestotals.h"
#include "terminals/terminalservice.h"
#include "terminals/terminaltokens.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace tessera {

namespace {

// The most a request body may hold: a full journal batch (2 000 entries)
// of large sales fits many times over.
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

Result<QJsonObject> jsonBody(const QByteArray &body)
{
    if (body.size() > kMaxBodyBytes)
        return fail(ErrorCode::InvalidInput,
                    ServerRoutes::tr("The request body is %1 bytes; this server takes at most %2.")
                        .arg(body.size())
                        .arg(kMaxBodyBytes),
                    QStringLiteral("body"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::InvalidJson,
                    ServerRoutes::tr("The request body is not a JSON object (%1 at byte %2).")
                        .arg(error.error != QJsonParseError::NoError
                                 ? error.errorString()
                                 : ServerRoutes::tr("another JSON value"))
                        .arg(error.offset),
                    QStringLiteral("body"));
    return doc.object();
}

// Header names are case-insensitive (RFC 9110).
QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QHttpServerResponse reply(const Result<QJsonObject> &result)
{
    return result ? ApiReply::json(*result) : ApiReply::error(result.error());
}

// ?event=N, when given.
Result<std::optional<qint64>> eventFilter(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(QStringLiteral("event")))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 event = query.queryItemValue(QStringLiteral("event")).toLongLong(&ok);
    if (!ok || event < 0)
        return fail(ErrorCode::InvalidInput,
                    ServerRoutes::tr("event takes an event's id (a number), not \"%1\".")
                        .arg(query.queryItemValue(QStringLiteral("event"))),
                    QStringLiteral("event"));
    return std::optional<qint64>(event);
}

} // namespace

QList<std::pair<QString, QString>> ServerRoutes::served()
{
    return {{QStringLiteral("GET"), QStringLiteral("/v1/health")},
            {QStringLiteral("POST"), QStringLiteral("/v1/enrol")},
            {QStringLiteral("GET"), QStringLiteral("/v1/terminal")},
            {QStringLiteral("POST"), QStringLiteral("/v1/journal")},
            {QStringLiteral("GET"), QStringLiteral("/v1/journal/ack")},
            {QStringLiteral("POST"), QStringLiteral("/v1/catalog")},
            {QStringLiteral("POST"), QStringLiteral("/v1/allocation/request")},
            {QStringLiteral("POST"), QStringLiteral("/v1/tickets/lookup")},
            {QStringLiteral("POST"), QStringLiteral("/v1/tickets/refund")},
            {QStringLiteral("GET"), QStringLiteral("/v1/totals")},
            {QStringLiteral("GET"), QStringLiteral("/v1/conflicts")},
            {QStringLiteral("GET"), QStringLiteral("/v1/dashboard")},
            {QStringLiteral("GET"), QStringLiteral("/v1/live")},
            {QStringLiteral("GET"), QStringLiteral("/v1/alerts")},
            {QStringLiteral("POST"), QStringLiteral("/v1/alerts/ack")},
            {QStringLiteral("POST"), QStringLiteral("/v1/alert-rules")},
            {QStringLiteral("GET"), QStringLiteral("/metrics")}};
}

// A route added here goes into served() and docs/openapi.json too.
void ServerRoutes::install(QHttpServer &http, const Parts &parts)
{
    Engine &engine = *parts.engine;
    const Clock &clock = *parts.clock;
    RequestMetrics *metrics = parts.metrics;
    // Every route's answers are counted and timed for GET /metrics.
    auto route = [&http, metrics](const QString &path, QHttpServerRequest::Method method,
                                  auto handler) {
        http.route(path, method,
                   [metrics, path, handler = std::move(handler)](
                       const QHttpServerRequest &request) -> QHttpServerResponse {
                       QElapsedTimer timer;
                       timer.start();
                       QHttpServerResponse response = handler(request);
                       if (metrics)
                           metrics->observe(path, int(response.statusCode()),
                                            double(timer.nsecsElapsed()) / 1e9);
                       return response;
                   });
    };
    route(QStringLiteral("/v1/enrol"), QHttpServerRequest::Method::Post,
          [terminals = parts.terminals](const QHttpServerRequest &request) {
              auto body = jsonBody(request.body());
              if (!body)
                  return ApiReply::error(body.error());
              return reply(terminals->enrol(*body));
          });
    route(
        QStringLiteral("/v1/terminal"), QHttpServerRequest::Method::Get,
        [reader = parts.reader](const QHttpServerRequest &request) {
            auto who = TerminalTokens::identify(*reader, header(request, "Authorization"));
            if (!who)
                return ApiReply::error(who.error());
            return ApiReply::json(QJsonObject{
                {QStringLiteral("terminal"), who->name},
                {QStringLiteral("terminal_id"), who->id},
                {QStringLiteral("venue"), who->venueId},
                {QStringLiteral("enrolled_at"),
                 QDateTime::fromMSecsSinceEpoch(who->enrolledAt, Qt::UTC).toString(Qt::ISODate)}});
        });
    // Answered when the batch is durable, without holding this thread: the
    // body is parsed off it, and other terminals' batches are read meanwhile
    // and share the writer's commits.
    http.route(
        QStringLiteral("/v1/journal"), QHttpServerRequest::Method::Post,
        [reader = parts.reader, journal = parts.journal, context = &http, metrics,
         live = parts.live](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            auto who = TerminalTokens::identify(*reader, header(request, "Authorization"));
            if (!who) {
                if (metrics)
                    metrics->observe(QStringLiteral("/v1/journal"),
                                     int(ApiReply::statusFor(who.error().code)), 0);
                return ApiReply::error(who.error()).write(std::move(responder));
            }
            QElapsedTimer timer;
            timer.start();
            // A terminal that hung up is not answered (its socket is gone);
            // what was committed stays, and it asks GET /v1/journal/ack.
            const QPointer<QTcpSocket> socket = responder.socket();
            auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
            // Too large a body goes the general way, which refuses it.
            const QByteArray body = request.body();
            journal->ingest(
                *who, body.size() <= kMaxBodyBytes ? body : QByteArray(),
                [body] { return jsonBody(body); }, context,
                [socket, pending, metrics, timer, live](const Result<QJsonObject> &answer) {
                    if (answer && live && answer->value(QStringLiteral("received")).toInteger() > 0)
                        live->salesChanged();
                    QHttpServerResponse response = reply(answer);
                    if (metrics)
                        metrics->observe(QStringLiteral("/v1/journal"), int(response.statusCode()),
                                         double(timer.nsecsElapsed()) / 1e9);
                    if (socket && socket->isOpen())
                        response.write(std::move(*pending));
                });
        });
    route(QStringLiteral("/v1/journal/ack"), QHttpServerRequest::Method::Get,
          [reader = parts.reader, journal = parts.journal](const QHttpServerRequest &request) {
              auto who = TerminalTokens::identify(*reader, header(request, "Authorization"));
              if (!who)
                  return ApiReply::error(who.error());
              bool given = false;
              const qint64 local =
                  request.query().queryItemValue(QStringLiteral("local")).toLongLong(&given);
              journal->noteSeen(who->id, given && local >= 0 ? local : -1);
              auto acked = journal->acknowledged(who->id);
              if (!acked)
                  return ApiReply::error(acked.error());
              return ApiReply::json(QJsonObject{{QStringLiteral("acked"), *acked}});
          });
    // A terminal's call with a JSON body: its token, then the body, then `answer`.
    auto terminalPost =
        [reader = parts.reader](
            const QHttpServerRequest &request,
            const std::function<Result<QJsonObject>(const TerminalIdentity &, QJsonObject &)>
                &answer) {
            auto who = TerminalTokens::identify(*reader, header(request, "Authorization"));
            if (!who)
                return ApiReply::error(who.error());
            auto body = jsonBody(request.body());
            if (!body)
                return ApiReply::error(body.error());
            return reply(answer(*who, *body));
        };
    route(QStringLiteral("/v1/catalog"), QHttpServerRequest::Method::Post,
          [terminalPost, catalog = parts.catalog,
           refunds = parts.refunds](const QHttpServerRequest &request) {
              return terminalPost(
                  request,
                  [&](const TerminalIdentity &who, QJsonObject &body) -> Result<QJsonObject> {
                      // The key it signs tickets with: how a refund elsewhere finds the seller.
                      if (refunds) {
                          if (auto r = refunds->noteTicketKey(
                                  who.id, body.take(QStringLiteral("ticket_key")));
                              !r)
                              return r.error();
                      }
                      return catalog->pull(who.id, body);
                  });
          });
    // A refund at this counter of a ticket sold at another.
    route(QStringLiteral("/v1/tickets/lookup"), QHttpServerRequest::Method::Post,
          [terminalPost, refunds = parts.refunds](const QHttpServerRequest &request) {
              return terminalPost(request, [&](const TerminalIdentity &, QJsonObject &body) {
                  return refunds->lookup(body);
              });
          });
    route(QStringLiteral("/v1/tickets/refund"), QHttpServerRequest::Method::Post,
          [terminalPost, refunds = parts.refunds,
           live = parts.live](const QHttpServerRequest &request) {
              return terminalPost(request, [&](const TerminalIdentity &who, QJsonObject &body) {
                  auto answer = refunds->refund(
                      who.id, body, QString::fromUtf8(header(request, "Idempotency-Key")));
                  if (answer && live)
                      live->salesChanged();
                  return answer;
              });
          });
    route(QStringLiteral("/v1/allocation/request"), QHttpServerRequest::Method::Post,
          [terminalPost, catalog = parts.catalog](const QHttpServerRequest &request) {
              return terminalPost(request, [&](const TerminalIdentity &who, QJsonObject &body) {
                  return catalog->topUp(who.name, body);
              });
          });
    // Management calls: a member of staff's credentials, checked per call.
    auto management = [&engine, &clock, reader = parts.reader](
                          const QHttpServerRequest &request,
                          const std::function<Result<QJsonObject>(SqliteDb &)> &answer) {
        StaffAuthenticator auth(engine, clock);
        auto who = StaffCredentials::authorize(auth, header(request, "Authorization"),
                                               Permission::ViewReports);
        if (!who)
            return ApiReply::error(who.error());
        return reply(answer(*reader));
    };
    route(QStringLiteral("/v1/totals"), QHttpServerRequest::Method::Get,
          [management](const QHttpServerRequest &request) {
              return management(request, [&request](SqliteDb &db) -> Result<QJsonObject> {
                  auto event = eventFilter(request);
                  if (!event)
                      return event.error();
                  return SalesTotals(db).compute(*event);
              });
          });
    route(QStringLiteral("/v1/conflicts"), QHttpServerRequest::Method::Get,
          [management](const QHttpServerRequest &request) {
              return management(request, [](SqliteDb &db) -> Result<QJsonObject> {
                  auto entries = RedemptionLedger::doubleEntries(db);
                  if (!entries)
                      return entries.error();
                  auto refunds = RemoteRefunds::doubleRefunds(db);
                  if (!refunds)
                      return refunds.error();
                  auto used = RemoteRefunds::usedAndRefunded(db);
                  if (!used)
                      return used.error();
                  return QJsonObject{{QStringLiteral("double_entries"), *entries},
                                     {QStringLiteral("double_refunds"), *refunds},
                                     {QStringLiteral("used_and_refunded"), *used}};
              });
          });
    route(
        QStringLiteral("/v1/dashboard"), QHttpServerRequest::Method::Get,
        [management, journal = parts.journal, metrics, &clock](const QHttpServerRequest &request) {
            return management(request, [&](SqliteDb &db) -> Result<QJsonObject> {
                auto filter = DashboardQuery::fromUrlQuery(request.query());
                if (!filter)
                    return filter.error();
                return LiveDashboard(db, *journal, metrics, clock).compute(*filter);
            });
        });
    route(QStringLiteral("/v1/alerts"), QHttpServerRequest::Method::Get,
          [management, &clock](const QHttpServerRequest &request) {
              return management(request, [&](SqliteDb &db) {
                  return AlertApi::list(db, request.query(), clock.nowMs());
              });
          });
    // A change by a member of staff whose role allows it, run as them on the
    // server's engine; the live dashboards are told (an acknowledgement, a
    // rule changed).
    auto staffChange =
        [&engine, &clock, live = parts.live](
            const QHttpServerRequest &request, Permission permission,
            const std::function<Result<QJsonObject>(const QString &actor, const QJsonObject &body,
                                                    const QString &key)> &change) {
            StaffAuthenticator auth(engine, clock);
            auto who =
                StaffCredentials::authorize(auth, header(request, "Authorization"), permission);
            if (!who)
                return ApiReply::error(who.error());
            auto body = jsonBody(request.body());
            if (!body)
                return ApiReply::error(body.error());
            auto answer =
                change(who->name, *body, QString::fromUtf8(header(request, "Idempotency-Key")));
            if (answer && live)
                live->salesChanged();
            return reply(answer);
        };
    route(QStringLiteral("/v1/alerts/ack"), QHttpServerRequest::Method::Post,
          [staffChange, &engine](const QHttpServerRequest &request) {
              return staffChange(
                  request, Permission::ViewReports,
                  [&engine](const QString &actor, const QJsonObject &body, const QString &key) {
                      return AlertApi::acknowledge(engine, actor, body, key);
                  });
          });
    route(QStringLiteral("/v1/alert-rules"), QHttpServerRequest::Method::Post,
          [staffChange, &engine](const QHttpServerRequest &request) {
              return staffChange(
                  request, Permission::ManageAlerts,
                  [&engine](const QString &actor, const QJsonObject &body, const QString &key) {
                      return AlertApi::setRule(engine, actor, body, key);
                  });
          });
    // The WebSocket of the live push (LiveHub takes the upgraded socket: Qt
    // hands it over only when a route accepts the request, and this one
    // answers nothing then). A plain GET is told to upgrade.
    http.route(QStringLiteral("/v1/live"), QHttpServerRequest::Method::Get,
               [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   if (header(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
                       return;
                   const Error error =
                       fail(ErrorCode::InvalidInput,
                            tr("/v1/live is a WebSocket: connect with \"Upgrade: websocket\"."),
                            QStringLiteral("Upgrade"));
                   responder.write(QJsonDocument(ApiReply::errorBody(error)),
                                   QHttpServerResponder::StatusCode::UpgradeRequired);
               });
    route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get,
          [&engine, &clock, reader = parts.reader, journal = parts.journal,
           metrics](const QHttpServerRequest &request) {
              StaffAuthenticator auth(engine, clock);
              auto who = StaffCredentials::authorize(auth, header(request, "Authorization"),
                                                     Permission::ViewReports);
              if (!who)
                  return ApiReply::error(who.error());
              auto totals = SalesTotals(*reader).compute();
              if (!totals)
                  return ApiReply::error(totals.error());
              auto terminals = journal->terminals();
              if (!terminals)
                  return ApiReply::error(terminals.error());
              auto rules = AlertStore::rules(*reader);
              auto open =
                  rules ? AlertStore::open(*reader) : Result<QList<AlertRecord>>(rules.error());
              if (!open)
                  return ApiReply::error(open.error());
              const QString text =
                  MetricsText::render(*totals, *terminals,
                                      metrics ? metrics->exposition() : QString(), clock.nowMs()) +
                  MetricsText::alertSeries(*rules, *open);
              return QHttpServerResponse(
                  QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), text.toUtf8());
          });
    route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get,
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
