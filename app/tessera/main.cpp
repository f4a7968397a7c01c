// SPDX-License-Identifier: GPL-3.0-or-later
// tessera: the box-office console. Wiring only: options, engine, window.
#include "common/clock.h"
#include "common/randomsource.h"
#include "common/translations.h"
#include "console/consolecontext.h"
#include "console/consolepayments.h"
#include "console/consolereaders.h"
#include "engine/engine.h"
#include "payments/sandboxqrprovider.h"
#include "payments/sandboxqrsettings.h"
#include "setup/demoseeder.h"
#include "setup/demostaff.h"
#include "shell/consolewindowhost.h"
#include "shell/mainwindow.h"
#include "writerhandover.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstring>

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
    const QCommandLineOption qrOption(
        QStringLiteral("qr-sandbox"),
        QApplication::translate("tessera::main", "How the QR-pay sandbox behaves, e.g. "
                                                 "latency=500-2000,failure=0.1,lost=0.02,"
                                                 "errors=insufficient_funds:3+timeout:1."),
        QStringLiteral("settings"));
    const QCommandLineOption qrTimeoutOption(
        QStringLiteral("qr-timeout"),
        QApplication::translate("tessera::main",
                                "Seconds a QR payment may take before its outcome is unknown "
                                "(default 20)."),
        QStringLiteral("seconds"), QStringLiteral("20"));
    parser.addOptions({dbOption, langOption, qrOption, qrTimeoutOption});
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
    // The QR sandbox's draws: a fresh seed per run, from the injected random source.
    SecureRandom random;
    quint64 seed = 0;
    const QByteArray seedBytes = random.bytes(int(sizeof seed));
    memcpy(&seed, seedBytes.constData(), sizeof seed);
    SandboxQrConfig sandbox = ConsolePayments::demoSandbox(seed);
    int qrTimeoutMs = ConsolePayments::kDefaultQrTimeoutMs;
    if (parser.isSet(qrOption) || parser.isSet(qrTimeoutOption)) {
        auto parsed = SandboxQrSettings::parse(parser.value(qrOption), sandbox);
        bool ok = false;
        const int timeoutSeconds = parser.value(qrTimeoutOption).toInt(&ok);
        if (!parsed || !ok || timeoutSeconds <= 0 || timeoutSeconds > 600) {
            QMessageBox::critical(
                nullptr, QApplication::translate("tessera::main", "Tessera"),
                !parsed ? parsed.error().toString()
                        : QApplication::translate("tessera::main",
                                                  "--qr-timeout is a number of seconds "
                                                  "between 1 and 600."));
            return 2;
        }
        sandbox = *parsed;
        qrTimeoutMs = timeoutSeconds * 1000;
    }
    ConsolePayments payments(clock, sandbox, qrTimeoutMs);
    auto readers = ConsoleReaders::open(path);
    if (!readers) {
        QMessageBox::critical(
            nullptr, QApplication::translate("tessera::main", "Tessera"),
            QApplication::translate("tessera::main", "The database cannot be opened:\n%1")
                .arg(readers.error().toString()));
        return 1;
    }
    ConsoleContext context(**engine, clock, **readers, payments);
    // tessera-cli on this file while the console sells: its changes are
    // handed to this engine (the console's screens follow them as their own).
    WriterHandover handover(**engine, clock);
    if (auto listening = handover.listen(); !listening)
        qWarning("%s", qPrintable(listening.error().toString()));
    // The host rebuilds the window when the language is switched in Settings.
    ConsoleWindowHost windows(context);
    windows.window().showMaximized();
    return QApplication::exec();
}
