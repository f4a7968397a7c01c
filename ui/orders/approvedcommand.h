// SPDX-License-Identifier: GPL-3.0-or-later
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
// Asks for a supervisor's approval when the signed-in role needs an override
// for `permission`, then calls `approved` with the approver's name (empty
// when no override was needed). A role that may not do it at all gets
// `refused` with the reason; a cancelled approval gets `cancelled`. Used
// where the approval must come before anything else happens (an exchange
// whose difference is paid in the dialog).
void requestApproval(ConsoleContext &context, QWidget *parent, Permission permission,
                     const QString &action, std::function<void(const QString &)> approved,
                     std::function<void(const Error &)> refused, std::function<void()> cancelled);

void runApprovedCommand(ConsoleContext &context, QWidget *parent, Permission permission,
                        const QString &action, std::function<std::unique_ptr<Command>()> make,
                        std::function<void(const CommandOutcome &)> done,
                        std::function<void()> cancelled);

} // namespace tessera
