// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvedcommand.h"

#include "console/consolecontext.h"
#include "console/supervisorapprovaldialog.h"

#include <QCoreApplication>

namespace tessera {

void requestApproval(ConsoleContext &context, QWidget *parent, Permission permission,
                     const QString &action, std::function<void(const QString &)> approved,
                     std::function<void(const Error &)> refused, std::function<void()> cancelled)
{
    switch (context.decide(permission)) {
    case PermissionTable::Decision::Allowed:
        approved(QString());
        return;
    case PermissionTable::Decision::Refused:
        refused(
            fail(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("tessera::OrdersPage", "Your role may not do this."),
                 QStringLiteral("actor")));
        return;
    case PermissionTable::Decision::NeedsOverride:
        break;
    }
    auto *dialog = new SupervisorApprovalDialog(context, permission, action, parent);
    QObject::connect(
        dialog, &QDialog::finished, parent,
        [dialog, approved = std::move(approved), cancelled = std::move(cancelled)](int result) {
            dialog->deleteLater();
            if (result != QDialog::Accepted) {
                if (cancelled)
                    cancelled();
                return;
            }
            approved(dialog->approver());
        });
    dialog->open();
}

void runApprovedCommand(ConsoleContext &context, QWidget *parent, Permission permission,
                        const QString &action, std::function<std::unique_ptr<Command>()> make,
                        std::function<void(const CommandOutcome &)> done,
                        std::function<void()> cancelled)
{
    requestApproval(
        context, parent, permission, action,
        [&context, parent, make, done](const QString &approver) {
            context.run(make(), parent, done, approver);
        },
        [done](const Error &error) {
            CommandOutcome refused;
            refused.result = error;
            done(refused);
        },
        std::move(cancelled));
}

} // namespace tessera
