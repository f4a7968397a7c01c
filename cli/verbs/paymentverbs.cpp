// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs for payments whose outcome is unknown: the list still to reconcile,
// and settling one once the provider (or its portal) says what happened.

#include "cli.h"
#include "clisession.h"
#include "query/paymentqueries.h"
#include "verbarguments.h"
#include "verbs/verb.h"

namespace tessera {

namespace {

Result<QJsonObject> unreconciled(CliSession &session, const VerbArguments &)
{
    auto db = session.reader();
    if (!db)
        return db.error();
    auto terminal = session.terminalId();
    if (!terminal)
        return terminal.error();
    auto list = PaymentQueries(**db, *terminal).unreconciled();
    if (!list)
        return list.error();
    return QJsonObject{{QStringLiteral("payments"), PaymentQueries::toJson(*list)}};
}

Result<QJsonObject> settle(CliSession &session, const VerbArguments &args)
{
    auto payment = args.positionalId(0);
    if (!payment)
        return payment.error();
    auto state = args.required(QStringLiteral("state"));
    if (!state)
        return state.error();
    QJsonObject json{{QStringLiteral("payment"), *payment},
                     {QStringLiteral("state"), state->trimmed()}};
    if (args.isSet(QStringLiteral("reference")))
        json.insert(QStringLiteral("reference"), args.value(QStringLiteral("reference")));
    if (args.isSet(QStringLiteral("error-code")))
        json.insert(QStringLiteral("error_code"), args.value(QStringLiteral("error-code")));
    else if (state->trimmed() == QLatin1String("declined"))
        return fail(ErrorCode::MissingField,
                    CliText::tr("Say why it was declined with --error-code (the provider's code)."),
                    QStringLiteral("--error-code"));
    return session.execute(QStringLiteral("settle_payment"), json);
}

} // namespace

QList<Verb> paymentVerbs()
{
    return {
        {QStringLiteral("payments"),
         QStringLiteral("unreconciled"),
         {},
         CliText::tr("Payments whose outcome is unknown, oldest first: the list to reconcile."),
         {},
         &unreconciled,
         Permission::ViewOrders},
        {QStringLiteral("payment"),
         QStringLiteral("settle"),
         {QStringLiteral("PAYMENT_ID")},
         CliText::tr("Record what the provider says became of a payment whose outcome was "
                     "unknown; approved, it counts toward its order."),
         {valueOption("state", CliText::tr("approved or declined."), "STATE"),
          valueOption("reference", CliText::tr("The provider's reference for the payment."), "REF"),
          valueOption("error-code", CliText::tr("Why it was declined (required with declined)."),
                      "CODE")},
         &settle},
    };
}

} // namespace tessera
