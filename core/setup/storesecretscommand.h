// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>

#include <map>

namespace tessera {

// Keeps a few named secrets sealed in the database (SealedSecrets): what a
// console enrolled with a server must not leave in a file beside it. The
// journal, the audit log and sync see only the names; the values count for
// idempotency through privateRequestBytes(). An empty value forgets the name.
class StoreSecretsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::StoreSecretsCommand)

public:
    explicit StoreSecretsCommand(std::map<QString, QByteArray> secrets)
        : m_secrets(std::move(secrets))
    {}
    ~StoreSecretsCommand() override;

    QString kind() const override { return QStringLiteral("store_secrets"); }
    QJsonObject toJson() const override;
    // The console keeps its own credentials: no member of staff acts.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("store_secrets"); }
    QByteArray privateRequestBytes() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    std::map<QString, QByteArray> m_secrets;
};

} // namespace tessera
