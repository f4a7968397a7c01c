// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace tessera {

class WriteContext;

// The card keys a central server allocated to this terminal, as a catalog
// answer carries them ("allocation.cards"):
//   [[server code id, product id, serial | null, valid until | null,
//     sealed code (base64)], …]
// each sealed to the terminal's own key (SealedBox, under
// CatalogTables::cardKeyAad). open() checks every row and opens every code
// before anything is written; apply() stores them sealed under this
// database's data key, the server's id beside them.
class AllocatedCardKeys
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AllocatedCardKeys)

public:
    AllocatedCardKeys() = default;
    AllocatedCardKeys(AllocatedCardKeys &&) = default;
    AllocatedCardKeys &operator=(AllocatedCardKeys &&) = default;
    ~AllocatedCardKeys();

    // `boxKey` is the terminal's private SealedBox key (ServerLink).
    static Result<AllocatedCardKeys> open(const QJsonArray &cards, const QByteArray &boxKey);

    qsizetype size() const { return m_keys.size(); }

    // On the terminal's first catalog, its own unsold codes stop being
    // sellable (a terminal sells what its server allocated, like its seats).
    static Result<qint64> retireOwnCodes(WriteContext &ctx);
    // Stores the codes (a code already here is left as it is); the number added.
    Result<qint64> apply(WriteContext &ctx) const;

    // Card keys the server takes back ("allocation.cards_taken", its ids):
    // unsold ones stop being sellable here at once and are given back;
    // sold ones are reported sold; one in a cart is answered on a later
    // pull, once its hold has ended.
    struct TakeBack
    {
        QJsonArray released;
        QJsonArray sold;
    };
    static Result<TakeBack> takeBack(WriteContext &ctx, const QJsonArray &serverIds);

private:
    struct Key
    {
        qint64 serverId = 0;
        qint64 product = 0;
        QString serial;
        qint64 validUntil = 0;
        QString code;
    };
    QList<Key> m_keys;
};

} // namespace tessera
