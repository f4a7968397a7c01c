// tessera: the box-office console. Wiring only: options, engine, window.
#include "common/clock.h"
#include "common/translations.h"
#include "console/consolecontext.h"
#include "engine/engine.h"
#include "setup/demoseeder.h"
#include "setup/demostaff.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
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

    // --lang, else the language picked in Settings, else the system's.
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption))
                           : chosen.isEmpty()       ? QLocale::system()
                                                    : QLocale(chosen);
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
        if (seeded) {
            if (auto staff = DemoStaff::seed(**engine); !staff)
                seeded = staff.error();
        }
        if (!seeded) {
            QMessageBox::critical(
                nullptr, QApplication::translate("tessera::main", "Tessera"),
                QApplication::translate("tessera::main", "The demo data could not be created:\n%1")
                    .arg(seeded.error().toString()));
            return 1;
        }
    }
    SystemClock clock;
    ConsoleContext context(**engine, clock);
    MainWindow window(context);
    window.showMaximized();
    return QApplication::exec();
}
