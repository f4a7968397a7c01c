// SPDX-License-Identifier: GPL-3.0-or-later
// The run report: an event's or a range of days' figures as a PDF, and the
// rows behind them as CSV files for a spreadsheet.

#include "verbs/reportverbs.h"

#include "cli.h"
#include "clisession.h"
#include "common/clock.h"
#include "report/reportcsv.h"
#include "report/runreport.h"
#include "serverlink.h"
#include "serverrunreport.h"
#include "verbarguments.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#ifdef TESSERA_CLI_PDF
#include "printing/runreportdocument.h"

#include <QGuiApplication>
#endif

namespace tessera {

namespace {

Result<QDate> dateOption(const VerbArguments &args, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    const QString text = args.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput,
                    CliText::tr("%1 is a day as YYYY-MM-DD, not \"%2\".").arg(option, text),
                    option);
    return date;
}

// --event N, or --from DATE --to DATE (one of them).
Result<RunReportScope> scopeOf(const VerbArguments &args)
{
    const bool event = args.isSet(QStringLiteral("event"));
    const bool range = args.isSet(QStringLiteral("from")) || args.isSet(QStringLiteral("to"));
    if (event && range)
        return fail(ErrorCode::InvalidInput,
                    CliText::tr("Give either --event or --from and --to, not both."),
                    QStringLiteral("--event"));
    RunReportScope scope;
    if (event) {
        auto id = args.positive(QStringLiteral("event"));
        if (!id)
            return id.error();
        scope.eventId = *id;
        return scope;
    }
    if (!range)
        return fail(ErrorCode::MissingField,
                    CliText::tr("Say what to report: --event ID, or --from DATE --to DATE."),
                    QStringLiteral("--event"));
    for (const char *name : {"from", "to"}) {
        if (!args.isSet(QLatin1String(name)))
            return fail(
                ErrorCode::MissingField,
                CliText::tr("--from and --to go together: give --%1 too.").arg(QLatin1String(name)),
                QStringLiteral("--") + QLatin1String(name));
    }
    auto from = dateOption(args, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = dateOption(args, QStringLiteral("to"));
    if (!to)
        return to.error();
    scope.from = *from;
    scope.to = *to;
    return scope;
}

#ifdef TESSERA_CLI_PDF
// A folder that exists (made when missing if `make`) and can be written, or
// an error naming `option`.
Result<void> writableFolder(const QString &path, const QString &option, bool make)
{
    if ((make && !QDir().mkpath(path)) || !QFileInfo(path).isDir() || !QFileInfo(path).isWritable())
        return fail(ErrorCode::StorageError,
                    CliText::tr("Cannot write into the folder %1.").arg(path), option);
    return {};
}

Result<void> writeFile(const QString &path, const QByteArray &bytes, const QString &option)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::StorageError,
                    CliText::tr("Cannot write %1: %2").arg(path, file.errorString()), option);
    return {};
}

#endif

Result<QJsonObject> report(CliSession &session, const VerbArguments &args)
{
    auto scope = scopeOf(args);
    if (!scope)
        return scope.error();
    auto out = args.required(QStringLiteral("o"));
    if (!out)
        return out.error();
    const QString pdfPath = *out;
    if (QFileInfo(pdfPath).suffix().toLower() != QLatin1String("pdf"))
        return fail(
            ErrorCode::InvalidInput,
            CliText::tr("-o writes a .pdf file, not \"%1\".").arg(QFileInfo(pdfPath).fileName()),
            QStringLiteral("-o"));
#ifdef TESSERA_CLI_PDF
    const bool csv = args.isSet(QStringLiteral("csv-dir"));
    const QString csvDir = args.value(QStringLiteral("csv-dir"));
    const bool everyTerminal = args.isSet(QStringLiteral("every-terminal"));
    if (csv && everyTerminal)
        return fail(ErrorCode::InvalidInput,
                    CliText::tr("--csv-dir writes this terminal's rows; with --every-terminal the "
                                "report is the PDF only."),
                    QStringLiteral("--csv-dir"));
    // Text on a page needs fonts, which need a QGuiApplication (main.cpp makes one).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ErrorCode::InvalidState, CliText::tr("This program cannot draw a PDF here."),
                    QStringLiteral("-o"));

    auto db = session.reader();
    if (!db)
        return db.error();
    auto terminal = session.terminalId();
    if (!terminal)
        return terminal.error();
    // The customers' names are sealed: only the orders' CSV shows them.
    const DataKey *key = nullptr;
    if (csv) {
        if (auto found = session.dataKey())
            key = *found;
    }
    auto report =
        RunReportReader::read(**db, *terminal, key, *scope, session.settings().clock->nowMs());
    if (!report) {
        Error e = report.error();
        if (!e.where.isEmpty() && !e.where.startsWith(QLatin1Char('-')))
            e.where.prepend(QStringLiteral("--"));
        return e;
    }
    if (everyTerminal) {
        // The server is asked as the member of staff: no terminal credential.
        auto link = ServerLink::loadPublic(session.settings().databasePath);
        if (!link)
            return link.error();
        if (!*link)
            return fail(ErrorCode::NotFound,
                        CliText::tr("This terminal is not enrolled with a server: "
                                    "--every-terminal needs one (sync enrol)."),
                        QStringLiteral("--every-terminal"));
        if (auto filled =
                ServerRunReport::fill(*report, **link, session.settings().actor,
                                      session.settings().pin, session.settings().clock->nowMs());
            !filled)
            return filled.error();
    }

    // The folders once the figures are in: nothing is made for a refused report.
    if (auto folder =
            writableFolder(QFileInfo(pdfPath).absolutePath(), QStringLiteral("-o"), false);
        !folder)
        return folder.error();
    if (csv) {
        if (auto folder = writableFolder(csvDir, QStringLiteral("--csv-dir"), true); !folder)
            return folder.error();
    }
    QJsonArray files;
    if (csv) {
        const std::pair<const char *, QByteArray> exports[] = {
            {"orders.csv", ReportCsv::orders(*report)},
            {"payments.csv", ReportCsv::payments(*report)},
            {"refunds.csv", ReportCsv::refunds(*report)}};
        for (const auto &[name, bytes] : exports) {
            const QString path = QDir(csvDir).filePath(QLatin1String(name));
            if (auto written = writeFile(path, bytes, QStringLiteral("--csv-dir")); !written)
                return written.error();
            files.push_back(path);
        }
    }
    const RunReportDocument document(*report);
    if (auto written = document.writePdf(pdfPath); !written) {
        Error e = written.error();
        e.where = QStringLiteral("-o");
        return e;
    }
    files.push_front(pdfPath);
    const DashboardFigures &f = report->figures;
    return QJsonObject{{QStringLiteral("file"), pdfPath},
                       {QStringLiteral("bytes"), QFileInfo(pdfPath).size()},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("orders"), f.orders},
                       {QStringLiteral("revenue"), f.revenue},
                       {QStringLiteral("currency"), f.currency},
                       {QStringLiteral("attempts"), f.attempts},
                       {QStringLiteral("approved"), f.approved},
                       {QStringLiteral("refunds"), f.refunds}};
#else
    Q_UNUSED(session)
    return fail(ErrorCode::InvalidInput,
                CliText::tr("This tessera-cli was built without the console, so it writes no "
                            "PDF."),
                QStringLiteral("-o"));
#endif
}

} // namespace

QList<Verb> reportVerbs()
{
    return {
        {{},
         QStringLiteral("report"),
         {},
         CliText::tr("Write the run report of an event or a range of days as PDF (-o), and its "
                     "orders, payments and refunds as CSV (--csv-dir)."),
         {valueOption("event", CliText::tr("The event to report on (every sale of it so far)."),
                      "ID"),
          valueOption("from", CliText::tr("The first business day of the range."), "YYYY-MM-DD"),
          valueOption("to", CliText::tr("The last business day of the range."), "YYYY-MM-DD"),
          valueOption("o", CliText::tr("The PDF file to write."), "FILE"),
          valueOption("csv-dir",
                      CliText::tr("Also write orders.csv, payments.csv and refunds.csv here."),
                      "DIR"),
          QCommandLineOption(
              QStringLiteral("every-terminal"),
              CliText::tr("Every terminal's figures and alerts, from the central server "
                          "(as the member of staff given by --actor and the PIN)."))},
         &report,
         Permission::ViewReports},
    };
}

} // namespace tessera
