// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"

namespace tessera {

// Cancels an event: its sales stop for good, every paid ticket of it is
// refunded, scanned at the gate or not (one refund per order, with the
// reason), pending orders for it are cancelled (what a part-paid one had
// paid is refunded first) and holds on its seats and standing places are
// released. One durable step: a refusal anywhere changes nothing.
class CancelEventCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::CancelEventCommand)

public:
    CancelEventCommand(qint64 eventId, QString reason)
        : m_eventId(eventId)
        , m_reason(std::move(reason))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("cancel_event"); }
    bool authorsCatalog() const override { return true; }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageEvents;
    }
    QString auditAction() const override { return QStringLiteral("event_cancel"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_eventId;
    QString m_reason;
};

} // namespace tessera
