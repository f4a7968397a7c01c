// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>

namespace tessera {

// What a terminal paid back, in cash from its open shift's drawer, for a
// ticket another terminal sold, once the central server has recorded the
// refund (POST /v1/tickets/refund, RemoteTicketRefund): a cash movement
// "out" of the shift (so the drawer count expects it) and a
// remote_refunds_paid row. `refund` is the server's answer. Needs an open
// shift in the answer's currency; recorded once per server refund.
class RecordRemoteRefundCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RecordRemoteRefundCommand)

public:
    explicit RecordRemoteRefundCommand(QJsonObject refund)
        : m_refund(std::move(refund))
    {}
    QString kind() const override { return QStringLiteral("record_remote_refund"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return Permission::Refund; }
    QString auditAction() const override { return QStringLiteral("refund_elsewhere"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QJsonObject m_refund;
};

} // namespace tessera
