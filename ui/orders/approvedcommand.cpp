#include "approvedcommand.h"

#include "console/consolecontext.h"
#include "console/supervisorapprovaldialog.h"

#include <QCoreApplication>

namespace tessera {

void runApprovedCommand(ConsoleContext &context, QWidget *parent, Permission permission,
                        const QString &action, std::function<std::unique_ptr<Command>()> make,
                        std::function<void(const CommandOutcome &)> done,
                        std::function<void()> cancelled)
{
    switch (context.decide(permission)) {
    case PermissionTable::Decision::Allowed:
        context.run(make(), parent, std::move(done));
        return;
    case PermissionTable::Decision::Refused: {
        CommandOutcome refused;
        refused.result =
            fail(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("tessera::OrdersPage", "Your role may not do this."),
                 QStringLiteral("actor"));
        done(refused);
        return;
    }
    case PermissionTable::Decision::NeedsOverride:
        break;
    }
    auto *dialog = new SupervisorApprovalDialog(context, permission, action, parent);
    QObject::connect(dialog, &QDialog::finished, parent,
                     [&context, parent, dialog, make = std::move(make), done = std::move(done),
                      cancelled = std::move(cancelled)](int result) {
                         dialog->deleteLater();
                         if (result != QDialog::Accepted) {
                             if (cancelled)
                                 cancelled();
                             return;
                         }
                         context.run(make(), parent, done, dialog->approver());
                     });
    dialog->open();
}

} // namespace tessera
