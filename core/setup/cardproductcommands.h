// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "catalog/cardcodecsv.h"
#include "engine/command.h"

namespace tessera {

// Creates a card product (gift card, voucher, top-up code) with its price.
class CreateCardProductCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::CreateCardProductCommand)

public:
    CreateCardProductCommand(QString name, qint64 price, QString currency)
        : m_name(std::move(name))
        , m_price(price)
        , m_currency(std::move(currency))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("create_card_product"); }
    bool authorsCatalog() const override { return true; }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageCards;
    }
    QString auditAction() const override { return QStringLiteral("price_change"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_name;
    qint64 m_price;
    QString m_currency;
};

// Adds a CSV file of codes to a product's pool: all of them or none, with
// every bad line (in the file or already in the pool) listed.
class ImportCardCodesCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::ImportCardCodesCommand)

public:
    ImportCardCodesCommand(qint64 productId, QByteArray csv, QList<CardCodeRow> rows)
        : m_productId(productId)
        , m_csv(std::move(csv))
        , m_rows(std::move(rows))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);
    static Result<std::unique_ptr<Command>> fromCsv(qint64 productId, const QByteArray &csv);

    QString kind() const override { return QStringLiteral("import_card_codes"); }
    bool authorsCatalog() const override { return true; }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageCards;
    }
    QString auditAction() const override { return QStringLiteral("import"); }
    QJsonObject auditDetails() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_productId;
    QByteArray m_csv;
    QList<CardCodeRow> m_rows;
};

} // namespace tessera
