// SPDX-License-Identifier: GPL-3.0-or-later
#include "livebenchmain.h"

#include "livebench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

int runLiveBenchMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tessera live benchmark: a sale's commit at a terminal to the dashboard"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("live"));
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
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("How long the terminals sell."),
                                     QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption saleMs(QStringLiteral("sale-ms"),
                                    QStringLiteral("Each terminal sells about this often."),
                                    QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption syncMs(QStringLiteral("sync-ms"),
                                    QStringLiteral("Each terminal ships this often."),
                                    QStringLiteral("ms"), QStringLiteral("100"));
    parser.addOptions({json, dir, server, terminals, seconds, saleMs, syncMs});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir temp;
    LiveBenchOptions options;
    options.serverExe = parser.value(server);
    options.workDir = parser.isSet(dir) ? parser.value(dir) : temp.path();
    options.terminals = parser.value(terminals).toInt();
    options.seconds = parser.value(seconds).toInt();
    options.saleIntervalMs = parser.value(saleMs).toInt();
    options.syncIntervalMs = parser.value(syncMs).toInt();
    const QJsonObject figures = runLiveBench(options, [&](const QString &step) {
        err << "… " << step << '\n';
        err.flush();
    });
    if (figures.contains(QStringLiteral("error"))) {
        err << "tessera-bench live: " << figures.value(QStringLiteral("error")).toString() << '\n';
        return 1;
    }
    out << "\nTessera live benchmark (a sale's commit at a terminal to the dashboard)\n";
    for (auto it = figures.begin(); it != figures.end(); ++it)
        out << "  " << it.key().leftJustified(20) << it.value().toVariant().toString() << '\n';
    out << "  target: p99_ms <= 500 (including the sync interval)\n";
    if (parser.isSet(json))
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace tessera::bench
