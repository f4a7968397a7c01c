// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace tessera {

// The server's catalog log and allocation tables (every start; idempotent):
//   catalog_log       every change a terminal must pull: a catalog row (by
//                     triggers on the catalog tables) or one terminal's
//                     allocation; its autoincrement id is the catalog version
//   seat_allocations  which terminal may sell a seat of an event; state 0
//                     granted, 1 being taken back (until the terminal says
//                     it released or had sold it)
//   ga_allocations    how many places of a GA quota each terminal may sell;
//                     `taking` of them being taken back since catalog version
//                     `taking_version` (until the terminal says how many it
//                     kept)
//   card_allocations  which terminal holds a card key (AllocateCardsCommand)
class PrepareCatalogCommand final : public Command
{
public:
    QString kind() const override { return QStringLiteral("prepare_catalog"); }
    QJsonObject toJson() const override { return {{QStringLiteral("schema"), 2}}; }
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;
};

// Gives terminal `terminal` seats of `event` to sell: the seats named (their
// plan ids) or the first `count` the server has. Each must be the server's
// (available, not another terminal's); on the server it becomes
// SeatState::Elsewhere. A terminal may be given seats before it enrols.
class AllocateSeatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AllocateSeatsCommand)

public:
    AllocateSeatsCommand(QString terminal, qint64 event, QStringList seats, qint64 count)
        : m_terminal(std::move(terminal))
        , m_event(event)
        , m_seats(std::move(seats))
        , m_count(count)
    {}
    QString kind() const override { return QStringLiteral("allocate_seats"); }
    QJsonObject toJson() const override;
    // The data directory's owner (CLI, admin.sock) or a terminal's own
    // top-up; audited.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("allocate_seats"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_terminal;
    qint64 m_event;
    QStringList m_seats;
    qint64 m_count;
};

// Adds `places` places of the GA quota `quota` (its name) of `event` to what
// terminal `terminal` may sell; the server keeps what is left for itself
// (its own quota's allocation).
class AllocateGaCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AllocateGaCommand)

public:
    AllocateGaCommand(QString terminal, qint64 event, QString quota, qint64 places)
        : m_terminal(std::move(terminal))
        , m_event(event)
        , m_quota(std::move(quota))
        , m_places(places)
    {}
    QString kind() const override { return QStringLiteral("allocate_ga"); }
    QJsonObject toJson() const override;
    // The data directory's owner (CLI, admin.sock) or a terminal's own
    // top-up; audited.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("allocate_ga"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_terminal;
    qint64 m_event;
    QString m_quota;
    qint64 m_places;
};

// Takes seats of `event` back from terminal `terminal` (the seats named, or
// all of its seats of the event when none is): they stay unsellable on the
// server until the terminal acknowledges (AcknowledgeTakeBackCommand).
class TakeBackSeatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TakeBackSeatsCommand)

public:
    TakeBackSeatsCommand(QString terminal, qint64 event, QStringList seats)
        : m_terminal(std::move(terminal))
        , m_event(event)
        , m_seats(std::move(seats))
    {}
    QString kind() const override { return QStringLiteral("take_back_seats"); }
    QJsonObject toJson() const override;
    // The data directory's owner (CLI, admin.sock) or a terminal's own
    // top-up; audited.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("take_back_seats"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_terminal;
    qint64 m_event;
    QStringList m_seats;
};

// Takes `places` unsold places of the GA quota `quota` (its name) of `event`
// back from terminal `terminal` (0: all it was given). The server offers the
// terminal that many fewer from its next catalog call and keeps counting
// them as the terminal's until it answers how many it kept (it may have sold
// some offline meanwhile): only then does the server have the rest back.
class TakeBackGaCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TakeBackGaCommand)

public:
    TakeBackGaCommand(QString terminal, qint64 event, QString quota, qint64 places)
        : m_terminal(std::move(terminal))
        , m_event(event)
        , m_quota(std::move(quota))
        , m_places(places)
    {}
    QString kind() const override { return QStringLiteral("take_back_ga"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("take_back_ga"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_terminal;
    qint64 m_event;
    QString m_quota;
    qint64 m_places;
};

// A terminal's answer to a take-back: the seats it released go back to the
// server (available), those it had sold are sold. Only seats being taken
// back from that terminal count, so a repeated answer changes nothing. `ga`:
// [quota id, places kept] after the terminal applied catalog `version`; a
// GA take-back ends only by an answer from a catalog that carried it.
// Card keys (server ids) the terminal gave back or had sold meanwhile.
struct CardKeysBack
{
    QJsonArray released;
    QJsonArray sold;
};

class AcknowledgeTakeBackCommand final : public Command
{
public:
    AcknowledgeTakeBackCommand(qint64 terminalId, QJsonArray released, QJsonArray sold,
                               QJsonArray ga = {}, qint64 version = 0, CardKeysBack cards = {})
        : m_terminalId(terminalId)
        , m_released(std::move(released))
        , m_sold(std::move(sold))
        , m_ga(std::move(ga))
        , m_version(version)
        , m_cards(std::move(cards))
    {}
    QString kind() const override { return QStringLiteral("acknowledge_take_back"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    Result<qint64> applyGa(WriteContext &ctx);
    Result<QJsonObject> applyCards(WriteContext &ctx);

    qint64 m_terminalId;
    QJsonArray m_released;
    QJsonArray m_sold;
    QJsonArray m_ga;
    qint64 m_version = 0;
    CardKeysBack m_cards;
};

} // namespace tessera
