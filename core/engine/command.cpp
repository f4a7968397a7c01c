// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/command.h"

#include "crypto/datakey.h"

#include <QJsonDocument>

namespace tessera {

CommandResult::CommandResult(const QJsonObject &object)
    : json(QJsonDocument(object).toJson(QJsonDocument::Compact))
{}

QByteArray Command::privateRequestIndex(const DataKey &key) const
{
    const QByteArray secret = privateRequestBytes();
    if (secret.isEmpty())
        return {};
    return key.blindIndex(QByteArrayLiteral("request\n") + secret);
}

QByteArray Command::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

CommandAnswer::CommandAnswer(const QJsonObject &object)
    : m_json(QJsonDocument(object).toJson(QJsonDocument::Compact))
    , m_object(object)
{}

CommandAnswer CommandAnswer::fromJson(QByteArray compactJson)
{
    CommandAnswer answer;
    answer.m_json = std::move(compactJson);
    return answer;
}

const QJsonObject &CommandAnswer::value() const
{
    if (!m_object)
        m_object = QJsonDocument::fromJson(m_json).object();
    return *m_object;
}

CommandAnswer::operator Result<QJsonObject>() const
{
    if (m_error)
        return *m_error;
    return value();
}

} // namespace tessera
