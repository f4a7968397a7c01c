// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/sealedsecrets.h"

#include "crypto/datakey.h"
#include "crypto/securebytes.h"
#include "storage/settingstable.h"
#include "storage/sqlitedb.h"

#include <QRegularExpression>

#include <vector>

namespace tessera {

namespace {

const QLatin1String kPrefix("secret.");

QString rowKey(const QString &name)
{
    return kPrefix + name;
}

QByteArray additionalData(const QString &name)
{
    return QByteArrayLiteral("tessera/secret/") + name.toUtf8();
}

Error notOpened(const QString &name)
{
    return Error{ErrorCode::CorruptKey,
                 SealedSecrets::tr("The secret \"%1\" kept in this database cannot be opened "
                                   "with its data key.")
                     .arg(name),
                 rowKey(name)};
}

} // namespace

bool SealedSecrets::isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return valid.match(name).hasMatch();
}

Result<std::optional<QByteArray>> SealedSecrets::read(SqliteDb &db, const DataKey &key,
                                                      const QString &name)
{
    auto stored = SettingsTable::read(db, rowKey(name));
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<QByteArray>();
    auto plain = key.decrypt(QByteArray::fromBase64(**stored), additionalData(name));
    if (!plain)
        return notOpened(name);
    return std::optional<QByteArray>(*plain);
}

Result<void> SealedSecrets::write(SqliteDb &db, const DataKey &key, const QString &name,
                                  const QByteArray &value)
{
    if (value.isEmpty()) {
        auto forget = db.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        if (!forget)
            return forget.error();
        forget->bind(1, rowKey(name));
        return forget->run();
    }
    return SettingsTable::write(db, rowKey(name),
                                key.encrypt(value, additionalData(name)).toBase64());
}

Result<void> SealedSecrets::reseal(SqliteDb &db, const DataKey &old, const DataKey &fresh)
{
    auto rows = db.prepare(QStringLiteral("SELECT key FROM settings WHERE key LIKE 'secret.%'"));
    if (!rows)
        return rows.error();
    QStringList names;
    if (auto r = rows->forEachRow(
            [&](SqliteStatement &s) { names << s.columnText(0).mid(kPrefix.size()); });
        !r)
        return r.error();
    std::vector<std::pair<QString, QByteArray>> opened;
    const auto wipeAll = [&] {
        for (auto &kept : opened)
            wipe(kept.second);
    };
    for (const QString &name : names) {
        auto value = read(db, old, name);
        if (!value) {
            wipeAll();
            return value.error();
        }
        opened.emplace_back(name, **value);
    }
    Result<void> written;
    for (const auto &[name, value] : opened) {
        written = write(db, fresh, name, value);
        if (!written)
            break;
    }
    wipeAll();
    return written;
}

} // namespace tessera
