// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditchainhead.h"

#include "audit/auditentryhasher.h"
#include "storage/settingstable.h"
#include "storage/sqlitedb.h"

namespace tessera {

namespace {

Result<std::optional<QString>> readSetting(SqliteDb &db, const QString &key)
{
    auto value = SettingsTable::read(db, key);
    if (!value)
        return value.error();
    if (!*value)
        return std::optional<QString>();
    return std::optional<QString>(QString::fromUtf8(**value));
}

Result<void> writeSetting(SqliteDb &db, const QString &key, const QString &value)
{
    return SettingsTable::write(db, key, value.toUtf8());
}

} // namespace

Result<bool> AuditChainHead::isSealed(SqliteDb &db)
{
    auto chain = readSetting(db, kChainSetting);
    if (!chain)
        return chain.error();
    if (*chain)
        return true;
    auto head = readSetting(db, kHeadSetting);
    if (!head)
        return head.error();
    return head->has_value();
}

Result<std::optional<AuditChainHead::Record>> AuditChainHead::read(SqliteDb &db)
{
    auto value = readSetting(db, kHeadSetting);
    if (!value)
        return value.error();
    if (!*value)
        return std::optional<Record>();
    const QStringList parts = (*value)->split(QLatin1Char(':'));
    Record record;
    if (parts.size() == 3) {
        auto head = AuditAnchor::fromString(parts[0] + QLatin1Char(':') + parts[1]);
        const QByteArray mac = QByteArray::fromHex(parts[2].toLatin1());
        if (head && mac.size() == AuditEntryHasher::kHashSize) {
            record.head = *head;
            record.mac = mac;
        }
    }
    return std::optional<Record>(std::move(record));
}

QString AuditChainHead::encode(AuditEntryHasher &hasher, const AuditAnchor &head)
{
    return head.toString() + QLatin1Char(':') +
           QString::fromLatin1(hasher.headMac(head.seq(), head.hash()).toHex());
}

Result<void> AuditChainHead::write(SqliteDb &db, AuditEntryHasher &hasher, const AuditAnchor &head)
{
    if (auto r = writeSetting(db, kChainSetting, kChainVersion); !r)
        return r;
    return writeSetting(db, kHeadSetting, encode(hasher, head));
}

} // namespace tessera
