// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QJsonObject>

class QIODevice;

namespace tessera {

// Writes what tessera-cli prints: one JSON document on stdout for a result,
// an {"error": {...}} document on stderr for a failure, plain text for help.
class CliOutput
{
public:
    CliOutput(QIODevice &out, QIODevice &err)
        : m_out(out)
        , m_err(err)
    {}

    void setPretty(bool pretty) { m_pretty = pretty; }
    bool pretty() const { return m_pretty; }

    void printResult(const QJsonObject &result);
    // Prints the error (with `extra` members beside "error", such as the
    // idempotency key of a refused change) and returns the exit status.
    int printError(const Error &error, const QJsonObject &extra = {});
    void printText(const QString &text);

    // {"code", "message", "where", "details"}: every member always present.
    static QJsonObject errorToJson(const Error &error);
    QByteArray toBytes(const QJsonObject &json) const;

private:
    QIODevice &m_out;
    QIODevice &m_err;
    bool m_pretty = false;
};

} // namespace tessera
