#pragma once

#include "engine/command.h"
#include "staff/permissiontable.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace tessera {

class ConsoleContext;

// Runs a command as the signed-in member of staff; when their role needs a
// supervisor's override for `permission`, asks for it first
// (SupervisorApprovalDialog) and passes the approver along. `done` runs on
// the UI thread with the engine's answer; `cancelled` when the approval was
// cancelled.
void runApprovedCommand(ConsoleContext &context, QWidget *parent, Permission permission,
                        const QString &action, std::function<std::unique_ptr<Command>()> make,
                        std::function<void(const CommandOutcome &)> done,
                        std::function<void()> cancelled);

} // namespace tessera
