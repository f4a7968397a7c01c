// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/rotatedatakeycommand.h"

#include "audit/auditchainsealer.h"
#include "common/jsonfields.h"
#include "crypto/keyring.h"
#include "engine/writecontext.h"
#include "setup/sealedsecrets.h"
#include "tickets/ticketkeys.h"

namespace tessera {

RotateDataKeyCommand::~RotateDataKeyCommand()
{
    m_newPassphrase.fill(QLatin1Char('\0'));
}

Result<std::unique_ptr<Command>> RotateDataKeyCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"new_passphrase"}); !r)
        return r.error();
    auto passphrase = f.optionalString(QStringLiteral("new_passphrase"));
    if (!passphrase)
        return passphrase.error();
    if (!passphrase->isNull() && passphrase->isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The new passphrase is empty."),
                    QStringLiteral("new_passphrase"));
    return std::unique_ptr<Command>(new RotateDataKeyCommand(*passphrase));
}

QJsonObject RotateDataKeyCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("passphrase_changed"), !m_newPassphrase.isEmpty()}};
}

Result<CommandResult> RotateDataKeyCommand::apply(WriteContext &ctx)
{
    KeyRing &ring = ctx.keyRing();
    const DataKey &old = ctx.dataKey();
    auto fresh = std::make_shared<const DataKey>(DataKey::generate());

    // Everything is decrypted first: a record the old key cannot open stops
    // the rotation before anything is written.
    struct Code
    {
        qint64 id;
        QByteArray sealed, index;
    };
    std::vector<Code> codes;
    auto readCodes = ctx.db().prepare(
        QStringLiteral("SELECT id, code_enc FROM card_codes WHERE code_enc IS NOT NULL"));
    if (!readCodes)
        return readCodes.error();
    for (;;) {
        auto row = readCodes->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto code = SealedFields::openCode(old, readCodes->columnBlob(1));
        if (!code)
            return fail(code.error().code,
                        tr("Card key %1 cannot be decrypted; the key was not rotated.")
                            .arg(readCodes->columnInt(0)),
                        QStringLiteral("card_codes"));
        codes.push_back({readCodes->columnInt(0), SealedFields::sealCode(*fresh, *code),
                         SealedFields::codeIndex(*fresh, *code)});
    }
    readCodes->reset();

    struct Person
    {
        qint64 id;
        QByteArray sealed, phone, name;
    };
    std::vector<Person> people;
    auto readOrders = ctx.db().prepare(
        QStringLiteral("SELECT id, customer_enc FROM orders WHERE customer_enc IS NOT NULL"));
    if (!readOrders)
        return readOrders.error();
    for (;;) {
        auto row = readOrders->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto c = SealedFields::openCustomer(old, readOrders->columnBlob(1));
        if (!c)
            return fail(c.error().code,
                        tr("The customer of order %1 cannot be decrypted; the key was not "
                           "rotated.")
                            .arg(readOrders->columnInt(0)),
                        QStringLiteral("orders"));
        people.push_back({readOrders->columnInt(0),
                          SealedFields::sealCustomer(*fresh, c->name, c->phone, c->email),
                          SealedFields::phoneIndex(*fresh, c->phone),
                          SealedFields::nameIndex(*fresh, c->name)});
    }
    readOrders->reset();

    if (!m_newPassphrase.isEmpty()) {
        if (auto r = ring.source().setPassphrase(m_newPassphrase); !r)
            return r.error();
    }

    for (const Code &c : codes) {
        auto r = ctx.run(
            "UPDATE card_codes SET code_enc = ?, code_index = ? WHERE id = ?",
            [&](SqliteStatement &s) { s.bind(1, c.sealed).bind(2, c.index).bind(3, c.id); });
        if (!r)
            return r.error();
    }
    for (const Person &p : people) {
        auto r = ctx.run("UPDATE orders SET customer_enc = ?, phone_index = ?, name_index = ? "
                         "WHERE id = ?",
                         [&](SqliteStatement &s) {
                             s.bind(1, p.sealed);
                             p.phone.isNull() ? s.bindNull(2) : s.bind(2, p.phone);
                             p.name.isNull() ? s.bindNull(3) : s.bind(3, p.name);
                             s.bind(4, p.id);
                         });
        if (!r)
            return r.error();
    }
    if (auto r = resealTicketKey(ctx.db(), old, *fresh); !r)
        return fail(ErrorCode::StorageError, r.error().message, r.error().where);
    // The console's own credentials (its server token, its box key).
    if (auto r = SealedSecrets::reseal(ctx.db(), old, *fresh); !r)
        return r.error();
    // The audit chain is MACed under a key derived from the data key: it is
    // re-keyed here, so the rotation's own entry (appended after apply) and
    // every later one chain on under the new key.
    if (auto r = AuditChainSealer::rekey(ctx.db(), old, *fresh); !r)
        return r.error();
    // A failure to store the new key is a storage failure: the whole batch
    // rolls back and the old key stays the key.
    if (auto r = ring.adopt(ctx.db(), fresh); !r)
        return fail(ErrorCode::StorageError, r.error().message, r.error().where);
    return QJsonObject{{QStringLiteral("rotated"), true},
                       {QStringLiteral("card_codes"), qint64(codes.size())},
                       {QStringLiteral("customers"), qint64(people.size())},
                       {QStringLiteral("key_source"), ring.source().kind()},
                       {QStringLiteral("passphrase_changed"), !m_newPassphrase.isEmpty()}};
}

} // namespace tessera
