// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace tessera {

// The rows of the server's mirror of what the terminals sold, keyed by the
// terminal and its own ids. States and kinds are the engine's numbers
// (core/storage/schema.cpp); times are the terminal's.
struct MirroredOrder
{
    qint64 terminal = 0;
    qint64 order = 0;
    qint64 event = 0; // 0: card keys only
    QString currency;
    int state = 0;
    qint64 total = 0;
    qint64 paid = 0;
    qint64 refunded = 0;
    QString channel;
    qint64 createdAt = 0;
};

struct MirroredLine
{
    qint64 terminal = 0;
    qint64 line = 0;
    qint64 order = 0;
    qint64 event = 0;
    int kind = 0; // 0 seat, 1 standing, 2 card key
    qint64 price = 0;
    int state = 0; // 0 active, 1 refunded, 2 exchanged
    QString stock; // the seat's category or the quota's name
};

struct MirroredPayment
{
    qint64 terminal = 0;
    qint64 order = 0;
    QString method;
    qint64 amount = 0;
    int state = 0;
    QString errorCode;
    qint64 createdAt = 0;
};

struct MirroredRedemption
{
    qint64 terminal = 0;
    qint64 seq = 0;
    QByteArray ticketKey; // SHA-256 of the code: the code itself is never kept
    qint64 event = 0;
    qint64 line = 0;
    QString gate;
    qint64 redeemedAt = 0;
};

// Where SalesProjection keeps its figures: plain reads and writes of rows,
// with what the projection decides (which order a cancelled event refunds,
// what a refund owes) left to the projection, so that another database can
// hold them without the rules changing. Calls run inside the caller's
// transaction.
class SalesMirror
{
public:
    virtual ~SalesMirror() = default;

    // Forgets every figure and redemption (a rebuild follows).
    virtual Result<void> clear() = 0;

    // Adds or replaces an order or a line.
    virtual Result<void> putOrder(const MirroredOrder &order) = 0;
    virtual Result<void> putLine(const MirroredLine &line) = 0;
    // Adds a payment or a refund under the terminal's next number for it (the
    // terminal numbers its own in the order it records them, and so does the
    // mirror: settle_payment names a payment by that number).
    virtual Result<void> addPayment(const MirroredPayment &payment) = 0;
    virtual Result<void> addRefund(qint64 terminal, qint64 order, qint64 amount,
                                   const QString &reason, qint64 at) = 0;

    virtual Result<std::optional<MirroredOrder>> order(qint64 terminal, qint64 order) = 0;
    virtual Result<std::optional<MirroredLine>> line(qint64 terminal, qint64 line) = 0;
    // The terminal's lines of `event`, by order then line.
    virtual Result<std::vector<MirroredLine>> linesOfEvent(qint64 terminal, qint64 event) = 0;
    // An order's lines, by line.
    virtual Result<std::vector<MirroredLine>> linesOfOrder(qint64 terminal, qint64 order) = 0;

    virtual Result<void> setOrderState(qint64 terminal, qint64 order, int state) = 0;
    virtual Result<void> setOrderPaid(qint64 terminal, qint64 order, qint64 paid) = 0;
    // Adds to an order's total, paid and refunded amounts.
    virtual Result<void> addToOrder(qint64 terminal, qint64 order, qint64 total, qint64 paid,
                                    qint64 refunded) = 0;
    virtual Result<void> setLineState(qint64 terminal, qint64 line, int state) = 0;
    virtual Result<void> settlePayment(qint64 terminal, qint64 payment, int state,
                                       const QString &errorCode) = 0;

    // A gate's redemption; of one ticket's redemptions the first by time is
    // kept (ties to the lower terminal id), the others are double entries.
    virtual Result<void> recordRedemption(const MirroredRedemption &redemption) = 0;
    // The seller refunded `lines` itself: a refund of one of them made
    // meanwhile at another terminal, through the server, was paid twice.
    virtual Result<void> noteSellerRefund(qint64 terminal, const QJsonArray &lines, qint64 at) = 0;

    // Names from the server's catalog: a seat's category, a GA quota's name;
    // empty when unknown.
    virtual Result<QString> seatCategory(qint64 event, const QString &seat) = 0;
    virtual Result<QString> quotaName(qint64 quota) = 0;
};

} // namespace tessera
