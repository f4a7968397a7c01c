// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "sales/orderstate.h"

#include <QJsonArray>
#include <QList>

namespace tessera {

class WriteContext;

// A payment as reported by the till or a provider: how much, by what means,
// and whether it went through. Declined and unknown payments are recorded
// (the dashboards count their error codes) but do not pay anything.
struct PaymentInput
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PaymentInput)

public:
    QString method; // cash, card, qr, transfer, voucher
    qint64 amount = 0;
    PaymentState state = PaymentState::Approved;
    QString reference; // provider reference or approval code
    QString errorCode; // normalised provider error code, when not approved
    // At most the last four digits of a card number (PCI DSS 3.3/3.4): a full
    // number handed in as "card_number" is cut down when the request is read,
    // so it never reaches the journal or the database.
    QString cardLast4;
    // Cash handed over (0: not told), so a reprinted receipt shows it and the
    // change; at least the amount, cash only.
    qint64 tendered = 0;

    QJsonObject toJson() const;
    static Result<PaymentInput> fromJson(const QJsonObject &json, const QString &path);
    static Result<QList<PaymentInput>> listFromJson(const QJsonArray &array, const QString &field);
    static QJsonArray listToJson(const QList<PaymentInput> &payments);
    static qint64 approvedSum(const QList<PaymentInput> &payments);
    // The methods of the payments that took (or may have taken) money: all
    // but the declined ones.
    static QStringList methodsTaking(const QList<PaymentInput> &payments);
    // Inserts the payment rows of an order.
    static Result<void> record(WriteContext &ctx, qint64 orderId,
                               const QList<PaymentInput> &payments);
};

} // namespace tessera
