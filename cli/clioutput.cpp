// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include "exitcode.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace tessera {

QByteArray CliOutput::toBytes(const QJsonObject &json) const
{
    QByteArray bytes =
        QJsonDocument(json).toJson(m_pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    return bytes;
}

void CliOutput::printResult(const QJsonObject &result)
{
    m_out.write(toBytes(result));
}

int CliOutput::printError(const Error &error, const QJsonObject &extra)
{
    QJsonObject document = extra;
    document.insert(QStringLiteral("error"), errorToJson(error));
    m_err.write(toBytes(document));
    return int(exitCodeFor(error.code));
}

void CliOutput::printText(const QString &text)
{
    m_out.write(text.toUtf8());
}

QJsonObject CliOutput::errorToJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), error.codeName()},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("where"), error.where},
                       {QStringLiteral("details"), QJsonArray::fromStringList(error.details)}};
}

} // namespace tessera
