// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/journalbatch.h"

#include "common/jsonfields.h"
#include "crypto/sha256.h"
#include "sync/jsonobjecttext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera {

QJsonObject ShippedEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("seq"), seq},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("idem_key"), idemKey},
                  {QStringLiteral("request_hash"), QString::fromLatin1(requestHash.toHex())},
                  {QStringLiteral("payload"), QString::fromUtf8(payload)},
                  {QStringLiteral("result"), QString::fromUtf8(result)},
                  {QStringLiteral("created_at"), createdAt}};
    if (!actor.isEmpty())
        o.insert(QStringLiteral("actor"), actor);
    return o;
}

QByteArray ShippedEntry::digest() const
{
    const QByteArray number = QByteArray::number(seq) + '\n' + QByteArray::number(createdAt);
    return Sha256::digest({number, "\n", kind.toUtf8(), "\n", idemKey.toUtf8(), "\n", requestHash,
                           "\n", payload, "\n", result, "\n", actor.toUtf8()});
}

Result<std::vector<ShippedEntry>> JournalBatch::parse(const QJsonObject &body)
{
    const JsonFields top(body);
    if (auto r = top.only({"entries"}); !r)
        return r.error();
    auto entries = top.array(QStringLiteral("entries"));
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The batch has no entries."),
                    QStringLiteral("entries"));
    if (entries->size() > kMaxEntries)
        return fail(ErrorCode::InvalidInput,
                    tr("A batch holds at most %1 entries, not %2: send the rest in the next one.")
                        .arg(kMaxEntries)
                        .arg(entries->size()),
                    QStringLiteral("entries"));
    std::vector<ShippedEntry> out;
    out.reserve(size_t(entries->size()));
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString at = QStringLiteral("entries[%1]").arg(i);
        if (!entries->at(i).isObject())
            return fail(ErrorCode::InvalidInput, tr("An entry is a JSON object."), at);
        const JsonFields f(entries->at(i).toObject(), at);
        if (auto r = f.only({"seq", "kind", "idem_key", "request_hash", "payload", "result",
                             "actor", "created_at"});
            !r)
            return r.error();
        ShippedEntry e;
        auto seq = f.positive(QStringLiteral("seq"));
        if (!seq)
            return seq.error();
        e.seq = *seq;
        if (!out.empty() && e.seq != out.back().seq + 1)
            return fail(ErrorCode::InvalidInput,
                        tr("Entries go in order without holes: %1 follows %2.")
                            .arg(e.seq)
                            .arg(out.back().seq),
                        at + QStringLiteral(".seq"));
        auto kind = f.string(QStringLiteral("kind"));
        if (!kind)
            return kind.error();
        e.kind = *kind;
        auto key = f.string(QStringLiteral("idem_key"));
        if (!key)
            return key.error();
        e.idemKey = *key;
        auto hash = f.string(QStringLiteral("request_hash"));
        if (!hash)
            return hash.error();
        e.requestHash = QByteArray::fromHex(hash->toLatin1());
        if (e.requestHash.size() != 32 || e.requestHash.toHex() != hash->toLatin1().toLower())
            return fail(ErrorCode::InvalidInput, tr("The request hash is 64 hexadecimal digits."),
                        at + QStringLiteral(".request_hash"));
        for (const auto &[name, target] : {std::pair{QStringLiteral("payload"), &e.payload},
                                           std::pair{QStringLiteral("result"), &e.result}}) {
            auto text = f.string(name);
            if (!text)
                return text.error();
            *target = text->toUtf8();
            if (!JsonObjectText::isValid(*target))
                return fail(ErrorCode::InvalidInput, tr("This is not a JSON object's text."),
                            at + QLatin1Char('.') + name);
        }
        auto actor = f.optionalString(QStringLiteral("actor"));
        if (!actor)
            return actor.error();
        e.actor = *actor;
        auto created = f.positive(QStringLiteral("created_at"));
        if (!created)
            return created.error();
        e.createdAt = *created;
        out.push_back(std::move(e));
    }
    return out;
}

QJsonObject JournalBatch::toJson(const std::vector<ShippedEntry> &entries)
{
    QJsonArray array;
    for (const ShippedEntry &e : entries)
        array.push_back(e.toJson());
    return {{QStringLiteral("entries"), array}};
}

} // namespace tessera
