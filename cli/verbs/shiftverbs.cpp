// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs of the cash drawer: open a shift with a float, move cash in and out,
// close it with the drawer counted, and show a shift's Z-report.

#include "verbs/shiftverbs.h"

#include "cli.h"
#include "clisession.h"
#include "shift/shiftqueries.h"
#include "verbarguments.h"

#include <QJsonArray>

namespace tessera {

namespace {

Result<QJsonObject> open(CliSession &session, const VerbArguments &args)
{
    auto amount = args.nonNegative(QStringLiteral("float"));
    if (!amount)
        return amount.error();
    QJsonObject json{{QStringLiteral("float"), *amount}};
    if (args.isSet(QStringLiteral("currency")))
        json.insert(QStringLiteral("currency"), args.value(QStringLiteral("currency")).trimmed());
    return session.execute(QStringLiteral("open_shift"), json);
}

Result<QJsonObject> move(CliSession &session, const VerbArguments &args, const QString &kind)
{
    auto amount = VerbArguments::readInteger(args.positional(0), QStringLiteral("AMOUNT"), 1);
    if (!amount)
        return amount.error();
    auto reason = args.required(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    return session.execute(QStringLiteral("cash_movement"),
                           QJsonObject{{QStringLiteral("kind"), kind},
                                       {QStringLiteral("amount"), *amount},
                                       {QStringLiteral("reason"), *reason}});
}

Result<QJsonObject> cashIn(CliSession &session, const VerbArguments &args)
{
    return move(session, args, QStringLiteral("in"));
}

Result<QJsonObject> cashOut(CliSession &session, const VerbArguments &args)
{
    return move(session, args, QStringLiteral("out"));
}

// "10000:3" → {"denomination": 10000, "count": 3}.
Result<QJsonObject> countRow(const QString &spec)
{
    const QString option = QStringLiteral("--count");
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return fail(ErrorCode::InvalidInput,
                    CliText::tr("%1 expects DENOM:COUNT (a note or coin in minor units and how "
                                "many), not \"%2\".")
                        .arg(option, spec),
                    option);
    auto denomination = VerbArguments::readInteger(parts[0], option, 1);
    if (!denomination)
        return denomination.error();
    auto count = VerbArguments::readInteger(parts[1], option, 0);
    if (!count)
        return count.error();
    return QJsonObject{{QStringLiteral("denomination"), *denomination},
                       {QStringLiteral("count"), *count}};
}

Result<QJsonObject> close(CliSession &session, const VerbArguments &args)
{
    QJsonArray counted;
    for (const QString &spec : args.values(QStringLiteral("count"))) {
        auto row = countRow(spec);
        if (!row)
            return row.error();
        counted.push_back(*row);
    }
    if (counted.isEmpty())
        return fail(ErrorCode::MissingField,
                    CliText::tr("Count the drawer: give --count DENOM:COUNT for each note and "
                                "coin (a count of 0 is fine)."),
                    QStringLiteral("--count"));
    QJsonObject json{{QStringLiteral("counted"), counted}};
    if (args.isSet(QStringLiteral("note")))
        json.insert(QStringLiteral("note"), args.value(QStringLiteral("note")));
    return session.execute(QStringLiteral("close_shift"), json);
}

Result<QJsonObject> show(CliSession &session, const VerbArguments &args)
{
    auto db = session.reader();
    if (!db)
        return db.error();
    auto terminal = session.terminalId();
    if (!terminal)
        return terminal.error();
    ShiftQueries shifts(**db, *terminal);
    if (args.isSet(QStringLiteral("shift"))) {
        auto id = args.positive(QStringLiteral("shift"));
        if (!id)
            return id.error();
        return shifts.report(*id);
    }
    auto latest = shifts.latestShift();
    if (!latest)
        return latest.error();
    if (!*latest)
        return fail(ErrorCode::NotFound,
                    CliText::tr("No shift has been opened on terminal %1 yet.").arg(*terminal),
                    QStringLiteral("shift"));
    return shifts.report(**latest);
}

} // namespace

QList<Verb> shiftVerbs()
{
    const QString group = QStringLiteral("shift");
    const QString amount = QStringLiteral("AMOUNT");
    const QCommandLineOption reason = valueOption(
        "reason", CliText::tr("Why the cash moves (required), e.g. \"bank drop\"."), "REASON");
    return {
        {group,
         QStringLiteral("open"),
         {},
         CliText::tr("Open a cash-drawer shift on this terminal with its float."),
         {valueOption("float", CliText::tr("The change the drawer starts with, in minor units."),
                      "MINOR"),
          valueOption("currency",
                      CliText::tr("The drawer's currency (default: the newest event's)."), "CODE")},
         &open},
        {group,
         QStringLiteral("cash-in"),
         {amount},
         CliText::tr("Put cash into the open shift's drawer (AMOUNT in minor units)."),
         {reason},
         &cashIn},
        {group,
         QStringLiteral("cash-out"),
         {amount},
         CliText::tr("Take cash out of the open shift's drawer (AMOUNT in minor units); no more "
                     "than it should hold."),
         {reason},
         &cashOut},
        {group,
         QStringLiteral("close"),
         {},
         CliText::tr("Close the open shift with the drawer counted; answers expected, counted "
                     "and the difference."),
         {valueOption("count",
                      CliText::tr("COUNT notes or coins of DENOM minor units; repeat for each "
                                  "denomination."),
                      "DENOM:COUNT"),
          valueOption("note", CliText::tr("A remark for the Z-report."), "TEXT")},
         &close},
        {group,
         QStringLiteral("show"),
         {},
         CliText::tr("Print a shift's Z-report as JSON (default: the open or last shift)."),
         {valueOption("shift", CliText::tr("The shift to show."), "ID")},
         &show,
         Permission::ViewOrders},
    };
}

} // namespace tessera
