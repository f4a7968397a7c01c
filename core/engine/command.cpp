// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/command.h"

#include <QJsonDocument>

namespace tessera {

CommandResult::CommandResult(const QJsonObject &object)
    : json(QJsonDocument(object).toJson(QJsonDocument::Compact))
{}

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
