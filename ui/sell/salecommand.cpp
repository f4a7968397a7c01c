// SPDX-License-Identifier: GPL-3.0-or-later
#include "salecommand.h"

#include "api/commandfactory.h"
#include "console/consolecontext.h"
#include "engine/engine.h"

namespace tessera {

void runSaleCommand(ConsoleContext &context, QObject *receiver, const QString &kind,
                    const QJsonObject &json, std::function<void(const CommandOutcome &)> done,
                    const QString &overrideBy)
{
    auto command = CommandFactory::fromJson(kind, json);
    if (!command) {
        CommandOutcome refused;
        refused.result = CommandAnswer(command.error());
        done(refused);
        return;
    }
    context.run(std::move(*command), receiver, std::move(done), overrideBy);
}

} // namespace tessera
