// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tessera {

class DataKey;
class SqliteDb;

// Small secrets a console keeps for itself (the token it shows its server,
// the private key card keys are sealed to): `settings` rows named
// "secret.<name>", sealed under the database's data key (AES-256-GCM with
// "tessera/secret/<name>" as additional data, so a value cannot be moved to
// another name). Only the engine writes them (StoreSecretsCommand);
// rotate_data_key seals them again under the new key.
class SealedSecrets
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SealedSecrets)

public:
    // 1 to 40 characters of a-z, 0-9 and '_'.
    static bool isValidName(const QString &name);
    // The value, or nullopt when none is kept; CorruptKey when it does not
    // open under `key` (another database's key, or a damaged row).
    static Result<std::optional<QByteArray>> read(SqliteDb &db, const DataKey &key,
                                                  const QString &name);
    // Keeps `value` sealed under `key`; an empty value forgets the name.
    static Result<void> write(SqliteDb &db, const DataKey &key, const QString &name,
                              const QByteArray &value);
    // Every kept secret opened under `old` and sealed under `fresh`; nothing
    // is written unless all of them open.
    static Result<void> reseal(SqliteDb &db, const DataKey &old, const DataKey &fresh);
};

} // namespace tessera
