// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"
#include "replica/allocatedcardkeys.h"
#include "replica/refundselsewhere.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

// Catalog down, at a terminal enrolled with a central server: applies what
// the server changed since the terminal's catalog version, in one command
// (all or nothing), through the terminal's own engine. The server is the
// only author of a terminal's catalog: rows keep the server's ids (staff
// travel by name, PIN hashes only).
//
// The document (the answer to POST /v1/catalog, see docs/api.md):
//   {"since": S, "version": V,
//    "tables": {"venues": [[id, name, …], …],                 CatalogTables' columns
//               "seat_prices": [{"parent": event, "rows": [[…], …]}], …},
//    "allocation": {"seats": [[event, seat, granted 1|0], …], "ga": [[quota, places], …],
//                   "cards": [[code id, product, serial, valid until, sealed], …],
//                   "cards_taken": [code id, …]},
//    "refunded_elsewhere": [[refund, line, order, amount, reason, at, by], …]}
//
// Allocation: a seat of the server's events that is not this terminal's is
// SeatState::Elsewhere and cannot be sold here (not_allocated); a seat taken
// back is released at once if it is unsold (even from a cart's hold) and
// reported as sold otherwise. What was released and what was found sold is
// kept in the settings ("catalog.ack") until the next pull delivers it.
// Card keys arrive sealed to the terminal's own key (AllocatedCardKeys); on
// the first catalog the terminal's own unsold codes stop being sellable.
// Tickets of this terminal paid back at another one through the server are
// refunded here without money (RefundsElsewhere).
// The journal keeps the document's versions and digest, not its rows (nor
// a card key).
class ApplyCatalogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ApplyCatalogCommand)

public:
    static constexpr const char *kVersionKey = "catalog.version";
    static constexpr const char *kAckKey = "catalog.ack";

    // Checks the document's shape (names the field); nothing is applied.
    // `boxKey` (the terminal's private SealedBox key) opens the card keys
    // allocated to it; a document carrying some fails without it.
    static Result<std::unique_ptr<ApplyCatalogCommand>> parse(const QJsonObject &document,
                                                              const QByteArray &boxKey = {});

    QString kind() const override { return QStringLiteral("apply_catalog"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;

    qint64 since() const { return m_since; }
    qint64 version() const { return m_version; }
    // SHA-256 of the document: two answers of the same versions may differ
    // (card keys still being taken back).
    QByteArray digest() const { return m_digest; }

private:
    ApplyCatalogCommand() = default;

    Result<qint64> currentVersion(WriteContext &ctx);
    Result<void> checkNoForeignCatalog(WriteContext &ctx);
    Result<qint64> applyTables(WriteContext &ctx, QList<qint64> &events);
    Result<void> addEventSeats(WriteContext &ctx, const QList<qint64> &events);
    Result<QJsonObject> applyAllocation(WriteContext &ctx);

    qint64 m_since = 0;
    qint64 m_version = 0;
    QJsonObject m_tables;
    QJsonArray m_seats;
    QJsonArray m_ga;
    AllocatedCardKeys m_cards;
    QJsonArray m_cardsTaken;
    RefundsElsewhere m_refunds;
    QByteArray m_digest;
};

} // namespace tessera
