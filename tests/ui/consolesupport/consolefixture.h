// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/consolecontext.h"
#include "enginefixture.h"
#include "shell/consolewindowhost.h"
#include "shell/mainwindow.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <memory>

namespace tessera::test {

// The whole console on a fresh demo database with the demo staff
// (admin 9999, manager 3333, supervisor 2222, cashier 1111): the engine,
// the console context and the real main window, shown, at the login screen.
class ConsoleFixture
{
public:
    explicit ConsoleFixture(int cardCodes = 20);
    ~ConsoleFixture();

    EngineFixture &db() { return m_db; }
    Engine &engine() { return m_db.engine(); }
    ConsoleContext &context() { return *m_context; }
    MainWindow &window() { return m_host->window(); }
    // Keeps the window; rebuilds it when the language is switched.
    ConsoleWindowHost &windows() { return *m_host; }

    // Signs in through the login screen with real key presses and waits
    // (up to 10 s) until the workspace shows. False if it never did.
    bool signIn(const QString &name);
    static QString pinOf(const QString &name);

    // Waits until `done()` holds, processing events (up to `timeoutMs`).
    static bool waitFor(const std::function<bool()> &done, int timeoutMs = 10'000);

    // A screenshot of the window into test::screenshotDir() (names say
    // en or zh); false when it could not be written.
    bool saveScreenshot(const QString &name);
    static bool saveScreenshot(QWidget &widget, const QString &name);

private:
    EngineFixture m_db;
    std::unique_ptr<ConsolePayments> m_payments;
    std::unique_ptr<ConsoleReaders> m_readers;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<ConsoleWindowHost> m_host;
};

// Switches the whole application to a language (translations and default
// locale) for as long as it lives; builds its windows after it.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &locale);
    ~ScopedLanguage();
};

} // namespace tessera::test
