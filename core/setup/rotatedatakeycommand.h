// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"

namespace tessera {

// Replaces the data key: every card key and customer record is re-encrypted
// and every blind index recomputed under a new random key in the one batch
// transaction, then the new key is stored (wrapped under the passphrase, or in
// the key file). With a passphrase source the passphrase can change at once.
class RotateDataKeyCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::RotateDataKeyCommand)

public:
    explicit RotateDataKeyCommand(QString newPassphrase = {})
        : m_newPassphrase(std::move(newPassphrase))
    {}
    ~RotateDataKeyCommand() override;
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("rotate_data_key"); }
    // Never the new passphrase: only whether there is one.
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return Permission::RotateKeys; }
    QString auditAction() const override { return QStringLiteral("key_rotation"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_newPassphrase;
};

} // namespace tessera
