// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/ticketkeys.h"

#include "crypto/datakey.h"
#include "crypto/securebytes.h"
#include "storage/settingstable.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace tessera {

namespace {

const QByteArray kAad = QByteArrayLiteral("tessera/ticket_signing_key");

Result<void> store(SqliteDb &db, const Ed25519KeyPair &key, const DataKey &dataKey)
{
    const QByteArray sealed = dataKey.encrypt(key.privatePem(), kAad).toBase64();
    if (auto r = SettingsTable::write(db, QStringLiteral("ticket_signing_key"), sealed); !r)
        return r;
    return SettingsTable::write(db, QStringLiteral("ticket_public_key"), key.publicPem());
}

bool isPlainPem(const QByteArray &stored)
{
    return stored.startsWith("-----BEGIN");
}

Result<Ed25519KeyPair> unseal(const QByteArray &stored, const DataKey &dataKey)
{
    if (isPlainPem(stored))
        return Ed25519KeyPair::fromPrivatePem(stored);
    auto pem = dataKey.decrypt(QByteArray::fromBase64(stored), kAad);
    if (!pem)
        return fail(ErrorCode::CorruptKey,
                    QCoreApplication::translate("tessera::TicketKeys",
                                                "The ticket signing key cannot be unsealed."),
                    QStringLiteral("ticket_signing_key"));
    return Ed25519KeyPair::fromPrivatePem(*pem);
}

} // namespace

Result<Ed25519KeyPair> loadOrCreateTicketKey(SqliteDb &db, const DataKey &dataKey)
{
    auto stored = SettingsTable::read(db, QStringLiteral("ticket_signing_key"));
    if (!stored)
        return stored.error();
    if (!*stored) {
        Ed25519KeyPair key = Ed25519KeyPair::generate();
        if (auto r = store(db, key, dataKey); !r)
            return r.error();
        return key;
    }
    auto key = unseal(**stored, dataKey);
    if (!key)
        return key.error();
    // A key written in clear by an earlier build is sealed now.
    if (isPlainPem(**stored)) {
        if (auto r = store(db, *key, dataKey); !r)
            return r.error();
    }
    return key;
}

Result<Ed25519KeyPair> loadTicketKey(SqliteDb &db, const DataKey &dataKey)
{
    auto stored = SettingsTable::read(db, QStringLiteral("ticket_signing_key"));
    if (!stored)
        return stored.error();
    if (!*stored)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::TicketKeys",
                                                "This database has no ticket key yet."),
                    QStringLiteral("ticket_signing_key"));
    return unseal(**stored, dataKey);
}

Result<void> resealTicketKey(SqliteDb &db, const DataKey &old, const DataKey &fresh)
{
    auto key = loadOrCreateTicketKey(db, old);
    if (!key)
        return key.error();
    return store(db, *key, fresh);
}

Result<Ed25519PublicKey> authenticTicketPublicKey(SqliteDb &db, const DataKey &dataKey)
{
    const auto untrusted = [&](const QString &why) {
        return fail(ErrorCode::UntrustedKey, why, QStringLiteral("ticket_public_key"));
    };
    auto stored = SettingsTable::read(db, QStringLiteral("ticket_signing_key"));
    if (!stored)
        return stored.error();
    if (!*stored)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::TicketKeys",
                                                "This database has no ticket key yet."),
                    QStringLiteral("ticket_signing_key"));
    // Only the engine seals a key left in clear by an earlier build; a reader
    // trusts nothing it could not have been given by anyone with the file.
    if ((*stored)->startsWith("-----BEGIN"))
        return untrusted(QCoreApplication::translate(
                             "tessera::TicketKeys",
                             "The ticket signing key in %1 is not sealed under the data key; "
                             "open the database with tessera once to seal it.")
                             .arg(db.path()));
    auto pem = dataKey.decrypt(QByteArray::fromBase64(**stored), kAad);
    if (!pem)
        return fail(ErrorCode::CorruptKey,
                    QCoreApplication::translate("tessera::TicketKeys",
                                                "The ticket signing key cannot be unsealed."),
                    QStringLiteral("ticket_signing_key"));
    auto key = Ed25519KeyPair::fromPrivatePem(*pem);
    wipe(*pem);
    if (!key)
        return key.error();
    auto published = SettingsTable::read(db, QStringLiteral("ticket_public_key"));
    if (!published)
        return published.error();
    if (*published) {
        auto listed = Ed25519PublicKey::fromPem(**published);
        if (!listed || listed->raw() != key->publicKeyRaw())
            return untrusted(QCoreApplication::translate(
                                 "tessera::TicketKeys",
                                 "The ticket signing key in %1 does not match the sealed "
                                 "organizer key: the file was tampered with.")
                                 .arg(db.path()));
    }
    return key->publicKey();
}

} // namespace tessera
