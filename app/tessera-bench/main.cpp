// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-bench: prints the project's performance figures, measured in one run.
#include "enginebench.h"
#include "livebenchmain.h"
#include "securitybench.h"
#include "syncbenchmain.h"
#ifdef TESSERA_BENCH_UI
#include "dashboardframes.h"
#include "uibench.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace tessera::bench;

int main(int argc, char *argv[])
{
#ifdef TESSERA_BENCH_UI
    // The seat map needs a QApplication, which the other scenarios must not pay for.
    if (argc > 1 && qstrcmp(argv[1], "ui") == 0)
        return runUiBenchMain(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "dashboard") == 0)
        return runDashboardBenchMain(argc, argv);
#endif
    // Journal up against the real server: its own options.
    if (argc > 1 && qstrncmp(argv[1], "sync", 4) == 0)
        return runSyncBenchMain(argc, argv);
    // A sale's way to the dashboard through the real server.
    if (argc > 1 && qstrcmp(argv[1], "live") == 0)
        return runLiveBenchMain(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tessera benchmarks. Scenarios: engine, security, ui, dashboard, sync, sync-faults, live"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("scenario"),
        QStringLiteral("engine | security | ui | dashboard | sync | sync-faults | live"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("End with one JSON object on the last line."));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Folder for the throw-away databases (default: a "
                                                "temporary folder on the same disk as /tmp)."),
                                 QStringLiteral("path"));
    const QCommandLineOption sales(QStringLiteral("sales"), QStringLiteral("Sales per round."),
                                   QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Rounds (medians are reported)."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small sizes, for a smoke run."));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("engine: keep the last round's engine and same-rows databases in --dir."));
    parser.addOptions({json, dir, sales, rounds, quick, keep});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    const QString scenario = args.value(0);
    if (args.size() != 1 ||
        (scenario != QLatin1String("engine") && scenario != QLatin1String("security"))) {
        err << "usage: tessera-bench engine|security|ui [--json] [--quick] [--sales N] [--rounds "
               "N] "
               "[--dir PATH]\n";
        return 2;
    }
    QTemporaryDir temp;
    auto progress = [&](const QString &step) {
        err << "… " << step << '\n';
        err.flush();
    };
    if (scenario == QLatin1String("security")) {
        SecurityBenchOptions options;
        options.workDir = parser.isSet(dir) ? parser.value(dir) : temp.path();
        if (parser.isSet(quick)) {
            options.tickets = 500;
            options.auditEntries = 20000;
            options.cardKeys = 300;
            options.signIns = 5;
        }
        const QJsonObject figures = runSecurityBench(options, progress);
        out << "\nTessera security benchmark\n";
        for (auto it = figures.begin(); it != figures.end(); ++it)
            out << "  " << it.key().leftJustified(32) << it.value().toVariant().toString() << '\n';
        out << "  target: audit_verify_entries_per_s >= 100000\n";
        out << "  target: login_unknown_vs_known_ratio within 0.9 .. 1.1\n";
        if (parser.isSet(json))
            out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    EngineBenchOptions options;
    options.workDir = parser.isSet(dir) ? parser.value(dir) : temp.path();
    options.sales = parser.value(sales).toInt();
    options.rounds = parser.value(rounds).toInt();
    options.keepDatabases = parser.isSet(keep);
    if (parser.isSet(quick)) {
        // Explicit --sales and --rounds still count (a small profiling run).
        options.sales = parser.isSet(sales) ? options.sales : 20000;
        options.rounds = parser.isSet(rounds) ? options.rounds : 1;
        options.singleSales = 200;
        options.stadiumSeats = 20000;
        options.holds = 2000;
    }
    if (options.sales <= 0 || options.rounds <= 0) {
        err << "tessera-bench: --sales and --rounds must be positive numbers\n";
        return 2;
    }
    const QJsonObject figures = runEngineBench(options, progress);

    const QJsonObject ga = figures.value(QStringLiteral("ga")).toObject();
    const QJsonObject seat = figures.value(QStringLiteral("seat")).toObject();
    out << "\nTessera engine benchmark (" << options.rounds << " rounds, medians)\n";
    out << "  " << QStringLiteral("").leftJustified(32) << QStringLiteral("GA").rightJustified(12)
        << QStringLiteral("seat").rightJustified(12) << '\n';
    const QStringList order{
        QStringLiteral("engine_sales_per_s"),        QStringLiteral("sqlite_same_rows_sales_per_s"),
        QStringLiteral("engine_vs_same_rows_ratio"), QStringLiteral("mean_batch"),
        QStringLiteral("single_sale_p50_ms"),        QStringLiteral("single_sale_p99_ms"),
        QStringLiteral("raw_sqlite_sales_per_s"),    QStringLiteral("sales_per_round"),
        QStringLiteral("row_bytes_per_sale"),        QStringLiteral("engine_db_pages"),
        QStringLiteral("same_rows_db_pages"),        QStringLiteral("same_rows_identical")};
    for (const QString &key : order)
        out << "  " << key.leftJustified(32)
            << ga.value(key).toVariant().toString().rightJustified(12)
            << seat.value(key).toVariant().toString().rightJustified(12) << '\n';
    for (const QString &key :
         {QStringLiteral("seal_and_index_us_per_sale"), QStringLiteral("seat_holds_per_s"),
          QStringLiteral("stadium_import_ms"), QStringLiteral("stadium_seats"),
          QStringLiteral("in_flight")}) {
        const QJsonValue value = figures.contains(key) ? figures.value(key) : seat.value(key);
        out << "  " << key.leftJustified(32) << value.toVariant().toString() << '\n';
    }
    out << "  targets: engine_vs_same_rows_ratio >= 0.8 (GA and seat), single_sale_p99_ms <= 5\n";
    if (parser.isSet(json))
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    // The comparison means nothing unless the baseline wrote what the engine wrote.
    bool identical = true;
    for (const QJsonObject &run : {ga, seat}) {
        if (!run.value(QStringLiteral("same_rows_identical")).toBool()) {
            identical = false;
            for (const QJsonValue &d : run.value(QStringLiteral("same_rows_differences")).toArray())
                err << "tessera-bench: the same-rows baseline differs: " << d.toString() << '\n';
        }
    }
    return identical ? 0 : 1;
}
