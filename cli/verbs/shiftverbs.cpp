// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs of the cash drawer: open a shift with a float, move cash in and out,
// close it with the drawer counted, and show a shift's Z-report.

#include "verbs/shiftverbs.h"

#include "cli.h"
#include "clisession.h"
#include "common/clock.h"
#include "shift/dayendcsv.h"
#include "shift/dayendreport.h"
#include "shift/shiftpolicy.h"
#include "shift/shiftqueries.h"
#include "verbarguments.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#ifdef TESSERA_CLI_PDF
#include "printing/dayenddocument.h"

#include <QGuiApplication>
#endif

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

// The day-end report as the console prints it (A4, PDF), through the
// console's own layout.
Result<QJsonObject> dayEndPdf(CliSession &session, const QJsonObject &report, const QString &path)
{
#ifdef TESSERA_CLI_PDF
    // Text on a page needs fonts, which need a QGuiApplication (main.cpp makes one).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ErrorCode::InvalidState,
                    CliText::tr("This program cannot draw a PDF here; write a .csv or .json."),
                    QStringLiteral("-o"));
    const DayEndDocument document(report, QDateTime::fromMSecsSinceEpoch(
                                              session.settings().clock->nowMs(), QTimeZone::utc()));
    if (auto written = document.writePdf(path); !written)
        return written.error();
    return QJsonObject{{QStringLiteral("date"), report.value(QStringLiteral("date"))},
                       {QStringLiteral("file"), path},
                       {QStringLiteral("bytes"), QFileInfo(path).size()}};
#else
    Q_UNUSED(session)
    Q_UNUSED(report)
    return fail(ErrorCode::InvalidInput,
                CliText::tr("This tessera-cli was built without the console, so it writes no PDF; "
                            "write a .csv or .json."),
                QStringLiteral("-o"));
#endif
}

// The day-end report of --date (default: today) in the box office's zone
// (or --zone), as JSON, or written to -o FILE: .pdf, .csv or .json.
Result<QJsonObject> dayEnd(CliSession &session, const VerbArguments &args)
{
    auto db = session.reader();
    if (!db)
        return db.error();
    QDate date = QDate::currentDate();
    if (args.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(args.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return fail(ErrorCode::InvalidInput,
                        CliText::tr("--date is a day as YYYY-MM-DD, not \"%1\".")
                            .arg(args.value(QStringLiteral("date"))),
                        QStringLiteral("--date"));
    }
    QTimeZone zone = DayEndReport::boxOfficeZone(**db);
    if (args.isSet(QStringLiteral("zone"))) {
        zone = QTimeZone(args.value(QStringLiteral("zone")).trimmed().toUtf8());
        if (!zone.isValid())
            return fail(ErrorCode::InvalidInput,
                        CliText::tr("Unknown time zone \"%1\"; use an IANA name such as "
                                    "Asia/Shanghai.")
                            .arg(args.value(QStringLiteral("zone"))),
                        QStringLiteral("--zone"));
    }
    auto report = DayEndReport::compute(**db, date, zone);
    if (!report || !args.isSet(QStringLiteral("o")))
        return report;
    const QString path = args.value(QStringLiteral("o"));
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("pdf"))
        return dayEndPdf(session, *report, path);
    QByteArray bytes;
    if (suffix == QLatin1String("csv"))
        bytes = DayEndCsv::write(*report);
    else if (suffix == QLatin1String("json"))
        bytes = QJsonDocument(*report).toJson(QJsonDocument::Indented);
    else
        return fail(ErrorCode::InvalidInput,
                    CliText::tr("-o writes a .pdf, .csv or .json file, not \"%1\".")
                        .arg(QFileInfo(path).fileName()),
                    QStringLiteral("-o"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::StorageError,
                    CliText::tr("Cannot write %1: %2").arg(path, file.errorString()),
                    QStringLiteral("-o"));
    return QJsonObject{{QStringLiteral("date"), report->value(QStringLiteral("date"))},
                       {QStringLiteral("file"), path},
                       {QStringLiteral("bytes"), qint64(bytes.size())}};
}

// Sets the box office's cash-control rules (either or both).
Result<QJsonObject> policy(CliSession &session, const VerbArguments &args)
{
    QJsonObject json;
    if (args.isSet(QStringLiteral("required-for")))
        json.insert(QStringLiteral("required_for"),
                    args.value(QStringLiteral("required-for")).trimmed());
    if (args.isSet(QStringLiteral("blind-count"))) {
        const QString value = args.value(QStringLiteral("blind-count")).trimmed();
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return fail(ErrorCode::InvalidInput,
                        CliText::tr("--blind-count is on or off, not \"%1\".").arg(value),
                        QStringLiteral("--blind-count"));
        json.insert(QStringLiteral("blind_count"), value == QLatin1String("on"));
    }
    if (json.isEmpty()) {
        auto db = session.reader();
        if (!db)
            return db.error();
        const ShiftPolicy now = ShiftPolicy::read(**db);
        return QJsonObject{{QStringLiteral("required_for"), ShiftPolicy::ruleName(now.requiredFor)},
                           {QStringLiteral("blind_count"), now.blindCount}};
    }
    return session.execute(QStringLiteral("set_shift_policy"), json);
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
         QStringLiteral("day-end"),
         {},
         CliText::tr("Print the day-end report of every shift and terminal as JSON, or write it "
                     "as PDF or CSV."),
         {valueOption("date", CliText::tr("The business day (default: today)."), "YYYY-MM-DD"),
          valueOption("zone",
                      CliText::tr("The box office's time zone (default: the newest venue's)."),
                      "ZONE"),
          valueOption("o", CliText::tr("Write the report to FILE (.pdf, .csv or .json) instead."),
                      "FILE")},
         &dayEnd,
         Permission::ViewReports},
        {group,
         QStringLiteral("policy"),
         {},
         CliText::tr("Show or set which payments need an open shift and whether cashiers count "
                     "blind."),
         {valueOption("required-for",
                      CliText::tr("none, cash (the default) or all payment methods."), "RULE"),
          valueOption("blind-count", CliText::tr("on (the default) or off."), "on|off")},
         &policy},
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
