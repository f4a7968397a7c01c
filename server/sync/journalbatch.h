// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace tessera {

// One entry of a terminal's journal as it travels up: the engine's journal
// row (core/storage/schema.cpp), the request hash in hex.
struct ShippedEntry
{
    qint64 seq = 0;
    QString kind;
    QString idemKey;
    QByteArray requestHash;
    QByteArray payload; // compact JSON, as journalled
    QByteArray result;  // compact JSON, as journalled
    QString actor;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    // What the server compares when an entry arrives twice.
    QByteArray digest() const;
};

// A batch of journal entries, in order and without holes:
//   {"entries": [{"seq", "kind", "idem_key", "request_hash", "payload",
//                 "result", "actor", "created_at"}, …]}
// At most kMaxEntries; anything malformed is refused naming the entry and
// field ("entries[3].seq"), and nothing of the batch is kept.
class JournalBatch
{
    Q_DECLARE_TR_FUNCTIONS(tessera::JournalBatch)

public:
    static constexpr int kMaxEntries = 2000;

    static Result<std::vector<ShippedEntry>> parse(const QJsonObject &body);
    static QJsonObject toJson(const std::vector<ShippedEntry> &entries);
};

} // namespace tessera
