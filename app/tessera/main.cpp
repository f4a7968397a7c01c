// tessera: the box-office console. Wiring only: options, engine, window.
#include "common/translations.h"
#include "engine/engine.h"
#include "mainwindow.h"
#include "setup/demoseeder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

using namespace tessera;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationName(QStringLiteral("tessera"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("tessera::main",
                                                              "Database file (default: the demo "
                                                              "database in your data folder)."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("tessera::main",
                                                                "Language, e.g. zh_CN or en "
                                                                "(default: the system's)."),
                                        QStringLiteral("locale"));
    parser.addOptions({dbOption, langOption});
    parser.process(app);

    const QLocale locale =
        parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("tessera.db"));
    }
    EngineOptions options;
    options.path = path;
    auto engine = Engine::open(options);
    if (!engine) {
        QMessageBox::critical(
            nullptr, QApplication::translate("tessera::main", "Tessera"),
            QApplication::translate("tessera::main", "The database cannot be opened:\n%1")
                .arg(engine.error().toString()));
        return 1;
    }
    // A new database starts as the demo box office, ready to sell.
    if ((*engine)->stats().journalSeq == 0) {
        auto seeded = DemoSeeder::seed(**engine, QDateTime::currentMSecsSinceEpoch());
        if (!seeded) {
            QMessageBox::critical(
                nullptr, QApplication::translate("tessera::main", "Tessera"),
                QApplication::translate("tessera::main", "The demo data could not be created:\n%1")
                    .arg(seeded.error().toString()));
            return 1;
        }
    }
    MainWindow window(path, (*engine)->terminalId());
    window.show();
    return QApplication::exec();
}
