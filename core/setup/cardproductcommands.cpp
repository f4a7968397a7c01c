// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/cardproductcommands.h"

#include "common/jsonfields.h"
#include "common/money.h"
#include "crypto/keyring.h"
#include "engine/writecontext.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace tessera {

namespace {

constexpr int kMaxListed = 1000;

} // namespace

Result<std::unique_ptr<Command>> CreateCardProductCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"name", "price", "currency"}); !r)
        return r.error();
    auto name = f.string(QStringLiteral("name"));
    if (!name)
        return name.error();
    auto price = f.nonNegative(QStringLiteral("price"));
    if (!price)
        return price.error();
    auto currency = f.string(QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    if (!isCurrencyCode(*currency))
        return fail(ErrorCode::InvalidInput,
                    tr("A currency is a three-letter ISO 4217 code such as CNY."),
                    QStringLiteral("currency"));
    return std::unique_ptr<Command>(
        new CreateCardProductCommand(name->trimmed(), *price, *currency));
}

QJsonObject CreateCardProductCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), m_name},
                       {QStringLiteral("price"), m_price},
                       {QStringLiteral("currency"), m_currency}};
}

Result<CommandResult> CreateCardProductCommand::apply(WriteContext &ctx)
{
    auto exists = ctx.statement("SELECT id FROM card_products WHERE name = ?");
    if (!exists)
        return exists.error();
    (*exists)->bind(1, m_name);
    auto row = (*exists)->step();
    if (!row)
        return row.error();
    (*exists)->reset();
    if (*row)
        return fail(ErrorCode::DuplicateId, tr("A card product with this name exists already."),
                    QStringLiteral("name"));
    auto id = ctx.insert("INSERT INTO card_products(name, price, currency, created_at) "
                         "VALUES(?, ?, ?, ?)",
                         [&](SqliteStatement &s) {
                             s.bind(1, m_name).bind(2, m_price).bind(3, m_currency);
                             s.bind(4, ctx.now());
                         });
    if (!id)
        return id.error();
    return QJsonObject{{QStringLiteral("product"), *id},
                       {QStringLiteral("name"), m_name},
                       {QStringLiteral("price"), m_price},
                       {QStringLiteral("currency"), m_currency}};
}

Result<std::unique_ptr<Command>> ImportCardCodesCommand::fromCsv(qint64 productId,
                                                                 const QByteArray &csv)
{
    if (productId <= 0)
        return fail(ErrorCode::MissingField, tr("Name the card product to import into."),
                    QStringLiteral("product"));
    CardCodeCsvReport report = CardCodeCsv::check(csv);
    if (!report.ok()) {
        Error e = fail(report.lineErrors.isEmpty() ? ErrorCode::InvalidInput
                                                   : report.lineErrors.first().code,
                       tr("%n line(s) of the file are invalid; nothing was imported.", nullptr,
                          report.invalidLineCount),
                       report.lineErrors.isEmpty() ? QString() : report.lineErrors.first().where);
        for (const Error &line : std::as_const(report.lineErrors))
            e.details.push_back(line.where + QStringLiteral(": ") + line.message);
        return e;
    }
    return std::unique_ptr<Command>(new ImportCardCodesCommand(productId, csv, report.rows));
}

Result<std::unique_ptr<Command>> ImportCardCodesCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"product", "csv"}); !r)
        return r.error();
    auto product = f.positive(QStringLiteral("product"));
    if (!product)
        return product.error();
    auto csv = f.string(QStringLiteral("csv"));
    if (!csv)
        return csv.error();
    return fromCsv(*product, csv->toUtf8());
}

QJsonObject ImportCardCodesCommand::toJson() const
{
    // The codes are worth money and are stored only encrypted: the journal
    // (built on the caller's thread, without the data key) records which file
    // was imported, not its content. Replaying an import needs the file again.
    return QJsonObject{
        {QStringLiteral("product"), m_productId},
        {QStringLiteral("codes"), qint64(m_rows.size())},
        {QStringLiteral("csv_sha256"),
         QString::fromLatin1(QCryptographicHash::hash(m_csv, QCryptographicHash::Sha256).toHex())}};
}

QJsonObject ImportCardCodesCommand::auditDetails() const
{
    // Counts only: the codes themselves are worth money.
    return QJsonObject{{QStringLiteral("product"), m_productId},
                       {QStringLiteral("codes"), qint64(m_rows.size())}};
}

Result<CommandResult> ImportCardCodesCommand::apply(WriteContext &ctx)
{
    auto pool = ctx.inventory().cardPool(m_productId);
    if (!pool)
        return pool.error();
    // Codes already in the pool are refused line by line before anything is written.
    // Codes are found by their blind index: only the sealed code is stored.
    const DataKey &key = ctx.dataKey();
    std::vector<QByteArray> indexes;
    indexes.reserve(size_t(m_rows.size()));
    for (const CardCodeRow &row : std::as_const(m_rows))
        indexes.push_back(SealedFields::codeIndex(key, row.code));
    auto exists = ctx.statement("SELECT 1 FROM card_codes WHERE product_id = ? AND code_index = ?");
    if (!exists)
        return exists.error();
    Error duplicates = fail(ErrorCode::DuplicateId, QString());
    int duplicateCount = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const CardCodeRow &row = m_rows[i];
        (*exists)->bind(1, m_productId).bind(2, indexes[size_t(i)]);
        auto found = (*exists)->step();
        if (!found)
            return found.error();
        (*exists)->reset();
        if (*found) {
            if (duplicateCount == 0)
                duplicates.where = QStringLiteral("line %1").arg(row.line);
            if (duplicateCount < kMaxListed)
                duplicates.details.push_back(
                    tr("line %1: this code is already in the pool").arg(row.line));
            ++duplicateCount;
        }
    }
    if (duplicateCount) {
        duplicates.message = tr("%n line(s) hold codes that are already in the pool; nothing "
                                "was imported.",
                                nullptr, duplicateCount);
        return duplicates;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const CardCodeRow &row = m_rows[i];
        // The plaintext `code` column stays NULL (kept only because SQLite
        // cannot drop a column cheaply); code_enc is the AES-256-GCM sealed code.
        auto r = ctx.run("INSERT INTO card_codes(product_id, code_enc, code_index, serial, "
                         "valid_until, code) VALUES(?, ?, ?, ?, ?, NULL)",
                         [&](SqliteStatement &s) {
                             s.bind(1, m_productId)
                                 .bind(2, SealedFields::sealCode(key, row.code))
                                 .bind(3, indexes[size_t(i)]);
                             row.serial.isEmpty() ? s.bindNull(4) : s.bind(4, row.serial);
                             row.validUntilMs ? s.bind(5, row.validUntilMs) : s.bindNull(5);
                         });
        if (!r)
            return r.error();
    }
    const qint64 available = qint64((*pool)->availableCodes.size()) + qint64(m_rows.size());
    // The pool is reloaded on next use, with the new codes in id order.
    ctx.inventory().forgetCardPool(m_productId);
    return QJsonObject{{QStringLiteral("product"), m_productId},
                       {QStringLiteral("imported"), qint64(m_rows.size())},
                       {QStringLiteral("available"), available}};
}

} // namespace tessera
