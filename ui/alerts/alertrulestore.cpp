// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulestore.h"

#include "alerts/alertcommands.h"
#include "alerts/alertstore.h"
#include "console/consolecontext.h"

namespace tessera {

QString LocalAlertRuleStore::place() const
{
    return tr("this console");
}

void LocalAlertRuleStore::load(QObject *, Loaded done)
{
    done(AlertStore::rules(m_context.reader()));
}

void LocalAlertRuleStore::save(const AlertRule &rule, QObject *receiver, Saved done)
{
    // Through JSON, so the dialog refuses exactly what the command would.
    auto command = SetAlertRuleCommand::fromJson(rule.toJson());
    if (!command) {
        done(command.error());
        return;
    }
    m_context.run(std::move(*command), receiver, [done](const CommandOutcome &outcome) {
        if (!outcome.result) {
            done(outcome.result.error());
            return;
        }
        done(outcome.result.value()[QStringLiteral("id")].toInteger());
    });
}

} // namespace tessera
