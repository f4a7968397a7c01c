// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>

namespace tessera {

// What the terminal's sync saw on its last call to the server, kept as
// sync incidents (SyncIncidents) for the run report: "online" ends the open
// incident, if any; "offline", "failing" or "revoked" opens one (the first
// such call) or raises its peak backlog. The sync agent runs it only when
// the state changes, as the terminal itself (no member of staff).
class RecordSyncStateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RecordSyncStateCommand)

public:
    RecordSyncStateCommand(QString state, QString message, qint64 backlog)
        : m_state(std::move(state))
        , m_message(std::move(message))
        , m_backlog(backlog)
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("record_sync_state"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_state;
    QString m_message;
    qint64 m_backlog = 0;
};

} // namespace tessera
