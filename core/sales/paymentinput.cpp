// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/paymentinput.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"

#include <QCoreApplication>

namespace tessera {

namespace {

const QStringList &knownMethods()
{
    static const QStringList methods{QStringLiteral("cash"), QStringLiteral("card"),
                                     QStringLiteral("qr"), QStringLiteral("transfer"),
                                     QStringLiteral("voucher")};
    return methods;
}

} // namespace

QJsonObject PaymentInput::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), method},
                  {QStringLiteral("amount"), amount},
                  {QStringLiteral("state"), paymentStateName(state)}};
    if (!reference.isEmpty())
        o.insert(QStringLiteral("reference"), reference);
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("error_code"), errorCode);
    if (!cardLast4.isEmpty())
        o.insert(QStringLiteral("card_last4"), cardLast4);
    if (tendered > 0)
        o.insert(QStringLiteral("tendered"), tendered);
    return o;
}

Result<PaymentInput> PaymentInput::fromJson(const QJsonObject &json, const QString &path)
{
    const JsonFields f(json, path);
    if (auto r = f.only({"method", "amount", "state", "reference", "error_code", "card_number",
                         "card_last4", "tendered"});
        !r)
        return r.error();
    PaymentInput p;
    auto method = f.string(QStringLiteral("method"));
    if (!method)
        return method.error();
    if (!knownMethods().contains(*method))
        return fail(ErrorCode::InvalidInput,
                    tr("Unknown payment method \"%1\"; use one of: %2.")
                        .arg(*method, knownMethods().join(QStringLiteral(", "))),
                    f.path(QStringLiteral("method")));
    p.method = *method;
    auto amount = f.positive(QStringLiteral("amount"));
    if (!amount)
        return amount.error();
    p.amount = *amount;
    auto state = f.optionalString(QStringLiteral("state"));
    if (!state)
        return state.error();
    if (state->isEmpty() || *state == QLatin1String("approved"))
        p.state = PaymentState::Approved;
    else if (*state == QLatin1String("declined"))
        p.state = PaymentState::Declined;
    else if (*state == QLatin1String("unknown"))
        p.state = PaymentState::Unknown;
    else
        return fail(ErrorCode::InvalidInput,
                    tr("A payment's state is \"approved\", \"declined\" or \"unknown\"."),
                    f.path(QStringLiteral("state")));
    auto reference = f.optionalString(QStringLiteral("reference"));
    if (!reference)
        return reference.error();
    p.reference = *reference;
    auto errorCode = f.optionalString(QStringLiteral("error_code"));
    if (!errorCode)
        return errorCode.error();
    p.errorCode = *errorCode;
    auto number = f.optionalString(QStringLiteral("card_number"));
    if (!number)
        return number.error();
    auto last4 = f.optionalString(QStringLiteral("card_last4"));
    if (!last4)
        return last4.error();
    QString digits = number->isEmpty() ? *last4 : *number;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (!digits.isEmpty()) {
        const bool allDigits =
            std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); });
        const bool full = !number->isEmpty();
        if (!allDigits || (full && (digits.size() < 12 || digits.size() > 19)) ||
            (!full && digits.size() != 4))
            return fail(
                ErrorCode::InvalidInput,
                full ? tr("A card number has 12 to 19 digits.")
                     : tr("Give the last four digits of the card."),
                f.path(full ? QStringLiteral("card_number") : QStringLiteral("card_last4")));
        p.cardLast4 = digits.right(4);
    }
    auto tendered = f.optionalInteger(QStringLiteral("tendered"), 0);
    if (!tendered)
        return tendered.error();
    if (*tendered != 0) {
        if (p.method != QLatin1String("cash"))
            return fail(ErrorCode::InvalidInput, tr("Only cash is handed over."),
                        f.path(QStringLiteral("tendered")));
        if (*tendered < p.amount)
            return fail(ErrorCode::InvalidInput,
                        tr("The cash handed over is less than the amount paid."),
                        f.path(QStringLiteral("tendered")));
        p.tendered = *tendered;
    }
    if (p.state != PaymentState::Approved && p.errorCode.isEmpty())
        return fail(ErrorCode::MissingField,
                    tr("A payment that did not go through needs its error code."),
                    f.path(QStringLiteral("error_code")));
    return p;
}

Result<QList<PaymentInput>> PaymentInput::listFromJson(const QJsonArray &array,
                                                       const QString &field)
{
    QList<PaymentInput> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!array.at(i).isObject())
            return fail(ErrorCode::InvalidInput, tr("Each payment must be an object."), path);
        auto p = fromJson(array.at(i).toObject(), path);
        if (!p)
            return p.error();
        out.push_back(*p);
    }
    return out;
}

QJsonArray PaymentInput::listToJson(const QList<PaymentInput> &payments)
{
    QJsonArray out;
    for (const PaymentInput &p : payments)
        out.push_back(p.toJson());
    return out;
}

qint64 PaymentInput::approvedSum(const QList<PaymentInput> &payments)
{
    qint64 sum = 0;
    for (const PaymentInput &p : payments) {
        if (p.state == PaymentState::Approved)
            sum += p.amount;
    }
    return sum;
}

QStringList PaymentInput::methodsTaking(const QList<PaymentInput> &payments)
{
    QStringList methods;
    for (const PaymentInput &p : payments) {
        if (p.state != PaymentState::Declined && !methods.contains(p.method))
            methods.push_back(p.method);
    }
    return methods;
}

Result<void> PaymentInput::record(WriteContext &ctx, qint64 orderId,
                                  const QList<PaymentInput> &payments)
{
    for (const PaymentInput &p : payments) {
        auto r = ctx.run(
            "INSERT INTO payments(order_id, method, amount, state, provider_ref, "
            "error_code, created_at, card_last4, tendered) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [&](SqliteStatement &s) {
                s.bind(1, orderId).bind(2, p.method).bind(3, p.amount);
                s.bind(4, int(p.state));
                p.reference.isEmpty() ? s.bindNull(5) : s.bind(5, p.reference);
                p.errorCode.isEmpty() ? s.bindNull(6) : s.bind(6, p.errorCode);
                s.bind(7, ctx.now());
                p.cardLast4.isEmpty() ? s.bindNull(8) : s.bind(8, p.cardLast4);
                p.tendered > 0 ? s.bind(9, p.tendered) : s.bindNull(9);
            });
        if (!r)
            return r;
    }
    return {};
}

} // namespace tessera
