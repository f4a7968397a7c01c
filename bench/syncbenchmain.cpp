// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncbenchmain.h"

#include "syncbench.h"
#include "syncfaults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

namespace tessera::bench {

namespace {

// tessera-server beside tessera-bench: installed together, or in the build tree.
QString defaultServerExe()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("tessera-server")),
          here.filePath(QStringLiteral("../tessera-server/tessera-server"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStringLiteral("tessera-server");
}

} // namespace

int runSyncBenchMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tessera sync benchmarks: sync, sync-faults"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("sync | sync-faults"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("End with one JSON object on the last line."));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Folder for the throw-away server data."),
                                 QStringLiteral("path"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The tessera-server executable."),
                                    QStringLiteral("path"), defaultServerExe());
    const QCommandLineOption terminals(QStringLiteral("terminals"),
                                       QStringLiteral("Simulated terminals."), QStringLiteral("n"),
                                       QStringLiteral("100"));
    const QCommandLineOption entries(QStringLiteral("entries"),
                                     QStringLiteral("Journal entries across all terminals."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Entries per POST /v1/journal."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption stadium(
        QStringLiteral("stadium-seats"),
        QStringLiteral("sync: seats of the stadium a terminal pulls (catalog_pull_ms)."),
        QStringLiteral("n"), QStringLiteral("80000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("sync-faults: the first seed (replays a failure)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption seeds(QStringLiteral("seeds"),
                                   QStringLiteral("sync-faults: how many seeds, from --seed on."),
                                   QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("sync-faults: rounds per seed."),
                                    QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("sync-ship: the console database to ship."),
                                QStringLiteral("path"));
    parser.addOptions(
        {json, dir, server, terminals, entries, batch, stadium, seed, seeds, rounds, db});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto progress = [&](const QString &step) {
        err << "… " << step << '\n';
        err.flush();
    };
    QTemporaryDir temp;
    const QString workDir = parser.isSet(dir) ? parser.value(dir) : temp.path();
    const QString scenario = parser.positionalArguments().value(0);
    if (scenario == QLatin1String("sync")) {
        SyncBenchOptions options;
        options.serverExe = parser.value(server);
        options.workDir = workDir;
        options.terminals = parser.value(terminals).toInt();
        options.entries = parser.value(entries).toLongLong();
        options.batchSize = parser.value(batch).toInt();
        options.stadiumSeats = parser.value(stadium).toInt();
        const QJsonObject figures = runSyncBench(options, progress);
        if (figures.contains(QStringLiteral("error"))) {
            err << "tessera-bench sync: " << figures.value(QStringLiteral("error")).toString()
                << '\n';
            return 1;
        }
        out << "\nTessera sync benchmark (journal up over HTTPS)\n";
        for (auto it = figures.begin(); it != figures.end(); ++it)
            out << "  " << it.key().leftJustified(24)
                << (it.value().isNull() ? QStringLiteral("null")
                                        : it.value().toVariant().toString())
                << '\n';
        out << "  target: events_per_s >= 100000, lost = duplicated = 0\n";
        if (parser.isSet(json))
            out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
        const bool exact = figures.value(QStringLiteral("lost")).toInteger() == 0 &&
                           figures.value(QStringLiteral("duplicated")).toInteger() == 0 &&
                           figures.value(QStringLiteral("differing")).toInteger() == 0;
        return exact ? 0 : 1;
    }
    if (scenario == QLatin1String("sync-ship"))
        return shipConsoleJournal(parser.value(db), parser.value(batch).toInt());
    if (scenario == QLatin1String("sync-faults")) {
        SyncFaultOptions options;
        options.serverExe = parser.value(server);
        options.benchExe = QCoreApplication::applicationFilePath();
        options.workDir = workDir;
        options.rounds = parser.value(rounds).toInt();
        options.terminals = parser.isSet(terminals) ? parser.value(terminals).toInt() : 4;
        const quint64 first = parser.value(seed).toULongLong();
        const int count = parser.value(seeds).toInt();
        QJsonArray failures;
        for (quint64 s = first; s < first + quint64(qMax(1, count)); ++s) {
            options.seed = s;
            progress(QStringLiteral("seed %1: %2 rounds").arg(s).arg(options.rounds));
            const QJsonObject result = runSyncFaults(options, progress);
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
            out.flush();
            if (!result.value(QStringLiteral("ok")).toBool()) {
                err << "tessera-bench sync-faults: FAILED with seed " << s << ": "
                    << result.value(QStringLiteral("failure")).toString()
                    << "\n  replay: tessera-bench sync-faults --seed " << s << " --rounds "
                    << options.rounds << '\n';
                failures.push_back(QString::number(s));
            }
        }
        return failures.isEmpty() ? 0 : 1;
    }
    err << "usage: tessera-bench sync [--terminals N] [--entries N] [--batch N] "
           "[--stadium-seats N] [--json]\n"
           "       tessera-bench sync-faults --seed N --rounds R [--seeds K]\n";
    return 2;
}

} // namespace tessera::bench
