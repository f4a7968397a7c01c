// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QStringList>

namespace tessera {

// Builds any engine command from its kind and JSON request: what the CLI, the
// journal replay and the server's API share.
class CommandFactory
{
public:
    static Result<std::unique_ptr<Command>> fromJson(const QString &kind, const QJsonObject &json);
    static QStringList kinds();
};

} // namespace tessera
