// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera {

class Engine;
class RandomSource;

// What the server does about terminals, for the CLI verbs and the HTTP
// routes alike: each call is one engine command, durable before it answers.
class TerminalService
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TerminalService)

public:
    // `caSha256`: the SHA-256 of the server CA's certificate (DER).
    TerminalService(Engine &engine, QByteArray caSha256)
        : m_engine(engine)
        , m_caSha256(std::move(caSha256))
    {}

    // Creates the server's tables if they are not there (every start).
    Result<void> prepare();
    // A one-time code for `terminal` at `venue`, valid `validHours`; the
    // answer holds the code, printed once.
    Result<QJsonObject> issueCode(RandomSource &random, const QString &terminal, qint64 venue,
                                  int validHours, qint64 nowMs);
    // POST /v1/enrol: {"code": "TE1-…"} → the terminal's name, id, venue and token.
    Result<QJsonObject> enrol(const QJsonObject &body);
    Result<QJsonObject> revoke(const QString &terminal);

private:
    Engine &m_engine;
    QByteArray m_caSha256;
};

} // namespace tessera
