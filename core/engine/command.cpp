#include "engine/command.h"

#include <QJsonDocument>

namespace tessera {

CommandResult::CommandResult(const QJsonObject &object)
    : json(QJsonDocument(object).toJson(QJsonDocument::Compact))
{}

} // namespace tessera
