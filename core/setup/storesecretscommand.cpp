// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/storesecretscommand.h"

#include "crypto/securebytes.h"
#include "engine/writecontext.h"
#include "setup/sealedsecrets.h"

#include <QJsonArray>

namespace tessera {

StoreSecretsCommand::~StoreSecretsCommand()
{
    for (auto &[name, value] : m_secrets)
        wipe(value);
}

QJsonObject StoreSecretsCommand::toJson() const
{
    QJsonArray names;
    for (const auto &[name, value] : m_secrets)
        names.append(name);
    return {{QStringLiteral("names"), names}};
}

QByteArray StoreSecretsCommand::privateRequestBytes() const
{
    QByteArray bytes;
    for (const auto &[name, value] : m_secrets)
        bytes += name.toUtf8() + '=' + value.toBase64() + '\n';
    return bytes;
}

Result<CommandResult> StoreSecretsCommand::apply(WriteContext &ctx)
{
    if (m_secrets.empty())
        return fail(ErrorCode::InvalidInput, tr("Name at least one secret to keep."),
                    QStringLiteral("names"));
    for (const auto &[name, value] : m_secrets) {
        if (!SealedSecrets::isValidName(name))
            return fail(ErrorCode::InvalidInput,
                        tr("A secret's name is 1 to 40 of a-z, 0-9 and '_', not \"%1\".").arg(name),
                        QStringLiteral("names"));
    }
    for (const auto &[name, value] : m_secrets) {
        if (auto r = SealedSecrets::write(ctx.db(), ctx.dataKey(), name, value); !r)
            return r.error();
    }
    return toJson();
}

} // namespace tessera
