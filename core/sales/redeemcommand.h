// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"

namespace tessera {

// Lets a ticket in at a gate once. A second scan is refused with when and
// where the first one happened.
class RedeemCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::RedeemCommand)

public:
    RedeemCommand(QString code, QString gate, qint64 eventId)
        : m_code(std::move(code))
        , m_gate(std::move(gate))
        , m_eventId(eventId)
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("redeem"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return Permission::Redeem; }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_code;
    QString m_gate;
    qint64 m_eventId; // 0: any event
};

} // namespace tessera
