// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace tessera {

class ConsoleContext;
struct CommandOutcome;

// Runs the engine command `kind` built from `json` for the sale, answering
// `done` on `receiver`'s thread; a request the factory refuses answers at once.
void runSaleCommand(ConsoleContext &context, QObject *receiver, const QString &kind,
                    const QJsonObject &json, std::function<void(const CommandOutcome &)> done,
                    const QString &overrideBy = {});

} // namespace tessera
