// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>

namespace tessera {

// Gives `count` of the server's unsold card keys of product `product` (its
// name) to terminal `terminal`: they are the terminal's to sell from then on
// (state 4 on the server, a card_allocations row each) and reach it with its
// next catalog pull, sealed to its own key (CatalogExport). A terminal
// enrolled without a key (before card keys travelled) is refused: it could
// not open them.
class AllocateCardsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AllocateCardsCommand)

public:
    AllocateCardsCommand(QString terminal, QString product, qint64 count)
        : m_terminal(std::move(terminal))
        , m_product(std::move(product))
        , m_count(count)
    {}
    QString kind() const override { return QStringLiteral("allocate_cards"); }
    QJsonObject toJson() const override;
    // The data directory's owner (CLI, admin.sock) or a terminal's own
    // top-up; audited.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("allocate_cards"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_terminal;
    QString m_product;
    qint64 m_count;
};

// Takes `count` (0: all) of the card keys of `product` that terminal
// `terminal` was given back: they are "being taken back" (card_allocations
// state 1) and every catalog answer names them until the terminal says which
// it gave back (unsold: the server has them again) and which it had sold
// meanwhile (AcknowledgeTakeBackCommand). The server does not give them to
// anyone before that.
class TakeBackCardsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TakeBackCardsCommand)

public:
    TakeBackCardsCommand(QString terminal, QString product, qint64 count)
        : m_terminal(std::move(terminal))
        , m_product(std::move(product))
        , m_count(count)
    {}
    QString kind() const override { return QStringLiteral("take_back_cards"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("take_back_cards"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_terminal;
    QString m_product;
    qint64 m_count;
};

} // namespace tessera
