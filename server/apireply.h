// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace tessera {

// How the server answers over HTTP: JSON bodies, and errors as
//   {"error": {"code": "<the engine's stable code>", "message": "…", "where": "…"}}
// with the HTTP status that fits the code.
class ApiReply
{
public:
    static QHttpServerResponse
    json(const QJsonObject &body,
         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    static QHttpServerResponse error(const Error &error);
    // The body of an error, for a responder that writes it itself.
    static QJsonObject errorBody(const Error &error);
    static QHttpServerResponse::StatusCode statusFor(ErrorCode code);
};

} // namespace tessera
