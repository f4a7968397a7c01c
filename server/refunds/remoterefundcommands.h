// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>

namespace tessera {

// Terminal `terminal` signs its tickets with `publicKey` (raw Ed25519, as
// its catalog pull reports it). The first terminal to report a key keeps it.
class RecordTicketKeyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RecordTicketKeyCommand)

public:
    RecordTicketKeyCommand(qint64 terminal, QByteArray publicKey)
        : m_terminal(terminal)
        , m_publicKey(std::move(publicKey))
    {}
    QString kind() const override { return QStringLiteral("record_ticket_key"); }
    QJsonObject toJson() const override;
    // The terminal's token was checked by the route.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_terminal;
    QByteArray m_publicKey;
};

// A ticket sold at one terminal, paid back at another (`refunder`) with the
// approval of `approver` (a member of staff whose role may refund, checked by
// the caller): recorded in remote_refunds, counted in the seller's figures,
// and sent to the seller with its next catalog pull (catalog_log), which
// takes the ticket out of its gates and puts the seat or place back on sale
// there. Refused (nothing written) when the ticket is not the server's to
// refund: forged, not synced yet, used, refunded, exchanged, unpaid, or sold
// by the refunder itself. The code is not journalled, only its hash.
class RefundElsewhereCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RefundElsewhereCommand)

public:
    RefundElsewhereCommand(qint64 refunder, QString code, QString reason, QString approver)
        : m_refunder(refunder)
        , m_code(std::move(code))
        , m_reason(std::move(reason))
        , m_approver(std::move(approver))
    {}
    QString kind() const override { return QStringLiteral("refund_elsewhere"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("refund_elsewhere"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_refunder;
    QString m_code;
    QString m_reason;
    QString m_approver;
};

} // namespace tessera
