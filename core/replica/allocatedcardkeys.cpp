// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica/allocatedcardkeys.h"

#include "common/jsonfields.h"
#include "crypto/keyring.h"
#include "crypto/sealedbox.h"
#include "crypto/securebytes.h"
#include "engine/writecontext.h"
#include "replica/catalogtables.h"
#include "storage/sqlitedb.h"

namespace tessera {

AllocatedCardKeys::~AllocatedCardKeys()
{
    // The plaintext codes do not outlive the command in memory.
    for (Key &key : m_keys)
        key.code.fill(QLatin1Char(' '));
}

Result<AllocatedCardKeys> AllocatedCardKeys::open(const QJsonArray &cards, const QByteArray &boxKey)
{
    AllocatedCardKeys out;
    if (cards.isEmpty())
        return out;
    if (boxKey.size() != SealedBox::KeySize)
        return fail(ErrorCode::InvalidState,
                    tr("The server sent card keys, but this console was enrolled before card "
                       "keys could be sent to it: enrol it again with a new code."),
                    QStringLiteral("allocation.cards"));
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QString where = QStringLiteral("allocation.cards[%1]").arg(i);
        const QJsonArray row = cards.at(i).toArray();
        const bool shape =
            cards.at(i).isArray() && row.size() == 5 && isWholeNumber(row.at(0), 1) &&
            isWholeNumber(row.at(1), 1) && (row.at(2).isNull() || row.at(2).isString()) &&
            (row.at(3).isNull() || isWholeNumber(row.at(3), 0)) && row.at(4).isString();
        if (!shape)
            return fail(ErrorCode::InvalidInput,
                        tr("The server's catalog is malformed at %1: [code id, product, serial, "
                           "valid until, sealed code] is expected.")
                            .arg(where),
                        where);
        Key key;
        key.serverId = row.at(0).toInteger();
        key.product = row.at(1).toInteger();
        key.serial = row.at(2).toString();
        key.validUntil = row.at(3).toInteger();
        const QByteArray sealed = QByteArray::fromBase64(row.at(4).toString().toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
        auto code =
            SealedBox::open(boxKey, sealed, CatalogTables::cardKeyAad(key.serverId, key.product));
        if (!code)
            return fail(code.error().code,
                        tr("Card key %1 from the server does not open with this terminal's key "
                           "(%2): nothing was applied.")
                            .arg(key.serverId)
                            .arg(code.error().message),
                        where);
        key.code = QString::fromUtf8(*code);
        wipe(code.value()); // the only holder of these bytes: wiped in place
        out.m_keys.push_back(std::move(key));
    }
    return out;
}

Result<qint64> AllocatedCardKeys::retireOwnCodes(WriteContext &ctx)
{
    if (auto r = ctx.run("UPDATE card_codes SET state = 4, hold_id = NULL "
                         "WHERE server_id IS NULL AND state IN (0, 1)",
                         [](SqliteStatement &) {});
        !r)
        return r.error();
    return ctx.db().changes();
}

Result<qint64> AllocatedCardKeys::apply(WriteContext &ctx) const
{
    if (m_keys.isEmpty())
        return 0;
    const DataKey &key = ctx.dataKey();
    // A code this terminal had of its own (seeded from the same list) and
    // retired becomes the server's allocation, as does one taken back from
    // it and given again; one it sold stays sold.
    auto stmt = ctx.statement(
        "INSERT INTO card_codes(product_id, code_enc, code_index, serial, valid_until, code, "
        "state, server_id) VALUES(?, ?, ?, ?, ?, NULL, 0, ?) "
        "ON CONFLICT(product_id, code_index) DO UPDATE SET server_id = excluded.server_id, "
        "state = CASE WHEN state = 4 THEN 0 ELSE state END "
        "WHERE server_id IS NULL OR server_id = excluded.server_id "
        "ON CONFLICT DO NOTHING");
    if (!stmt)
        return stmt.error();
    qint64 added = 0;
    for (const Key &k : m_keys) {
        SqliteStatement &s = **stmt;
        s.reset();
        s.bind(1, k.product)
            .bind(2, SealedFields::sealCode(key, k.code))
            .bind(3, SealedFields::codeIndex(key, k.code));
        k.serial.isEmpty() ? s.bindNull(4) : s.bind(4, k.serial);
        k.validUntil ? s.bind(5, k.validUntil) : s.bindNull(5);
        s.bind(6, k.serverId);
        if (auto r = s.run(); !r)
            return r.error();
        added += ctx.db().changes();
    }
    return added;
}

Result<AllocatedCardKeys::TakeBack> AllocatedCardKeys::takeBack(WriteContext &ctx,
                                                                const QJsonArray &serverIds)
{
    TakeBack out;
    if (serverIds.isEmpty())
        return out;
    auto state = ctx.statement("SELECT state FROM card_codes WHERE server_id = ?");
    if (!state)
        return state.error();
    for (const QJsonValue &v : serverIds) {
        const qint64 id = v.toInteger();
        (*state)->bind(1, id);
        int now = -1;
        if (auto r = (*state)->forEachRow([&](SqliteStatement &s) { now = int(s.columnInt(0)); });
            !r)
            return r.error();
        if (now == 1)
            continue; // in a cart: answered once the hold ends
        if (now == 2 || now == 3) {
            out.sold.push_back(id); // sold, perhaps offline before the server asked
            continue;
        }
        if (now == 0) {
            if (auto r = ctx.run("UPDATE card_codes SET state = 4 WHERE server_id = ?",
                                 [&](SqliteStatement &s) { s.bind(1, id); });
                !r)
                return r.error();
        }
        // Unsold, already given back, or never received: the server's again.
        out.released.push_back(id);
    }
    return out;
}

} // namespace tessera
